#include "views/docs/documentreader.h"

#include "clinical/clinicaltime.h"
#include "clinical/documents.h"
#include "views/docs/documentlistmodel.h"
#include "views/docs/narrativehtml.h"
#include "views/meds/recordformat.h"

#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

QString metaRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><td class=\"label\">"_s + label.toHtmlEscaped() + u"</td><td>"_s
        + value.toHtmlEscaped() + u"</td></tr>"_s;
}

QDate japanDateOf(const model::PartialDateTime &value)
{
    return clinical::japanDate(clinical::msecsOf(value));
}

} // namespace

DocumentReader::DocumentReader(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"documentReader"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(18);
    // Sizes from the widget's font, so the user's font settings still rule.
    const double pt = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    document()->setDefaultStyleSheet(
        u"h1 { font-size: %1pt; font-weight: 600; margin-top: 0px; margin-bottom: 6px; }"
        "h2 { font-size: %2pt; font-weight: 600; color: #1f4e79; margin-top: 20px;"
        " margin-bottom: 4px; }"
        "h3 { font-size: %3pt; font-weight: 600; color: #27405e; margin-top: 12px;"
        " margin-bottom: 2px; }"
        "h4 { font-size: %4pt; font-weight: 600; color: #4a5566; margin-top: 8px;"
        " margin-bottom: 2px; }"
        "p { margin-top: 2px; margin-bottom: 6px; }"
        "td.label { color: #5b6472; padding-right: 16px; }"
        "p.kind { color: #1f4e79; font-weight: 600; margin-bottom: 2px; }"
        "p.none { color: #8a93a0; }"
        "p.note { color: #8a5a00; }"_s.arg(pt * 1.6)
            .arg(pt * 1.3)
            .arg(pt * 1.1)
            .arg(pt));
}

QVariant DocumentReader::loadResource(int, const QUrl &)
{
    return {}; // never an image, a style sheet or anything else from outside
}

void DocumentReader::clearDocument()
{
    m_sectionTitles.clear();
    m_matches.clear();
    m_current = -1;
    setExtraSelections({});
    clear();
}

void DocumentReader::showDocument(
    const clinical::Documents &documents, int entryIndex, const clinical::PatientRecord *record)
{
    clearDocument();
    const clinical::DocumentEntry &entry = documents.entry(entryIndex);
    const model::ClinicalDocument &doc = documents.document(entryIndex);
    // The kind above the title, unless the title says it already.
    const QString kind = DocumentListModel::kindText(int(entry.kind));
    QString html = entry.title.contains(kind)
        ? QString()
        : u"<p class=\"kind\">"_s + kind.toHtmlEscaped() + u"</p>"_s;
    html += u"<h1>"_s + entry.title.toHtmlEscaped() + u"</h1>"_s;
    QString meta;
    meta += metaRow(tr("Date"), format::date(clinical::japanDate(entry.time)));
    meta += metaRow(tr("Facility"),
        entry.facility >= 0 ? format::facilityName(record, entry.facility) : doc.facility.name);
    meta += metaRow(tr("Author"), doc.author);
    meta += metaRow(tr("To"), doc.destination);
    if (!doc.event.isNull()) {
        const QString label = entry.kind == model::ClinicalDocument::Kind::DischargeSummary
            ? tr("Admission")
            : tr("Period");
        meta += metaRow(
            label, format::period(japanDateOf(doc.event.start), japanDateOf(doc.event.end)));
    }
    if (!meta.isEmpty())
        html += u"<table cellspacing=\"0\" cellpadding=\"1\">"_s + meta + u"</table>"_s;

    const std::vector<clinical::SectionRef> sections = documents.sections(entryIndex);
    for (const clinical::SectionRef &ref : sections) {
        const model::DocumentSection &s = *ref.section;
        QString title = s.title;
        if (title.isEmpty())
            title = s.code.isEmpty() ? tr("Untitled section") : tr("Section %1").arg(s.code);
        const int level = std::min(4, 2 + ref.depth);
        html += u"<h%1>"_s.arg(level) + title.toHtmlEscaped() + u"</h%1>"_s.arg(level);
        m_sectionTitles.append(QString(ref.depth * 2, u' ') + title);
        const SafeNarrative narrative = sanitizeNarrative(s.narrativeHtml, s.narrative);
        if (!narrative.html.trimmed().isEmpty()) {
            html += u"<div>"_s + narrative.html + u"</div>"_s;
        } else if (!s.entries.isEmpty()) {
            html += u"<ul>"_s;
            for (const QString &e : s.entries)
                html += u"<li>"_s + e.toHtmlEscaped() + u"</li>"_s;
            html += u"</ul>"_s;
        } else if (s.sections.isEmpty()) {
            html += u"<p class=\"none\">"_s + tr("(nothing written)").toHtmlEscaped() + u"</p>"_s;
        }
        if (narrative.fellBack)
            html += u"<p class=\"note\">"_s
                + tr("This section's formatting could not be read; its text is shown plain.")
                      .toHtmlEscaped()
                + u"</p>"_s;
    }
    if (sections.empty())
        html += u"<p class=\"none\">"_s
            + tr("This document has no structured sections.").toHtmlEscaped() + u"</p>"_s;
    setHtml(html);
}

int DocumentReader::find(const QString &text)
{
    m_matches.clear();
    m_current = -1;
    if (!text.isEmpty()) {
        QTextCharFormat all;
        all.setBackground(QColor(0xff, 0xe8, 0x7c));
        QTextCursor cursor(document());
        while (true) {
            cursor = document()->find(text, cursor);
            if (cursor.isNull())
                break;
            m_matches.append(QTextEdit::ExtraSelection { cursor, all });
        }
    }
    m_current = m_matches.isEmpty() ? -1 : 0;
    showMatches();
    return int(m_matches.size());
}

void DocumentReader::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + 1) % int(m_matches.size());
    showMatches();
}

void DocumentReader::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + int(m_matches.size()) - 1) % int(m_matches.size());
    showMatches();
}

void DocumentReader::showMatches()
{
    QList<QTextEdit::ExtraSelection> selections = m_matches;
    if (m_current >= 0) {
        QTextEdit::ExtraSelection &current = selections[m_current];
        current.format.setBackground(QColor(0xff, 0x9d, 0x2e));
        QTextCursor at = current.cursor;
        at.setPosition(current.cursor.selectionStart());
        setTextCursor(at);
        ensureCursorVisible();
    }
    setExtraSelections(selections);
}

} // namespace renkei::ui

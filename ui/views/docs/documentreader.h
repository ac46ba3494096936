#pragma once

#include <QStringList>
#include <QTextBrowser>
#include <QTextEdit>

namespace renkei::clinical {
class Documents;
class PatientRecord;
} // namespace renkei::clinical

namespace renkei::ui {

// The text of one document: its header (kind, date, facility, author, addressee, admission),
// then every section in the document's order, with its title and its narrative made safe
// (narrativehtml.h); sections the viewer does not know are shown the same way, never dropped.
// Nothing is ever loaded from outside (loadResource answers nothing), links are not followed.
// Find: every match highlighted, the current one in a stronger colour and scrolled to.
class DocumentReader : public QTextBrowser {
    Q_OBJECT
public:
    explicit DocumentReader(QWidget *parent = nullptr);

    void showDocument(
        const clinical::Documents &documents, int entry, const clinical::PatientRecord *record);
    void clearDocument();
    // The section titles as rendered, in order (depth shown by leading spaces: two per level).
    QStringList renderedSectionTitles() const { return m_sectionTitles; }

    // Highlights every match of `text` (case-insensitive) and goes to the first; the count.
    int find(const QString &text);
    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    void showMatches();

    QStringList m_sectionTitles;
    QList<QTextEdit::ExtraSelection> m_matches;
    int m_current = -1;
};

} // namespace renkei::ui

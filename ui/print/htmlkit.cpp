#include "htmlkit.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print::html {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString styleSheet()
{
    return u"body { color: #111; }"
           "h1 { font-size: 15pt; font-weight: bold; margin: 0; }"
           "h2 { font-size: 11pt; font-weight: bold; color: #1d3c6e; margin-top: 12px;"
           " margin-bottom: 4px; }"
           "p { margin: 0; }"
           "table.grid { border-collapse: collapse; border-color: #b8c2d0; }"
           "table.grid th { background-color: #e8edf4; font-weight: bold; text-align: left;"
           " font-size: 8.5pt; }"
           "table.grid td { font-size: 8.5pt; }"
           ".alert { color: #a00000; font-weight: bold; }"
           ".muted { color: #666; }"
           ".note { color: #666; font-size: 8.5pt; }"_s;
}

QString heading(const QString &title, int count)
{
    const QString text = count >= 0 ? u"%1（%2）"_s.arg(title).arg(count) : title;
    return u"<h2>"_s + esc(text) + u"</h2>"_s;
}

QString note(const QString &text)
{
    return u"<p class=\"note\">"_s + esc(text) + u"</p>"_s;
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths)
{
    QString out = u"<table class=\"grid\" width=\"100%\" border=\"0.5\" cellspacing=\"0\" "
                  "cellpadding=\"3\"><thead><tr>"_s;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString();
        out += u"<th"_s + width + u">"_s + esc(headers.at(i)) + u"</th>"_s;
    }
    out += u"</tr></thead><tbody>"_s;
    for (const QStringList &row : rows)
        out += u"<tr>"_s + row.join(QString()) + u"</tr>"_s;
    return out + u"</tbody></table>"_s;
}

QString cell(const QString &text)
{
    return u"<td>"_s + esc(text) + u"</td>"_s;
}

QString strongCell(const QString &text)
{
    return u"<td><b>"_s + esc(text) + u"</b></td>"_s;
}

QString alertCell(const QString &text)
{
    return u"<td><span class=\"alert\">"_s + esc(text) + u"</span></td>"_s;
}

QString mutedCell(const QString &text)
{
    return u"<td><span class=\"muted\">"_s + esc(text) + u"</span></td>"_s;
}

} // namespace renkei::ui::print::html

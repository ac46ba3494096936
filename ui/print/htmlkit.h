#pragma once

#include <QString>
#include <QStringList>

// The small HTML vocabulary of our printouts (the subset QTextDocument lays out): a section
// heading, tables with a header row that repeats on every page, flagged cells. Every text passed
// in is escaped here; callers pass plain text.
namespace renkei::ui::print::html {

QString esc(const QString &text);
// The style sheet of every printout (QTextDocument::setDefaultStyleSheet).
QString styleSheet();
// A section heading with an optional count ("アレルギー・禁忌 (2)").
QString heading(const QString &title, int count = -1);
// A note in grey ("記載なし", "期間内の記録はありません").
QString note(const QString &text);
// A table: header cells, then rows of already-built cells (cell()). `widths` in percent.
QString table(
    const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {});
QString cell(const QString &text); // escaped
QString strongCell(const QString &text); // escaped, bold
QString alertCell(const QString &text); // escaped, dark red and bold
QString mutedCell(const QString &text); // escaped, grey

} // namespace renkei::ui::print::html

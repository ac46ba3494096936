#pragma once

#include "summaryoptions.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

// Lays a QTextDocument out on the printer's pages (A4 unless the user chose otherwise) and paints
// the footer on every page: "printed by <user> at <facility>, <date time>", "page X / Y" and the
// confidentiality line. Tables whose first rows are a <thead> repeat them on every page (the lab
// table). Used by the summary, the views' printouts, the preview and the PDF export alike.
namespace renkei::ui::print {

// The CJK font the documents use (IPA P Gothic, else IPA Gothic, else Noto Sans CJK JP), in pt.
QFont documentFont(qreal pointSize = 9.5);

// A printout's document: our font, style sheet and no margin of its own (the printer's margins).
std::unique_ptr<QTextDocument> makeDocument(const QString &html, const QString &title);

// Sets A4, margins and a document name that names no patient. Call before printDocument for a
// printer of our own (the PDF export); a preview's printer keeps what the user chose.
void preparePrinter(QPrinter &printer, const QString &documentTitle);

class PagePrinter {
    Q_DECLARE_TR_FUNCTIONS(renkei::ui::print::PagePrinter)
public:
    // The footer lines as printed on page `page` of `pages` (1-based).
    static QString footerLeft(const PrintContext &context);
    static QString footerPage(int page, int pages);
    static QString confidentialityLine();

    // Prints `document` (its layout moves to the printer's resolution). Returns the number of
    // pages, 0 when the printer could not be started (a bad output path).
    static int print(QTextDocument &document, QPrinter &printer, const PrintContext &context);
};

} // namespace renkei::ui::print

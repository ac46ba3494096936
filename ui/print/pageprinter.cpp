#include "pageprinter.h"

#include "htmlkit.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print {

QFont documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({ u"IPAPGothic"_s, u"IPAGothic"_s, u"Noto Sans CJK JP"_s });
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

std::unique_ptr<QTextDocument> makeDocument(const QString &html, const QString &title)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(documentFont());
    doc->setDefaultStyleSheet(html::styleSheet());
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    return doc;
}

void preparePrinter(QPrinter &printer, const QString &documentTitle)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
    printer.setDocName(documentTitle);
    printer.setCreator(u"Renkei Viewer"_s);
}

QString PagePrinter::footerLeft(const PrintContext &context)
{
    return tr("Printed by %1 at %2, %3")
        .arg(context.user.isEmpty() ? tr("(unknown user)") : context.user,
            context.facility.isEmpty() ? tr("(unknown facility)") : context.facility,
            context.printedAt.toString(u"yyyy/MM/dd HH:mm"_s));
}

QString PagePrinter::footerPage(int page, int pages)
{
    return tr("page %1 / %2").arg(page).arg(pages);
}

QString PagePrinter::confidentialityLine()
{
    return tr("Confidential: this document holds a patient's medical information. Use it only for "
              "the patient's care; do not copy or pass it on.");
}

int PagePrinter::print(QTextDocument &document, QPrinter &printer, const PrintContext &context)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution()).toRectF();
    const QRectF area(0, 0, page.width(), page.height());
    const QFont footerFont = documentFont(7.5);
    const QFontMetricsF fm(footerFont, &printer);
    const qreal footerHeight = fm.lineSpacing() * 2 + fm.lineSpacing() * 0.9;

    document.documentLayout()->setPaintDevice(&printer);
    document.setPageSize(QSizeF(area.width(), area.height() - footerHeight));
    const qreal bodyHeight = area.height() - footerHeight;
    const int pages = std::max(1, document.pageCount());

    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -bodyHeight * p);
        const QRectF clip(0, bodyHeight * p, area.width(), bodyHeight);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        document.documentLayout()->draw(&painter, ctx);
        painter.restore();

        // The footer: a hairline, the confidentiality line, then who/where/when and the page.
        const qreal top = area.height() - footerHeight + fm.lineSpacing() * 0.5;
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), printer.resolution() / 144.0));
        painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF line1(0, top + fm.lineSpacing() * 0.3, area.width(), fm.lineSpacing());
        const QRectF line2(0, line1.bottom(), area.width(), fm.lineSpacing());
        painter.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, confidentialityLine());
        painter.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, footerLeft(context));
        painter.drawText(line2, Qt::AlignRight | Qt::AlignVCenter, footerPage(p + 1, pages));
    }
    painter.end();
    return pages;
}

} // namespace renkei::ui::print

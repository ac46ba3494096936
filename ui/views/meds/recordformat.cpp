#include "views/meds/recordformat.h"

#include "clinical/patientrecord.h"
#include "workspace/facilitypalette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace renkei::ui::format {

QString date(QDate day)
{
    return day.isValid() ? day.toString(u"yyyy/MM/dd"_s) : QString();
}

QString period(QDate start, QDate end)
{
    return date(start) + u"〜"_s + date(end);
}

QColor facilityColour(int colourIndex)
{
    return ui::facilityColour(colourIndex); // the workspace's palette: the same in every view
}

QString facilityName(const clinical::PatientRecord *record, int facility)
{
    if (record && facility >= 0 && facility < record->facilities().size())
        return record->facilities().at(facility).name;
    return QCoreApplication::translate("renkei::ui::format", "Unknown facility");
}

QIcon warningIcon(const QColor &colour)
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const double s = size;
        QPainterPath triangle;
        triangle.moveTo(s / 2, s * 0.06);
        triangle.lineTo(s * 0.97, s * 0.92);
        triangle.lineTo(s * 0.03, s * 0.92);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(triangle);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(s * 0.44, s * 0.32, s * 0.12, s * 0.34), s * 0.05, s * 0.05);
        p.drawEllipse(QRectF(s * 0.43, s * 0.71, s * 0.14, s * 0.14));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon colourChip(const QColor &colour)
{
    QIcon icon;
    for (const int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(colour.darker(130));
        p.setBrush(colour);
        const double inset = size * 0.2;
        p.drawRoundedRect(
            QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size * 0.12, size * 0.12);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor warningColour()
{
    return QColor(0xb4, 0x23, 0x18);
}

QColor warningBackground()
{
    return QColor(0xfd, 0xec, 0xea);
}

QColor markerColour()
{
    return QColor(0x1f, 0x6f, 0xd1);
}

} // namespace renkei::ui::format

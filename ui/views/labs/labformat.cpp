#include "labformat.h"

#include "clinical/clinicaltime.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::labs {

FlagTone flagTone(model::LabFlag flag)
{
    switch (flag) {
    case model::LabFlag::High:
    case model::LabFlag::CriticalHigh:
        return FlagTone::High;
    case model::LabFlag::Low:
    case model::LabFlag::CriticalLow:
        return FlagTone::Low;
    case model::LabFlag::Abnormal:
        return FlagTone::Abnormal;
    case model::LabFlag::None:
    case model::LabFlag::Normal:
    case model::LabFlag::Other:
        return FlagTone::None;
    }
    return FlagTone::None;
}

QString flagLetter(model::LabFlag flag)
{
    switch (flag) {
    case model::LabFlag::High:
        return u"H"_s;
    case model::LabFlag::Low:
        return u"L"_s;
    case model::LabFlag::CriticalHigh:
        return u"HH"_s;
    case model::LabFlag::CriticalLow:
        return u"LL"_s;
    case model::LabFlag::Abnormal:
        return u"A"_s;
    case model::LabFlag::None:
    case model::LabFlag::Normal:
    case model::LabFlag::Other:
        return {};
    }
    return {};
}

bool isCritical(model::LabFlag flag)
{
    return flag == model::LabFlag::CriticalHigh || flag == model::LabFlag::CriticalLow;
}

QColor flagTextColour(FlagTone tone)
{
    switch (tone) {
    case FlagTone::High:
        return QColor(0xc6, 0x28, 0x28);
    case FlagTone::Low:
        return QColor(0x15, 0x58, 0xb0);
    case FlagTone::Abnormal:
        return QColor(0xa1, 0x3d, 0x1a);
    case FlagTone::None:
        break;
    }
    return {};
}

QColor flagBackgroundColour(FlagTone tone, bool critical)
{
    switch (tone) {
    case FlagTone::High:
        return critical ? QColor(0xf8, 0xc9, 0xc6) : QColor(0xfd, 0xec, 0xea);
    case FlagTone::Low:
        return critical ? QColor(0xc5, 0xd8, 0xf6) : QColor(0xe8, 0xf0, 0xfd);
    case FlagTone::Abnormal:
        return QColor(0xfb, 0xef, 0xe3);
    case FlagTone::None:
        break;
    }
    return {};
}

QString numberText(double value)
{
    if (std::isnan(value))
        return {};
    // At most six decimals, trailing zeros removed; never an exponent.
    QString text = QString::number(value, 'f', 6);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == u"-0"_s ? u"0"_s : text;
}

QString rangeText(double low, double high)
{
    const bool hasLow = !std::isnan(low);
    const bool hasHigh = !std::isnan(high);
    if (hasLow && hasHigh)
        return numberText(low) + u'–' + numberText(high);
    if (hasLow)
        return u"≥ "_s + numberText(low);
    if (hasHigh)
        return u"≤ "_s + numberText(high);
    return {};
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(u"yyyy/MM/dd"_s) : QString();
}

QString instantText(qint64 msecs, bool withTime)
{
    if (msecs == clinical::kNoTime)
        return {};
    if (!withTime)
        return dateText(clinical::japanDate(msecs));
    static const QTimeZone japan(9 * 3600);
    return QDateTime::fromMSecsSinceEpoch(msecs, japan).toString(u"yyyy/MM/dd HH:mm"_s);
}

} // namespace renkei::ui::labs

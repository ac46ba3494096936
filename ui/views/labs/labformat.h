#pragma once

#include "model/resources.h"

#include <QColor>
#include <QDate>
#include <QString>
#include <QtGlobal>

// How the labs view writes values, ranges, dates and flags, and the colours it gives them:
// one place, so that the table, its tooltips and the trend chart agree.
namespace renkei::ui::labs {

// How a flag reads: high (red), low (blue), abnormal without a direction (red-brown), or none.
enum class FlagTone { None, High, Low, Abnormal };

FlagTone flagTone(model::LabFlag flag);
// The letter shown beside a value, never the colour alone: "H", "L", "HH", "LL", "A"; empty for
// a normal or unflagged value.
QString flagLetter(model::LabFlag flag);
bool isCritical(model::LabFlag flag);
QColor flagTextColour(FlagTone tone);
QColor flagBackgroundColour(FlagTone tone, bool critical = false);

// A number as a person writes it: no exponent, no trailing zeros ("8.6", "12000", "0.05").
QString numberText(double value);
// "3.8–8.0", "≥ 3.8", "≤ 8.0"; empty when neither bound is known (NaN).
QString rangeText(double low, double high);
// 2024/05/01 (the Japanese written form, used in both languages).
QString dateText(QDate date);
// 2024/05/01 09:12 in Japan time; only the date when `withTime` is false.
QString instantText(qint64 msecs, bool withTime);

} // namespace renkei::ui::labs

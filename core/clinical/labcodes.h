#pragma once

#include <QString>

#include <optional>

// The codes and units of lab results, as the cumulative table compares them (docs/clinical.md).
namespace renkei::clinical {

// JLAC10's 17 characters are five parts (JSLM 臨床検査項目分類コード第10回改訂):
// 分析物 analyte (5) · 識別 identification (4) · 材料 specimen (3) · 測定法 method (3) ·
// 結果識別 result identification (2). "3B070 0000 023 275 01" is ALP, serum, IFCC method.
struct Jlac10Parts {
    QString analyte;
    QString identification;
    QString specimen;
    QString method;
    QString result;
};
// nullopt unless the code is 17 characters of digits and capital letters (spaces and hyphens
// some systems insert are removed first).
std::optional<Jlac10Parts> splitJlac10(const QString &code);
QString normalizedJlac10(const QString &code); // the 17 characters, or empty when not JLAC10
// The analyte's class: 大分類 digit + 中分類 letter ("3B"), empty when not JLAC10.
QString jlac10Class(const QString &code);
// The JLAC10 name of a class ("生化学的検査: 酵素および関連物質"), or of its 大分類 when the
// class is not listed; empty for an unknown one. These are the standard's own labels (like a
// code's display), not interface text.
QString jlac10ClassName(const QString &jlacClass);

// A test name as compared across facilities: NFKC (full-width letters and digits to half-width,
// half-width kana to full-width), case folded, every space removed.
QString normalizedName(const QString &name);

// A unit as compared: NFKC, μ/µ → u, case folded, spaces and UCUM braces removed,
// "×10³", "x10^3", "10*3" all → "10^3", 千/万 prefixes of counts, IU → U, 秒/sec → s.
QString unitKey(const QString &unit);

// What a unit measures and its size as a power of ten of the dimension's base unit: all exact
// conversions in a lab table are powers of ten (g/dL ↔ g/L ↔ mg/dL, /μL ↔ 10^3/μL ↔ 10^9/L).
struct UnitInfo {
    QString key; // unitKey()
    QString dimension; // "mass/volume", "count/volume", ...; the key itself when not listed
    int exponent = 0; // value in base = value × 10^exponent
    bool known = false;
};
UnitInfo unitInfo(const QString &unit);
// The power of ten that turns a value in `from` into `to` (value × 10^k), or nullopt when the
// units do not measure the same quantity in a known exact ratio (mg/dL ↔ mmol/L needs a molar
// mass: never converted).
std::optional<int> conversionExponent(const UnitInfo &from, const UnitInfo &to);
// value × 10^exponent, correctly rounded (divides for negative exponents).
double scaleByPowerOfTen(double value, int exponent);

} // namespace renkei::clinical

#include "clinical/labcodes.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::clinical {

namespace {

bool isCodeChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

struct UnitEntry {
    const char16_t *dimension;
    int exponent;
};

// Keys as unitKey() makes them.
const QHash<QString, UnitEntry> &unitTable()
{
    static const QHash<QString, UnitEntry> table = [] {
        QHash<QString, UnitEntry> t;
        auto add = [&t](const char16_t *dimension, std::initializer_list<const char16_t *> keys,
                       int exponent) {
            for (const char16_t *key : keys)
                t.insert(QString::fromUtf16(key), UnitEntry { dimension, exponent });
        };
        // Mass concentration, base mg/L.
        const char16_t *mass = u"mass/volume";
        add(mass, { u"g/dl" }, 4);
        add(mass, { u"g/l", u"mg/ml" }, 3);
        add(mass, { u"mg/dl" }, 1);
        add(mass, { u"mg/l", u"ug/ml" }, 0);
        add(mass, { u"ug/dl" }, -2);
        add(mass, { u"ug/l", u"ng/ml" }, -3);
        add(mass, { u"ng/dl" }, -5);
        add(mass, { u"ng/l", u"pg/ml" }, -6);
        // Counts per volume, base /μL (= /mm³).
        const char16_t *count = u"count/volume";
        add(count, { u"/ul", u"/mm3", u"10^6/l" }, 0);
        add(count, { u"10^2/ul" }, 2);
        add(count, { u"10^3/ul", u"10^9/l", u"10^3/mm3" }, 3);
        add(count, { u"10^4/ul", u"10^4/mm3" }, 4);
        add(count, { u"10^5/ul" }, 5);
        add(count, { u"10^6/ul", u"10^12/l", u"10^6/mm3" }, 6);
        // Amount of substance, base mmol/L (mEq/L is not the same quantity: kept apart).
        const char16_t *substance = u"substance/volume";
        add(substance, { u"mol/l" }, 3);
        add(substance, { u"mmol/l" }, 0);
        add(substance, { u"umol/l" }, -3);
        add(substance, { u"nmol/l" }, -6);
        add(substance, { u"pmol/l" }, -9);
        const char16_t *equivalents = u"equivalents/volume";
        add(equivalents, { u"eq/l" }, 3);
        add(equivalents, { u"meq/l" }, 0);
        add(equivalents, { u"ueq/l" }, -3);
        // Enzyme and international units (IU folded into U), base U/L.
        const char16_t *units = u"units/volume";
        add(units, { u"ku/l", u"u/ml" }, 3);
        add(units, { u"u/l", u"mu/ml" }, 0);
        add(units, { u"mu/l", u"uu/ml" }, -3);
        add(units, { u"uu/l" }, -6);
        add(u"fraction", { u"%" }, 0);
        add(u"time", { u"s" }, 0);
        return t;
    }();
    return table;
}

} // namespace

std::optional<Jlac10Parts> splitJlac10(const QString &code)
{
    const QString c = normalizedJlac10(code);
    if (c.isEmpty())
        return std::nullopt;
    return Jlac10Parts { c.mid(0, 5), c.mid(5, 4), c.mid(9, 3), c.mid(12, 3), c.mid(15, 2) };
}

QString normalizedJlac10(const QString &code)
{
    if (code.size() == 17 && std::all_of(code.cbegin(), code.cend(), isCodeChar))
        return code; // the usual case: no normalisation needed
    QString c = code.normalized(QString::NormalizationForm_KC).toUpper();
    c.remove(u' ');
    c.remove(u'-');
    if (c.size() != 17)
        return {};
    for (const QChar ch : std::as_const(c)) {
        if (!isCodeChar(ch))
            return {};
    }
    return c;
}

QString jlac10Class(const QString &code)
{
    const QString c = normalizedJlac10(code);
    return c.isEmpty() ? QString() : c.left(2);
}

QString jlac10ClassName(const QString &jlacClass)
{
    // 大分類 and the 中分類 labs print most (JLAC10 分析物コード表).
    static const QHash<QString, QString> names {
        { u"1"_s, u"一般検査"_s },
        { u"1A"_s, u"一般検査: 尿一般"_s },
        { u"1B"_s, u"一般検査: 糞便"_s },
        { u"1C"_s, u"一般検査: 髄液"_s },
        { u"2"_s, u"血液学的検査"_s },
        { u"2A"_s, u"血液学的検査: 血液一般・形態"_s },
        { u"2B"_s, u"血液学的検査: 凝固・線溶"_s },
        { u"2C"_s, u"血液学的検査: 血球化学"_s },
        { u"3"_s, u"生化学的検査"_s },
        { u"3A"_s, u"生化学的検査: 蛋白"_s },
        { u"3B"_s, u"生化学的検査: 酵素"_s },
        { u"3C"_s, u"生化学的検査: 低分子窒素化合物"_s },
        { u"3D"_s, u"生化学的検査: 糖質"_s },
        { u"3F"_s, u"生化学的検査: 脂質"_s },
        { u"3H"_s, u"生化学的検査: 電解質・金属"_s },
        { u"3J"_s, u"生化学的検査: 生体色素"_s },
        { u"4"_s, u"内分泌学的検査"_s },
        { u"5"_s, u"免疫学的検査"_s },
        { u"5C"_s, u"免疫学的検査: 血漿蛋白"_s },
        { u"6"_s, u"微生物学的検査"_s },
        { u"7"_s, u"病理学的検査"_s },
        { u"8"_s, u"その他の検体検査"_s },
        { u"9"_s, u"生理機能検査"_s },
    };
    const auto it = names.constFind(jlacClass);
    if (it != names.constEnd())
        return *it;
    return names.value(jlacClass.left(1));
}

QString normalizedName(const QString &name)
{
    QString n = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    n.removeIf([](QChar c) { return c.isSpace(); });
    return n;
}

QString unitKey(const QString &unit)
{
    // Superscript powers first: NFKC would make "10³" into "103".
    QString u = unit;
    static const QString superscripts = u"⁰¹²³⁴⁵⁶⁷⁸⁹"_s;
    QString spelled;
    spelled.reserve(u.size() + 2);
    bool inPower = false;
    for (const QChar c : std::as_const(u)) {
        const qsizetype digit = superscripts.indexOf(c);
        if (digit >= 0) {
            if (!inPower)
                spelled += u'^';
            spelled += QChar(u'0' + char16_t(digit));
            inPower = true;
        } else {
            spelled += c;
            inPower = false;
        }
    }
    u = spelled.normalized(QString::NormalizationForm_KC);
    u.replace(u'μ', u'u'); // NFKC turns µ (U+00B5) into μ (U+03BC)
    u.removeIf([](QChar c) {
        return c.isSpace() || c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u'_';
    });
    u = u.toCaseFolded();
    u.replace(u"10*"_s, u"10^"_s);
    if ((u.startsWith(u'×') || u.startsWith(u'x')) && u.mid(1, 2) == u"10"_s)
        u.remove(0, 1);
    u.replace(u"千/"_s, u"10^3/"_s);
    u.replace(u"万/"_s, u"10^4/"_s);
    u.replace(u"m^2"_s, u"m2"_s);
    u.replace(u"iu"_s, u"u"_s);
    if (u == u"秒"_s || u == u"sec"_s)
        u = u"s"_s;
    if (u == u"分"_s)
        u = u"min"_s;
    return u;
}

UnitInfo unitInfo(const QString &unit)
{
    UnitInfo info;
    info.key = unitKey(unit);
    const auto it = unitTable().constFind(info.key);
    if (it != unitTable().constEnd()) {
        info.dimension = QString::fromUtf16(it->dimension);
        info.exponent = it->exponent;
        info.known = true;
    } else {
        info.dimension = info.key;
    }
    return info;
}

std::optional<int> conversionExponent(const UnitInfo &from, const UnitInfo &to)
{
    if (from.key == to.key)
        return 0;
    if (!from.known || !to.known || from.dimension != to.dimension)
        return std::nullopt;
    return from.exponent - to.exponent;
}

double scaleByPowerOfTen(double value, int exponent)
{
    if (exponent == 0)
        return value;
    const double factor = std::pow(10.0, std::abs(exponent)); // exact for |exponent| ≤ 22
    return exponent > 0 ? value * factor : value / factor;
}

} // namespace renkei::clinical

#pragma once

#include "model/resources.h"

#include <QString>
#include <QTextStream>

// How the commands print clinical values for people (Japanese clinical conventions).
namespace renkei::cli {

// 2024/05/01, with the time when the source gives one; ----/--/-- when there is no date.
inline QString dateText(const model::PartialDateTime &value)
{
    using namespace Qt::Literals::StringLiterals;
    if (value.isNull())
        return u"----/--/--"_s;
    return value.hasTime() ? value.start().toString(u"yyyy/MM/dd HH:mm"_s)
                           : value.toIso().replace(u'-', u'/');
}

// [3.5–5.0] or the range's text.
inline QString rangeText(const model::ReferenceRange &range)
{
    using namespace Qt::Literals::StringLiterals;
    if (range.low || range.high) {
        const QString low = range.low ? QString::number(*range.low, 'g', 10) : QString();
        const QString high = range.high ? QString::number(*range.high, 'g', 10) : QString();
        return u"["_s + low + u"–"_s + high + u"]"_s;
    }
    return range.text.isEmpty() ? QString() : u"["_s + range.text + u"]"_s;
}

// A document's sections as an indented tree: code and title.
inline void printSections(
    QTextStream &out, const QList<model::DocumentSection> &sections, int depth)
{
    using namespace Qt::Literals::StringLiterals;
    for (const model::DocumentSection &s : sections) {
        out << QString(depth * 2 + 4, u' ') << (s.code.isEmpty() ? u"-"_s : s.code) << u"  "_s
            << s.title << u'\n';
        printSections(out, s.sections, depth + 1);
    }
}

} // namespace renkei::cli

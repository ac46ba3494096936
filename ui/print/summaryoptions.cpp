#include "summaryoptions.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print {

QList<Section> allSections()
{
    return { Section::Allergies, Section::Problems, Section::Medications, Section::Labs,
        Section::Encounters, Section::Documents };
}

QString sectionName(Section section)
{
    switch (section) {
    case Section::Allergies:
        return u"allergies"_s;
    case Section::Problems:
        return u"problems"_s;
    case Section::Medications:
        return u"medications"_s;
    case Section::Labs:
        return u"labs"_s;
    case Section::Encounters:
        return u"encounters"_s;
    case Section::Documents:
        return u"documents"_s;
    }
    return {};
}

std::optional<Section> sectionFromName(const QString &name)
{
    for (Section s : allSections()) {
        if (sectionName(s) == name.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

std::optional<QList<Section>> parseSections(const QString &list, QString *bad)
{
    QList<Section> chosen;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const auto s = sectionFromName(part);
        if (!s) {
            if (bad)
                *bad = part.trimmed();
            return std::nullopt;
        }
        if (!chosen.contains(*s))
            chosen.append(*s);
    }
    QList<Section> ordered;
    for (Section s : allSections()) {
        if (chosen.contains(s))
            ordered.append(s);
    }
    return ordered;
}

QStringList sectionNames(const QList<Section> &sections)
{
    QStringList out;
    for (Section s : sections)
        out.append(sectionName(s));
    return out;
}

} // namespace renkei::ui::print

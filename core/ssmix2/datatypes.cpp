#include "ssmix2/datatypes.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

const QHash<QString, DataTypeInfo> &table()
{
    static const QHash<QString, DataTypeInfo> t = [] {
        const DataTypeInfo rows[] = {
            { u"ADT-00"_s, u"ADT"_s, u"A08"_s },
            { u"ADT-01"_s, u"ADT"_s, u"A54"_s },
            { u"ADT-12"_s, u"ADT"_s, u"A04"_s },
            { u"ADT-21"_s, u"ADT"_s, u"A14"_s },
            { u"ADT-22"_s, u"ADT"_s, u"A01"_s },
            { u"ADT-31"_s, u"ADT"_s, u"A21"_s },
            { u"ADT-32"_s, u"ADT"_s, u"A22"_s },
            { u"ADT-41"_s, u"ADT"_s, u"A15"_s },
            { u"ADT-42"_s, u"ADT"_s, u"A02"_s },
            { u"ADT-51"_s, u"ADT"_s, u"A16"_s },
            { u"ADT-52"_s, u"ADT"_s, u"A03"_s },
            { u"ADT-61"_s, u"ADT"_s, u"A60"_s },
            { u"PPR-01"_s, u"PPR"_s, u"ZD1"_s },
            { u"OMP-01"_s, u"RDE"_s, u"O11"_s },
            { u"OMP-02"_s, u"RDE"_s, u"O11"_s },
            { u"OMP-11"_s, u"RAS"_s, u"O17"_s },
            { u"OMP-12"_s, u"RAS"_s, u"O17"_s },
            { u"OML-01"_s, u"OML"_s, u"O33"_s },
            { u"OML-11"_s, u"OUL"_s, u"R22"_s },
            { u"OMG-01"_s, u"OMG"_s, u"O19"_s },
            { u"OMG-02"_s, u"OMG"_s, u"O19"_s },
            { u"OMG-03"_s, u"OMG"_s, u"O19"_s },
            { u"OMG-11"_s, u"OMI"_s, u"Z23"_s },
            { u"OMG-12"_s, u"OMI"_s, u"Z23"_s },
            { u"OMG-13"_s, u"ORU"_s, u"R01"_s },
            { u"OMD"_s, u"OMD"_s, u"O03"_s },
        };
        QHash<QString, DataTypeInfo> h;
        for (const DataTypeInfo &row : rows)
            h.insert(row.dataType, row);
        return h;
    }();
    return t;
}

} // namespace

const DataTypeInfo *dataTypeInfo(const QString &dataType)
{
    const auto it = table().constFind(dataType);
    return it == table().constEnd() ? nullptr : &*it;
}

bool messageMatchesDataType(
    const QString &dataType, const QString &messageCode, const QString &trigger)
{
    const DataTypeInfo *info = dataTypeInfo(dataType);
    return info && info->messageCode == messageCode && info->trigger == trigger;
}

} // namespace renkei::ssmix2

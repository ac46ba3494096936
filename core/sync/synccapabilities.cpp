#include "sync/synccapabilities.h"

#include "sync/synctypes.h"

#include <QJsonArray>

#include <cctype>

using namespace Qt::Literals::StringLiterals;

namespace renkei::sync {

namespace {

bool offersEverything(const QJsonArray &operations)
{
    for (const QJsonValue &v : operations) {
        const QJsonObject op = v.toObject();
        if (op.value(u"name"_s).toString() == u"everything"_s
            || op.value(u"definition"_s).toString().endsWith(u"Patient-everything"_s))
            return true;
    }
    return false;
}

} // namespace

const QStringList &syncedTypes()
{
    static const QStringList types = { u"AllergyIntolerance"_s, u"Condition"_s,
        u"MedicationRequest"_s, u"MedicationDispense"_s, u"Observation"_s, u"DiagnosticReport"_s,
        u"DocumentReference"_s, u"Composition"_s, u"Encounter"_s };
    return types;
}

const QStringList &recentTypes()
{
    static const QStringList types
        = { u"Observation"_s, u"MedicationRequest"_s, u"MedicationDispense"_s,
              u"DocumentReference"_s, u"Composition"_s, u"DiagnosticReport"_s, u"Encounter"_s };
    return types;
}

SyncCapabilities SyncCapabilities::fromJson(const QJsonObject &cs)
{
    SyncCapabilities out;
    const QJsonArray rests = cs.value(u"rest"_s).toArray();
    for (const QJsonValue &restValue : rests) {
        const QJsonObject rest = restValue.toObject();
        if (rest.value(u"mode"_s).toString() != u"server"_s)
            continue;
        if (offersEverything(rest.value(u"operation"_s).toArray()))
            out.everything = true;
        const QJsonArray resources = rest.value(u"resource"_s).toArray();
        for (const QJsonValue &rv : resources) {
            const QJsonObject r = rv.toObject();
            const QString type = r.value(u"type"_s).toString();
            if (type.isEmpty())
                continue;
            const QJsonArray interactions = r.value(u"interaction"_s).toArray();
            bool search = false;
            for (const QJsonValue &iv : interactions) {
                const QString code = iv.toObject().value(u"code"_s).toString();
                if (code == u"search-type"_s)
                    search = true;
                else if (code == u"history-type"_s)
                    out.historyTypes.insert(type);
            }
            if (search) {
                QStringList params;
                const QJsonArray ps = r.value(u"searchParam"_s).toArray();
                for (const QJsonValue &p : ps)
                    params.append(p.toObject().value(u"name"_s).toString());
                out.searchParams.insert(type, params);
            }
            QStringList includes;
            const QJsonArray is = r.value(u"searchInclude"_s).toArray();
            for (const QJsonValue &i : is)
                includes.append(i.toString());
            if (!includes.isEmpty())
                out.includes.insert(type, includes);
            if (type == u"Patient"_s && offersEverything(r.value(u"operation"_s).toArray()))
                out.everything = true;
        }
    }
    return out;
}

bool SyncCapabilities::searchable(const QString &type, const QString &parameter) const
{
    const auto it = searchParams.constFind(type);
    return it != searchParams.cend() && it->contains(parameter);
}

QStringList SyncCapabilities::patientTypes() const
{
    QStringList out;
    for (const QString &type : syncedTypes()) {
        if (searchable(type, u"patient"_s))
            out.append(type);
    }
    return out;
}

QStringList relativeReferences(const QByteArray &json)
{
    QStringList out;
    for (const QByteArray &key :
        { QByteArrayLiteral("\"reference\":\""), QByteArrayLiteral("\"url\":\"") }) {
        qsizetype at = 0;
        while ((at = json.indexOf(key, at)) >= 0) {
            at += key.size();
            const qsizetype end = json.indexOf('"', at);
            if (end < 0)
                break;
            const QByteArray value = json.mid(at, end - at);
            at = end;
            // Type/id: a capitalised type, one slash, an id of FHIR id characters.
            const qsizetype slash = value.indexOf('/');
            if (slash <= 0 || slash != value.lastIndexOf('/') || value.size() - slash - 1 < 1
                || value.size() - slash - 1 > 64
                || !std::isupper(static_cast<unsigned char>(value.at(0))))
                continue;
            bool ok = true;
            for (char c : value) {
                ok = ok
                    && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.'
                        || c == '/');
            }
            const QString ref = QString::fromLatin1(value);
            if (ok && !out.contains(ref))
                out.append(ref);
        }
    }
    return out;
}

cache::RawResource toCacheResource(const net::RawResource &raw)
{
    cache::RawResource out;
    out.type = raw.type;
    out.id = raw.id;
    out.lastUpdated = raw.lastUpdated.toUTC();
    out.versionId = raw.versionId;
    out.json = raw.json;
    out.deleted = raw.deleted;
    return out;
}

} // namespace renkei::sync

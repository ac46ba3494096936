#include "fhir/writerparts.h"

#include "fhir/writer.h"
#include "model/codes.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::writing {

namespace {

QJsonObject sourceExtension(const model::Provenance &p)
{
    QJsonArray parts;
    auto part = [&parts](const QString &url, const QString &key, const QJsonValue &value) {
        parts.append(QJsonObject { { u"url"_s, url }, { key, value } });
    };
    auto text = [&part](const QString &url, const QString &value) {
        if (!value.isEmpty())
            part(url, u"valueString"_s, value);
    };
    text(u"storage"_s, p.sourceSystem);
    text(u"file"_s, p.sourceId);
    text(u"facilityCode"_s, p.facilityCode);
    text(u"facilityName"_s, p.facilityName);
    text(u"orderNumber"_s, p.orderNumber);
    if (p.cancelled)
        part(u"cancelled"_s, u"valueBoolean"_s, true);
    text(u"profile"_s, p.profile);
    return QJsonObject { { u"url"_s, QString::fromUtf16(kSourceExtension) },
        { u"extension"_s, parts } };
}

} // namespace

QString jpCoreProfile(const QString &name)
{
    return u"http://jpfhir.jp/fhir/core/StructureDefinition/"_s + name;
}

void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putDate(QJsonObject &o, const QString &key, const model::PartialDateTime &value)
{
    if (!value.isNull())
        o.insert(key, value.toIso());
}

QJsonObject codeable(const model::CodeableConcept &cc)
{
    QJsonObject o;
    QJsonArray codings;
    for (const model::Coding &c : cc.codings) {
        QJsonObject coding;
        put(coding, u"system"_s, c.system);
        put(coding, u"version"_s, c.version);
        put(coding, u"code"_s, c.code);
        put(coding, u"display"_s, c.display);
        codings.append(coding);
    }
    if (!codings.isEmpty())
        o.insert(u"coding"_s, codings);
    put(o, u"text"_s, cc.text);
    return o;
}

QJsonObject textConcept(const QString &text)
{
    return QJsonObject { { u"text"_s, text } };
}

QJsonObject coded(const QString &system, const QString &code)
{
    return QJsonObject { { u"coding"_s,
        QJsonArray { QJsonObject { { u"system"_s, system }, { u"code"_s, code } } } } };
}

QJsonObject period(const model::Period &p)
{
    QJsonObject o;
    putDate(o, u"start"_s, p.start);
    putDate(o, u"end"_s, p.end);
    return o;
}

QJsonObject quantity(const std::optional<double> &value, const QString &unit, const QString &code,
    const QString &system, const QString &comparator)
{
    QJsonObject o;
    if (!value && unit.isEmpty() && code.isEmpty())
        return o;
    if (value)
        o.insert(u"value"_s, *value);
    put(o, u"comparator"_s, comparator);
    put(o, u"unit"_s, unit);
    put(o, u"system"_s, system);
    put(o, u"code"_s, code);
    return o;
}

QJsonObject days(int count)
{
    return QJsonObject { { u"value"_s, count }, { u"unit"_s, u"日"_s },
        { u"system"_s, QString::fromUtf16(model::systems::kUcum) }, { u"code"_s, u"d"_s } };
}

QJsonArray notes(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonArray { QJsonObject { { u"text"_s, text } } };
}

QJsonObject patientReference(const QString &patient)
{
    if (patient.isEmpty())
        return QJsonObject { { u"display"_s, u"unknown"_s } };
    const qsizetype bar = patient.lastIndexOf(u'|');
    if (bar > 0 && !patient.startsWith(u"urn:"_s)) {
        return QJsonObject { { u"identifier"_s,
            QJsonObject {
                { u"system"_s, patient.left(bar) }, { u"value"_s, patient.mid(bar + 1) } } } };
    }
    if (patient.startsWith(u"urn:"_s) || patient.contains(u'/'))
        return QJsonObject { { u"reference"_s, patient } };
    return QJsonObject { { u"reference"_s, QString(u"Patient/"_s + patient) } };
}

Builder::Builder(const QString &type, const QString &id, const model::Provenance &provenance,
    const QString &profile)
{
    json.insert(u"resourceType"_s, type);
    put(json, u"id"_s, id);
    const bool ssmix2 = provenance.source == model::Provenance::Source::Ssmix2;
    const QString claimed = ssmix2 ? profile : provenance.profile;
    if (!claimed.isEmpty())
        json.insert(u"meta"_s, QJsonObject { { u"profile"_s, QJsonArray { claimed } } });
    if (ssmix2)
        m_extensions.append(sourceExtension(provenance));
}

void Builder::extension(const QString &url, const QString &valueKey, const QJsonValue &value)
{
    m_extensions.append(QJsonObject { { u"url"_s, url }, { valueKey, value } });
}

QJsonObject Builder::organization(const model::FacilityRef &facility)
{
    if (facility.isEmpty())
        return {};
    const QString id = u"org"_s;
    bool present = false;
    for (const QJsonValue &c : std::as_const(m_contained))
        present = present || c.toObject().value(u"id"_s) == id;
    if (!present) {
        QJsonObject org { { u"resourceType"_s, u"Organization"_s }, { u"id"_s, id } };
        if (!facility.code.isEmpty()) {
            org.insert(u"identifier"_s,
                QJsonArray { QJsonObject {
                    { u"system"_s, QString::fromUtf16(model::systems::kFacilityNo10) },
                    { u"value"_s, facility.code } } });
        }
        put(org, u"name"_s, facility.name);
        m_contained.append(org);
    }
    return QJsonObject { { u"reference"_s, QString(u"#"_s + id) } };
}

QJsonObject Builder::actor(const QString &person, const model::FacilityRef &facility)
{
    if (facility.isEmpty()) {
        if (person.isEmpty())
            return {};
        return QJsonObject { { u"display"_s, person } };
    }
    const QString id = u"role"_s + QString::number(++m_roles);
    QJsonObject role { { u"resourceType"_s, u"PractitionerRole"_s }, { u"id"_s, id } };
    if (!person.isEmpty())
        role.insert(u"practitioner"_s, QJsonObject { { u"display"_s, person } });
    role.insert(u"organization"_s, organization(facility));
    m_contained.append(role);
    return QJsonObject { { u"reference"_s, QString(u"#"_s + id) } };
}

QJsonObject Builder::finish()
{
    if (!m_contained.isEmpty())
        json.insert(u"contained"_s, m_contained);
    if (!m_extensions.isEmpty())
        json.insert(u"extension"_s, m_extensions);
    return json;
}

} // namespace renkei::fhir::writing

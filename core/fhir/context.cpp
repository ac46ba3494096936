#include "fhir/context.h"

#include "fhir/types.h"
#include "fhir/writer.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

// "http://host/fhir/Patient/123/_history/2" → "Patient/123"; "Patient/123" stays.
QString typeAndId(const QString &reference)
{
    QStringList parts = reference.split(u'/', Qt::SkipEmptyParts);
    const qsizetype history = parts.indexOf(u"_history"_s);
    if (history >= 0)
        parts = parts.mid(0, history);
    if (parts.size() < 2)
        return {};
    return parts.at(parts.size() - 2) + u'/' + parts.last();
}

} // namespace

void Index::add(const QJsonObject &resource, const QString &fullUrl, const QString &path)
{
    const Located item { resource, path, fullUrl };
    const qsizetype at = m_items.size();
    m_items.append(item);
    if (!fullUrl.isEmpty())
        m_keys.insert(fullUrl, at);
    if (!item.id().isEmpty())
        m_keys.insert(item.type() + u'/' + item.id(), at);
    if (item.type() == u"Organization"_s) {
        const model::FacilityRef ref = facilityRefOf(item.obj());
        if (!ref.code.isEmpty() && !ref.name.isEmpty())
            m_orgNames.insert(ref.code, ref.name);
    }
}

Located Index::find(const QString &reference) const
{
    auto it = m_keys.constFind(reference);
    if (it == m_keys.constEnd() && !reference.startsWith(u"urn:"_s))
        it = m_keys.constFind(typeAndId(reference));
    return it == m_keys.constEnd() ? Located {} : m_items.at(*it);
}

void Context::addFacility(model::Facility facility)
{
    const QString key = facility.code10.isEmpty() ? facility.name + u'|' + facility.department
                                                  : facility.code10 + u'|' + facility.department;
    if (key == u"|"_s || facilityKeys.contains(key))
        return;
    facilityKeys.insert(key);
    out.facilities.append(std::move(facility));
}

Res::Res(Context &context, Obj object, QString url, const Res *container)
    : ctx(context)
    , obj(std::move(object))
    , type(obj.str(u"resourceType"_s))
    , id(obj.str(u"id"_s))
    , fullUrl(std::move(url))
{
    sourceId = id.isEmpty() ? fullUrl : type + u'/' + id;
    if (container) {
        sourceId = container->sourceId + u'#' + id;
        m_contained = container->m_contained;
        return;
    }
    for (const Obj &c : obj.objs(u"contained"_s))
        m_ownContained.append(Located { c.json(), c.path(), QString() });
}

Located Res::resolve(const QString &reference) const
{
    if (reference.isEmpty())
        return {};
    if (reference.startsWith(u'#')) {
        const QString wanted = reference.mid(1);
        for (const Located &c : *m_contained) {
            if (c.id() == wanted)
                return c;
        }
        return {};
    }
    return ctx.index.find(reference);
}

QString Res::patientKey(const Obj &reference) const
{
    const Located target = resolve(reference);
    if (!target.isNull() && target.type() == u"Patient"_s)
        return target.id().isEmpty() ? target.fullUrl : target.id();
    const QString literal = reference.str(u"reference"_s);
    if (!literal.isEmpty()) {
        const QString typed = typeAndId(literal);
        if (!typed.isEmpty() && !literal.startsWith(u"urn:"_s))
            return typed.section(u'/', 1);
        return literal;
    }
    const Obj identifier = reference.obj(u"identifier"_s);
    if (!identifier.isEmpty()) {
        const model::Identifier id = toIdentifier(identifier);
        return id.system + u'|' + id.value;
    }
    return {};
}

QString resourceName(const Res &from, const Located &resource)
{
    const Obj o = resource.obj();
    const QString type = resource.type();
    if (type == u"Organization"_s)
        return o.str(u"name"_s);
    if (type == u"PractitionerRole"_s) {
        const Located who = from.resolve(o.obj(u"practitioner"_s));
        return who.isNull() ? o.obj(u"practitioner"_s).str(u"display"_s) : resourceName(from, who);
    }
    return toNames(o.objs(u"name"_s)).best();
}

QString Res::nameOf(const Obj &reference) const
{
    const Located target = resolve(reference);
    const QString name = target.isNull() ? QString() : resourceName(*this, target);
    return name.isEmpty() ? reference.str(u"display"_s) : name;
}

model::FacilityRef facilityRefOf(const Obj &organization)
{
    model::FacilityRef ref;
    ref.name = organization.str(u"name"_s);
    for (const Obj &identifier : organization.objs(u"identifier"_s)) {
        const model::Identifier id = toIdentifier(identifier);
        if (id.system == str16(model::systems::kFacilityNo10) && ref.code.isEmpty())
            ref.code = id.value;
    }
    return ref;
}

model::FacilityRef Res::facilityOfReference(const Obj &reference) const
{
    const Located target = resolve(reference);
    if (target.isNull())
        return {};
    const QString type = target.type();
    if (type == u"Organization"_s)
        return facilityRefOf(target.obj());
    if (type == u"PractitionerRole"_s)
        return facilityOfReference(target.obj().obj(u"organization"_s));
    return {};
}

model::FacilityRef Res::facility(const QList<Obj> &organizations) const
{
    model::FacilityRef ref;
    const Obj number = obj.extension(str16(ext::kInstitutionNumber)).obj(u"valueIdentifier"_s);
    ref.code = number.str(u"value"_s).trimmed();
    for (const Obj &reference : organizations) {
        if (!ref.isEmpty())
            break;
        ref = facilityOfReference(reference);
    }
    if (!ref.code.isEmpty() && ref.name.isEmpty())
        ref.name = ctx.index.organizationName(ref.code);
    return ref;
}

QString Res::department() const
{
    const Obj dept = obj.extension(str16(ext::kDepartment)).obj(u"valueCodeableConcept"_s);
    return toConcept(dept).displayText();
}

model::Provenance Res::provenance(const model::FacilityRef &facility) const
{
    model::Provenance p;
    p.source = model::Provenance::Source::Fhir;
    p.sourceSystem = ctx.options.sourceSystem;
    p.sourceId = sourceId;
    p.facilityCode = facility.code;
    p.facilityName = facility.name;
    const QStringList profiles = obj.obj(u"meta"_s).strs(u"profile"_s);
    if (!profiles.isEmpty())
        p.profile = profiles.first();
    // A value this viewer wrote from an SS-MIX2 storage (writer.h): its source as it was.
    const Obj source = obj.extension(str16(kSourceExtension));
    if (!source.isEmpty()) {
        auto part
            = [&source](const QString &url) { return source.extension(url).str(u"valueString"_s); };
        p.source = model::Provenance::Source::Ssmix2;
        p.sourceSystem = part(u"storage"_s);
        p.sourceId = part(u"file"_s);
        p.facilityCode = part(u"facilityCode"_s);
        p.facilityName = part(u"facilityName"_s);
        p.orderNumber = part(u"orderNumber"_s);
        p.cancelled = source.extension(u"cancelled"_s).boolean(u"valueBoolean"_s).value_or(false);
        p.profile = part(u"profile"_s);
    }
    return p;
}

} // namespace renkei::fhir::detail

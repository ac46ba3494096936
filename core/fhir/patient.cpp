#include "fhir/mappers.h"
#include "fhir/types.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

model::Sex toSex(const QString &gender)
{
    if (gender == u"male"_s)
        return model::Sex::Male;
    if (gender == u"female"_s)
        return model::Sex::Female;
    if (gender == u"other"_s)
        return model::Sex::Other;
    return model::Sex::Unknown;
}

QString addressText(const Obj &address)
{
    const QString text = address.str(u"text"_s).trimmed();
    if (!text.isEmpty())
        return text;
    QString joined = address.str(u"state"_s) + address.str(u"city"_s);
    for (const QString &line : address.strs(u"line"_s))
        joined += line;
    return joined.trimmed();
}

QString phoneOf(const QList<Obj> &telecoms)
{
    for (const Obj &t : telecoms) {
        if (t.str(u"system"_s) == u"phone"_s && !t.str(u"value"_s).isEmpty())
            return t.str(u"value"_s);
    }
    return {};
}

} // namespace

void readPatient(const Res &res)
{
    const Obj &o = res.obj;
    model::Patient p;
    p.id = res.id.isEmpty() ? res.fullUrl : res.id;
    const Names names = toNames(o.objs(u"name"_s));
    p.kanjiName = names.kanji;
    p.kanaName = names.kana;
    p.otherName = names.other;
    const model::PartialDateTime birth = toDateTime(o, u"birthDate"_s);
    p.birthDate = birth.isNull() ? QDate() : birth.date();
    p.sex = toSex(o.str(u"gender"_s));
    for (const Obj &identifier : o.objs(u"identifier"_s))
        p.identifiers.append(toIdentifier(identifier));
    const QList<Obj> addresses = o.objs(u"address"_s);
    if (!addresses.isEmpty())
        p.address = addressText(addresses.first());
    p.phone = phoneOf(o.objs(u"telecom"_s));
    p.deceased = o.boolean(u"deceasedBoolean"_s).value_or(false) || o.has(u"deceasedDateTime"_s);
    toDateTime(o, u"deceasedDateTime"_s);
    QList<Obj> organizations;
    organizations.append(o.obj(u"managingOrganization"_s));
    p.provenance = res.provenance(res.facility(organizations));
    res.ctx.out.patients.append(std::move(p));
}

void readOrganization(const Res &res)
{
    const Obj &o = res.obj;
    model::Facility f;
    f.id = res.id.isEmpty() ? res.fullUrl : res.id;
    f.name = o.str(u"name"_s);
    for (const Obj &identifier : o.objs(u"identifier"_s)) {
        const model::Identifier id = toIdentifier(identifier);
        f.identifiers.append(id);
        if (id.system == str16(model::systems::kFacilityNo10) && f.code10.isEmpty())
            f.code10 = id.value;
        else if (id.system == str16(model::systems::kFacilityNo7) && f.code7.isEmpty())
            f.code7 = id.value;
    }
    if (f.code7.isEmpty()) {
        const Obj no = o.extension(str16(ext::kOrganizationNo)).obj(u"valueIdentifier"_s);
        f.code7 = no.str(u"value"_s);
    }
    f.prefecture = o.extension(str16(ext::kPrefectureNo)).obj(u"valueCoding"_s).str(u"code"_s);
    if (f.prefecture.isEmpty() && f.code10.size() == 10)
        f.prefecture = f.code10.left(2);
    f.department = res.department();
    f.provenance = res.provenance(model::FacilityRef { f.code10, f.name });
    res.ctx.addFacility(std::move(f));
}

} // namespace renkei::fhir::detail

#include "fhir/types.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

model::Coding toCoding(const Obj &o)
{
    model::Coding c;
    c.system = model::canonicalSystem(o.str(u"system"_s));
    c.code = o.str(u"code"_s);
    c.display = o.str(u"display"_s);
    c.version = o.str(u"version"_s);
    return c;
}

model::CodeableConcept toConcept(const Obj &o)
{
    model::CodeableConcept cc;
    for (const Obj &coding : o.objs(u"coding"_s))
        cc.codings.append(toCoding(coding));
    cc.text = o.str(u"text"_s);
    return cc;
}

QString conceptsText(const QList<Obj> &concepts)
{
    QStringList parts;
    for (const Obj &c : concepts) {
        const QString text = toConcept(c).displayText();
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u"、"_s);
}

QString firstCode(const Obj &codeable)
{
    const QList<Obj> codings = codeable.objs(u"coding"_s);
    return codings.isEmpty() ? QString() : codings.first().str(u"code"_s);
}

model::Identifier toIdentifier(const Obj &o)
{
    model::Identifier id;
    id.system = model::canonicalSystem(o.str(u"system"_s));
    id.value = o.str(u"value"_s);
    id.type = firstCode(o.obj(u"type"_s));
    return id;
}

model::Quantity toQuantity(const Obj &o)
{
    model::Quantity q;
    q.value = o.num(u"value"_s);
    q.comparator = o.str(u"comparator"_s);
    q.unit = o.str(u"unit"_s);
    q.code = o.str(u"code"_s);
    q.system = model::canonicalSystem(o.str(u"system"_s));
    if (q.unit.isEmpty())
        q.unit = q.code;
    return q;
}

model::PartialDateTime toDateTime(const Obj &parent, const QString &key)
{
    const QString text = parent.str(key);
    if (text.isEmpty())
        return {};
    const model::PartialDateTime value = model::PartialDateTime::parse(text);
    if (value.isNull() && parent.issues())
        parent.issues()->invalid(parent.childPath(key), u"not a FHIR date or dateTime"_s);
    return value;
}

model::Period toPeriod(const Obj &o)
{
    return model::Period { toDateTime(o, u"start"_s), toDateTime(o, u"end"_s) };
}

std::optional<int> toDays(const Obj &duration)
{
    const std::optional<double> value = duration.num(u"value"_s);
    if (!value || !std::isfinite(*value) || *value < 0 || *value > 100000)
        return std::nullopt;
    const QString code = duration.str(u"code"_s);
    const QString unit = duration.str(u"unit"_s);
    const bool days = code == u"d"_s
        || (code.isEmpty()
            && (unit == u"d"_s || unit == u"day"_s || unit == u"days"_s || unit == u"日"_s));
    if (days)
        return int(std::lround(*value));
    if (code == u"wk"_s)
        return int(std::lround(*value * 7));
    return std::nullopt;
}

QString notesText(const QList<Obj> &notes)
{
    QStringList parts;
    for (const Obj &note : notes) {
        const QString text = note.str(u"text"_s).trimmed();
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u'\n');
}

QString nameText(const Obj &name)
{
    const QString text = name.str(u"text"_s).trimmed();
    if (!text.isEmpty())
        return text;
    QStringList parts;
    const QString family = name.str(u"family"_s).trimmed();
    if (!family.isEmpty())
        parts.append(family);
    const QStringList given = name.strs(u"given"_s);
    for (const QString &g : given) {
        if (!g.trimmed().isEmpty())
            parts.append(g.trimmed());
    }
    return parts.join(u' ');
}

QString nameRepresentation(const Obj &name)
{
    return name.extension(str16(ext::kNameRepresentation)).str(u"valueCode"_s).toUpper();
}

QString Names::best() const
{
    if (!kanji.isEmpty())
        return kanji;
    return other.isEmpty() ? kana : other;
}

Names toNames(const QList<Obj> &names)
{
    Names out;
    for (const Obj &name : names) {
        const QString text = nameText(name);
        if (text.isEmpty())
            continue;
        const QString rep = nameRepresentation(name);
        QString &slot = rep == u"IDE"_s ? out.kanji : rep == u"SYL"_s ? out.kana : out.other;
        if (slot.isEmpty())
            slot = text;
    }
    return out;
}

} // namespace renkei::fhir::detail

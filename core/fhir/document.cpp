#include "fhir/mappers.h"
#include "fhir/types.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

const QString kDocTypeCodes = u"http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes"_s;
const QString kSectionDestination = u"910"_s;

model::ClinicalDocument::Kind kindOf(const model::CodeableConcept &type)
{
    for (const model::Coding &c : type.codings) {
        if (c.system != kDocTypeCodes && c.system != str16(model::systems::kLoinc))
            continue;
        if (c.code == u"18842-5"_s)
            return model::ClinicalDocument::Kind::DischargeSummary;
        if (c.code == u"57133-1"_s)
            return model::ClinicalDocument::Kind::Referral;
    }
    return model::ClinicalDocument::Kind::Other;
}

bool isAttachmentSource(const Located &target)
{
    return target.type() == u"DocumentReference"_s || target.type() == u"Binary"_s;
}

// Base64 `data` of an Attachment or Binary; invalid base64 is an Invalid problem.
QByteArray decodeData(const Obj &o)
{
    const QString data = o.str(u"data"_s);
    if (data.isEmpty())
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded && o.issues())
        o.issues()->invalid(o.childPath(u"data"_s), u"data is not valid base64"_s);
    return decoded ? *decoded : QByteArray();
}

model::Attachment toAttachment(const Obj &o)
{
    model::Attachment a;
    a.contentType = o.str(u"contentType"_s);
    a.title = o.str(u"title"_s);
    a.url = o.str(u"url"_s);
    a.language = o.str(u"language"_s);
    a.data = decodeData(o);
    if (const std::optional<double> size = o.num(u"size"_s); size && *size >= 0 && *size < 1e15)
        a.size = qint64(*size);
    if (!a.data.isEmpty())
        a.size = a.data.size();
    return a;
}

QList<model::Attachment> attachmentsOf(const Obj &documentOrBinary, const QString &type)
{
    QList<model::Attachment> out;
    if (type == u"Binary"_s) {
        model::Attachment a = toAttachment(documentOrBinary);
        a.url.clear();
        out.append(a);
        return out;
    }
    const QString description = documentOrBinary.str(u"description"_s);
    for (const Obj &content : documentOrBinary.objs(u"content"_s)) {
        model::Attachment a = toAttachment(content.obj(u"attachment"_s));
        if (a.title.isEmpty())
            a.title = description;
        out.append(a);
    }
    return out;
}

// How a section entry reads in the document: the referenced resource's name or code text.
QString entryText(const Res &res, const Obj &reference)
{
    const Located target = res.resolve(reference);
    if (target.isNull())
        return reference.str(u"display"_s);
    const Obj o = target.obj();
    const QString type = target.type();
    QString text;
    if (o.has(u"medicationCodeableConcept"_s))
        text = toConcept(o.obj(u"medicationCodeableConcept"_s)).displayText();
    else if (type == u"DocumentReference"_s)
        text = o.str(u"description"_s);
    else if (type == u"Encounter"_s)
        text = conceptsText(o.objs(u"reasonCode"_s));
    else if (o.has(u"code"_s))
        text = toConcept(o.obj(u"code"_s)).displayText();
    if (text.isEmpty())
        text = resourceName(res, target);
    return text.isEmpty() ? reference.str(u"display"_s) : text;
}

model::DocumentSection toSection(const Res &res, const Obj &s, model::ClinicalDocument &doc)
{
    model::DocumentSection section;
    const model::CodeableConcept code = toConcept(s.obj(u"code"_s));
    if (!code.codings.isEmpty()) {
        section.code = code.codings.first().code;
        section.codeSystem = code.codings.first().system;
    }
    section.title = s.str(u"title"_s);
    if (section.title.isEmpty())
        section.title = code.displayText();
    section.narrativeHtml = s.obj(u"text"_s).str(u"div"_s);
    section.narrative = narrativeText(section.narrativeHtml);
    for (const Obj &entry : s.objs(u"entry"_s)) {
        section.entries.append(entryText(res, entry));
        const Located target = res.resolve(entry);
        if (!target.isNull() && isAttachmentSource(target))
            doc.attachments
                += attachmentsOf(Obj(target.json, target.path, s.issues()), target.type());
    }
    for (const Obj &child : s.objs(u"section"_s))
        section.sections.append(toSection(res, child, doc));
    return section;
}

const model::DocumentSection *findSection(
    const QList<model::DocumentSection> &sections, const QString &code)
{
    for (const model::DocumentSection &s : sections) {
        if (s.code == code)
            return &s;
        if (const model::DocumentSection *inner = findSection(s.sections, code))
            return inner;
    }
    return nullptr;
}

void collectSection(const Res &res, const Obj &s)
{
    for (const Obj &entry : s.objs(u"entry"_s)) {
        const Located target = res.resolve(entry);
        if (!target.isNull() && isAttachmentSource(target))
            res.ctx.attachedDocuments.insert(entryKey(target));
    }
    for (const Obj &child : s.objs(u"section"_s))
        collectSection(res, child);
}

QString authorsOf(const Res &res, const QList<Obj> &authors)
{
    QStringList names;
    for (const Obj &author : authors) {
        const QString name = res.nameOf(author);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names.join(u" / "_s);
}

void finish(const Res &res, model::ClinicalDocument &doc, const QList<Obj> &organizations)
{
    doc.id = res.id.isEmpty() ? res.fullUrl : res.id;
    doc.patient = res.patientKey(res.obj.obj(u"subject"_s));
    doc.status = res.obj.str(u"status"_s);
    doc.facility = res.facility(organizations);
    doc.provenance = res.provenance(doc.facility);
    res.ctx.out.documents.append(std::move(doc));
}

} // namespace

QString entryKey(const Located &resource)
{
    return resource.id().isEmpty() ? resource.fullUrl : resource.type() + u'/' + resource.id();
}

void collectAttachedDocuments(const Res &composition)
{
    for (const Obj &s : composition.obj.objs(u"section"_s))
        collectSection(composition, s);
}

void readComposition(const Res &res)
{
    const Obj &o = res.obj;
    const bool ok = o.require(u"status"_s) & o.require(u"type"_s) & o.require(u"date"_s)
        & o.require(u"title"_s);
    if (!ok)
        return;
    model::ClinicalDocument doc;
    doc.type = toConcept(o.obj(u"type"_s));
    doc.kind = kindOf(doc.type);
    doc.title = o.str(u"title"_s);
    doc.date = toDateTime(o, u"date"_s);
    const QList<Obj> authors = o.objs(u"author"_s);
    doc.author = authorsOf(res, authors);
    const QList<Obj> events = o.objs(u"event"_s);
    if (!events.isEmpty())
        doc.event = toPeriod(events.first().obj(u"period"_s));
    for (const Obj &s : o.objs(u"section"_s))
        doc.sections.append(toSection(res, s, doc));
    if (const model::DocumentSection *to = findSection(doc.sections, kSectionDestination)) {
        QStringList parts = to->entries;
        if (!to->narrative.isEmpty())
            parts.append(to->narrative);
        doc.destination = parts.join(u' ');
    }
    QList<Obj> organizations { o.obj(u"custodian"_s) };
    organizations += authors;
    finish(res, doc, organizations);
}

void readDocumentReference(const Res &res)
{
    const Obj &o = res.obj;
    if (!o.require(u"status"_s) | !o.require(u"content"_s))
        return;
    model::ClinicalDocument doc;
    doc.type = toConcept(o.obj(u"type"_s));
    doc.kind = kindOf(doc.type);
    if (doc.kind == model::ClinicalDocument::Kind::Other) {
        for (const Obj &category : o.objs(u"category"_s)) {
            if (doc.kind == model::ClinicalDocument::Kind::Other)
                doc.kind = kindOf(toConcept(category));
        }
    }
    doc.title = o.str(u"description"_s);
    if (doc.title.isEmpty())
        doc.title = doc.type.displayText();
    doc.date = toDateTime(o, u"date"_s);
    const QList<Obj> authors = o.objs(u"author"_s);
    doc.author = authorsOf(res, authors);
    doc.event = toPeriod(o.obj(u"context"_s).obj(u"period"_s));
    doc.attachments = attachmentsOf(o, u"DocumentReference"_s);
    QList<Obj> organizations { o.obj(u"custodian"_s) };
    organizations += authors;
    finish(res, doc, organizations);
}

} // namespace renkei::fhir::detail

#include "generator_parts.h"
#include "model/codes.h"
#include "pdf.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {
namespace {

constexpr QStringView kDocTypeSystem = u"http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes";

struct SectionDef {
    QStringView code;
    QStringView title;
};

QJsonObject section(const SectionDef &def, const QString &text, const QJsonArray &entries = {})
{
    QJsonObject result { { u"title"_s, def.title.toString() },
        { u"code"_s,
            json::codeable(
                model::systems::kDocumentSection, def.code, QString(def.title + u"セクション")) },
        { u"text"_s,
            QJsonObject { { u"status"_s, u"additional"_s },
                { u"div"_s,
                    QString(u"<div xmlns=\"http://www.w3.org/1999/xhtml\">"_s + text
                        + u"</div>"_s) } } } };
    if (!entries.isEmpty())
        result.insert(u"entry"_s, entries);
    return result;
}

QJsonArray references(QStringView type, const QStringList &ids)
{
    QJsonArray result;
    for (const QString &id : ids)
        result.append(json::reference(type, id));
    return result;
}

// A list of display texts of the referenced resources, as XHTML list items.
QString listOf(Context &context, QStringView type, const QStringList &ids)
{
    QString items;
    for (const QString &id : ids) {
        if (const StoredResource *stored = context.find(type, id)) {
            const QJsonObject code
                = stored->json
                      .value(
                          type == u"MedicationRequest" ? u"medicationCodeableConcept"_s : u"code"_s)
                      .toObject();
            items += u"<li>"_s + json::escaped(code.value(u"text"_s).toString()) + u"</li>"_s;
        }
    }
    return items.isEmpty() ? u"なし"_s : u"<ul>"_s + items + u"</ul>"_s;
}

QString paragraph(const QString &text)
{
    return u"<p>"_s + json::escaped(text) + u"</p>"_s;
}

QJsonObject structuredSection(Context &context, const DocumentSpec &spec, const QString &pdfRefId)
{
    QJsonArray sub;
    const QJsonArray conditions = references(u"Condition", spec.conditionIds);
    const QJsonArray meds = references(u"MedicationRequest", spec.medicationIds);
    const QJsonArray labs = references(u"Observation", spec.observationIds);
    const QString diagnosisList = listOf(context, u"Condition", spec.conditionIds);
    if (spec.discharge) {
        sub.append(section({ u"342", u"入院時診断" }, diagnosisList, conditions));
        sub.append(section({ u"344", u"退院時診断" }, diagnosisList, conditions));
        sub.append(section({ u"352", u"主訴" }, paragraph(spec.complaint)));
        sub.append(section({ u"362", u"現病歴" }, paragraph(spec.history)));
        sub.append(section({ u"333", u"入院中経過" }, paragraph(spec.course)));
        sub.append(section({ u"623", u"入院中検査結果" },
            listOf(context, u"Observation", spec.observationIds), labs));
        sub.append(section({ u"444", u"退院時投薬" },
            listOf(context, u"MedicationRequest", spec.medicationIds), meds));
    } else {
        sub.append(section({ u"950", u"紹介目的" }, paragraph(spec.purpose)));
        sub.append(section(
            { u"340", u"傷病名・主訴" }, diagnosisList + paragraph(spec.complaint), conditions));
        QJsonArray courseEntries;
        if (!pdfRefId.isEmpty())
            courseEntries.append(json::reference(u"DocumentReference", pdfRefId));
        sub.append(section({ u"330", u"臨床経過" },
            paragraph(spec.course) + (pdfRefId.isEmpty() ? QString() : u"<p>添付PDF参照</p>"_s),
            courseEntries));
        sub.append(section(
            { u"430", u"投薬" }, listOf(context, u"MedicationRequest", spec.medicationIds), meds));
        sub.append(section(
            { u"620", u"検査" }, listOf(context, u"Observation", spec.observationIds), labs));
    }
    QJsonObject structured { { u"title"_s, u"構造情報"_s },
        { u"code"_s,
            json::codeable(model::systems::kDocumentSection, u"300", u"構造情報セクション") },
        { u"section"_s, sub } };
    return structured;
}

QJsonObject partySection(const SectionDef &def, const QString &facility, const QString &staff)
{
    const tables::Facility *org = tables::facility(facility);
    return section(def,
        json::escaped(org->name) + u" "_s + json::escaped(practitionerName(staff)) + u" 先生"_s,
        QJsonArray { json::reference(u"Organization", organizationId(facility)),
            json::reference(u"Practitioner", practitionerId(staff)) });
}

QJsonObject composition(
    Context &context, const PatientInfo &patient, const DocumentSpec &spec, const QString &pdfRefId)
{
    const tables::Facility *facility = tables::facility(spec.facility);
    QJsonArray sections;
    if (!spec.discharge) {
        sections.append(partySection({ u"910", u"紹介先情報" }, spec.toFacility, spec.toStaff));
        sections.append(partySection({ u"920", u"紹介元情報" }, spec.facility, spec.staff));
    }
    sections.append(structuredSection(context, spec, pdfRefId));
    QJsonObject period { { u"start"_s,
        json::date(spec.discharge ? spec.admitted : spec.date.date) } };
    if (spec.discharge)
        period.insert(u"end"_s, json::date(spec.date.date));
    return QJsonObject {
        { u"extension"_s,
            QJsonArray { QJsonObject {
                { u"url"_s,
                    u"http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber"_s },
                { u"valueString"_s, u"1.0"_s } } } },
        { u"language"_s, u"ja"_s }, { u"status"_s, u"final"_s },
        { u"type"_s,
            json::codeable(kDocTypeSystem, spec.discharge ? u"18842-5" : u"57133-1",
                spec.discharge ? u"退院時サマリー" : u"診療情報提供書") },
        { u"category"_s,
            QJsonArray { json::codeable(u"http://jpfhir.jp/fhir/Common/CodeSystem/doc-subtypecodes",
                spec.discharge ? u"DISCHARGE" : u"OUTPATIENT",
                spec.discharge ? u"退院時文書" : u"外来文書") } },
        { u"subject"_s, json::reference(u"Patient", patient.id, patient.name()) },
        { u"encounter"_s, json::reference(u"Encounter", spec.encounterId) },
        { u"date"_s, json::jst(spec.date) },
        { u"author"_s,
            QJsonArray { json::reference(u"Practitioner", practitionerId(spec.staff),
                             practitionerName(spec.staff)),
                json::reference(u"Organization", organizationId(spec.facility), facility->name) } },
        { u"title"_s, spec.discharge ? u"退院時サマリー"_s : u"診療情報提供書"_s },
        { u"custodian"_s,
            json::reference(u"Organization", organizationId(spec.facility), facility->name) },
        { u"event"_s,
            QJsonArray {
                QJsonObject { { u"code"_s,
                                  QJsonArray { json::textConcept(
                                      spec.discharge ? u"入院" : u"診療情報提供書発行") } },
                    { u"period"_s, period } } } },
        { u"section"_s, sections }
    };
}

// Replaces references to resources that are in the Bundle by their fullUrl.
QJsonValue rewritten(const QJsonValue &value, const QHash<QString, QString> &urls)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = rewritten(array.at(i), urls);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"reference" && urls.contains(it.value().toString()))
            it.value() = urls.value(it.value().toString());
        else if (it.value().isObject() || it.value().isArray())
            it.value() = rewritten(it.value(), urls);
    }
    return object;
}

QJsonObject bundle(Context &context, const DocumentSpec &spec, const QJsonObject &composition,
    const QStringList &members)
{
    QHash<QString, QString> urls;
    QList<QPair<QString, QJsonObject>> resources;
    const auto include = [&](const QString &typeAndId, const QJsonObject &json) {
        if (urls.contains(typeAndId))
            return;
        urls.insert(typeAndId, context.urnUuid());
        resources.append({ typeAndId, json });
    };
    include(u"Composition/"_s + composition.value(u"id"_s).toString(), composition);
    for (const QString &member : members) {
        const qsizetype slash = member.indexOf(u'/');
        if (const StoredResource *stored = context.find(member.left(slash), member.mid(slash + 1)))
            include(member, stored->json);
    }
    QJsonArray entries;
    for (const auto &[typeAndId, json] : std::as_const(resources)) {
        entries.append(QJsonObject {
            { u"fullUrl"_s, urls.value(typeAndId) }, { u"resource"_s, rewritten(json, urls) } });
    }
    const tables::Facility *facility = tables::facility(spec.facility);
    return QJsonObject { { u"language"_s, u"ja"_s },
        { u"identifier"_s,
            json::identifier(u"http://jpfhir.jp/fhir/clins/bundle-identifier",
                QString(facility->code10 + u'^' + QString::number(spec.date.date.year()) + u'^'
                    + composition.value(u"id"_s).toString())) },
        { u"type"_s, u"document"_s }, { u"timestamp"_s, json::jst(spec.date) },
        { u"entry"_s, entries } };
}

QStringList pdfLines(const PatientInfo &patient, const DocumentSpec &spec)
{
    QStringList lines { u"Renkei demo network - synthetic data, not a real patient"_s,
        u"患者氏名：%1（%2 %3）様"_s.arg(patient.name(), patient.familyKana, patient.givenKana),
        u"生年月日：%1"_s.arg(patient.birthDate.toString(u"yyyy年M月d日"_s)),
        u"紹介元：%1　%2 医師"_s.arg(
            tables::facility(spec.facility)->name, practitionerName(spec.staff)),
        u"紹介先：%1　%2 先生"_s.arg(
            tables::facility(spec.toFacility)->name, practitionerName(spec.toStaff)),
        u"紹介目的：%1"_s.arg(spec.purpose), u"臨床経過："_s };
    for (qsizetype at = 0; at < spec.course.size(); at += 36)
        lines.append(u"　"_s + spec.course.mid(at, 36));
    lines.append(u"記載日：%1"_s.arg(spec.date.date.toString(u"yyyy年M月d日"_s)));
    return lines;
}

// A DocumentReference (LOINC 11506-3) and the Binary holding the PDF. Returns the
// DocumentReference id.
QString addPdf(Context &context, const PatientInfo &patient, const DocumentSpec &spec)
{
    const QString binaryId = context.nextId(u"bin");
    const QString refId = context.nextId(u"docref");
    const QByteArray bytes = pdf::render(pdf::Document { u"診療情報提供書（臨床経過）"_s,
        pdfLines(patient, spec), practitionerName(spec.staff), json::toUtc(spec.date) });
    context.add(u"Binary", binaryId, patient.id, spec.date,
        QJsonObject { { u"contentType"_s, u"application/pdf"_s },
            { u"securityContext"_s, json::reference(u"Patient", patient.id) },
            { u"data"_s, QString::fromLatin1(bytes.toBase64()) } });
    const tables::Facility *facility = tables::facility(spec.facility);
    context.add(u"DocumentReference", refId, patient.id, spec.date,
        QJsonObject {
            { u"extension"_s, QJsonArray { json::institutionExtension(facility->code10) } },
            { u"status"_s, u"current"_s },
            { u"type"_s,
                json::codeable(model::systems::kLoinc, u"11506-3", u"Progress note", u"臨床経過") },
            { u"subject"_s, json::reference(u"Patient", patient.id) },
            { u"date"_s, json::jst(spec.date) },
            { u"author"_s,
                QJsonArray { json::reference(u"Practitioner", practitionerId(spec.staff)) } },
            { u"custodian"_s, json::reference(u"Organization", organizationId(spec.facility)) },
            { u"description"_s, u"臨床経過"_s },
            { u"content"_s,
                QJsonArray { QJsonObject { { u"attachment"_s,
                    QJsonObject { { u"contentType"_s, u"application/pdf"_s },
                        { u"language"_s, u"ja"_s }, { u"url"_s, QString(u"Binary/"_s + binaryId) },
                        { u"size"_s, qint64(bytes.size()) }, { u"title"_s, u"臨床経過.pdf"_s },
                        { u"creation"_s, json::jst(spec.date) } } } } } } },
        u"http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_DocumentReference_eCS");
    return refId;
}

void addDocumentIndex(
    Context &context, const PatientInfo &patient, const DocumentSpec &spec, const QString &bundleId)
{
    const QString title = spec.discharge ? u"退院時サマリー"_s : u"診療情報提供書"_s;
    context.add(u"DocumentReference", context.nextId(u"docref"), patient.id, spec.date,
        QJsonObject { { u"status"_s, u"current"_s },
            { u"type"_s,
                json::codeable(QJsonArray { json::coding(kDocTypeSystem,
                                                spec.discharge ? u"18842-5" : u"57133-1", title),
                                   json::coding(model::systems::kLoinc,
                                       spec.discharge ? u"18842-5" : u"57133-1") },
                    title) },
            { u"subject"_s, json::reference(u"Patient", patient.id) },
            { u"date"_s, json::jst(spec.date) },
            { u"author"_s,
                QJsonArray { json::reference(u"Practitioner", practitionerId(spec.staff)) } },
            { u"custodian"_s, json::reference(u"Organization", organizationId(spec.facility)) },
            { u"description"_s, title },
            { u"content"_s,
                QJsonArray { QJsonObject { { u"attachment"_s,
                    QJsonObject { { u"contentType"_s, u"application/fhir+json"_s },
                        { u"url"_s, QString(u"Bundle/"_s + bundleId) },
                        { u"title"_s, title } } } } } },
            { u"context"_s,
                QJsonObject { { u"encounter"_s,
                    QJsonArray { json::reference(u"Encounter", spec.encounterId) } } } } });
}

} // namespace

QString addDocument(Context &context, const PatientInfo &patient, const DocumentSpec &spec)
{
    const QString pdfRefId = spec.withPdf ? addPdf(context, patient, spec) : QString();
    const QString compositionId = context.nextId(u"comp");
    QJsonObject json = composition(context, patient, spec, pdfRefId);
    const QStringView profile = spec.discharge
        ? u"http://jpfhir.jp/fhir/eDischargeSummary/StructureDefinition/"
          u"JP_Composition_eDischargeSummary"
        : u"http://jpfhir.jp/fhir/eReferral/StructureDefinition/JP_Composition_eReferral";
    context.add(u"Composition", compositionId, patient.id, spec.date, json, profile);
    json = context.dataset().resources.last().json;

    QStringList members { u"Patient/"_s + patient.id, u"Encounter/"_s + spec.encounterId,
        u"Practitioner/"_s + practitionerId(spec.staff),
        u"Organization/"_s + organizationId(spec.facility) };
    if (!spec.discharge) {
        members << u"Practitioner/"_s + practitionerId(spec.toStaff)
                << u"Organization/"_s + organizationId(spec.toFacility);
    }
    for (const QString &id : spec.conditionIds)
        members << u"Condition/"_s + id;
    for (const QString &id : spec.medicationIds)
        members << u"MedicationRequest/"_s + id;
    for (const QString &id : spec.observationIds)
        members << u"Observation/"_s + id;
    if (!pdfRefId.isEmpty())
        members << u"DocumentReference/"_s + pdfRefId;

    const QString bundleId = context.nextId(u"doc");
    context.add(u"Bundle", bundleId, patient.id, spec.date, bundle(context, spec, json, members),
        spec.discharge
            ? u"http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary"
            : u"http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eReferral");
    addDocumentIndex(context, patient, spec, bundleId);
    return bundleId;
}

} // namespace renkei::demo::gen

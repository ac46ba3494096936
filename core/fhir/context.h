#pragma once

#include "fhir/json.h"
#include "fhir/reader.h"
#include "model/resourceset.h"

#include <QHash>
#include <QSet>

// Internal to core/fhir: the state of one read and of one resource being read.
namespace renkei::fhir::detail {

// A resource that a reference can point at, and where it sits in the input.
struct Located {
    QJsonObject json;
    QString path;
    QString fullUrl;
    bool isNull() const { return json.isEmpty(); }
    QString type() const { return json.value(u"resourceType").toString(); }
    QString id() const { return json.value(u"id").toString(); }
    Obj obj() const { return Obj(json, path, nullptr); } // silent: read for itself elsewhere
};

// The entries of a Bundle, by fullUrl and by "Type/id".
class Index {
public:
    void add(const QJsonObject &resource, const QString &fullUrl, const QString &path);
    Located find(const QString &reference) const;
    // The name of the Organization with this 10-digit code, if the input holds one.
    QString organizationName(const QString &code10) const { return m_orgNames.value(code10); }

private:
    QList<Located> m_items;
    QHash<QString, qsizetype> m_keys;
    QHash<QString, QString> m_orgNames;
};

// Where a DiagnosticReport puts an Observation.
struct Panel {
    QString name;
    QString id;
    model::FacilityRef facility; // the report's, for results that name none
};

// One read: options, problems, what references resolve to, and the values produced so far.
struct Context {
    Context(const ReadOptions &o, Issues &i)
        : options(o)
        , issues(i)
    {
    }
    const ReadOptions &options;
    Issues &issues;
    Index index;
    QHash<QString, Panel> panels; // by the Observation's "Type/id" or fullUrl
    QSet<QString> facilityKeys;
    QSet<QString> attachedDocuments; // DocumentReferences a Composition shows as attachments
    QStringList skippedTypes;
    model::ResourceSet out;

    void addFacility(model::Facility facility);
};

// One resource being read.
class Res {
public:
    // `container` is the resource whose `contained` this one came from, if any.
    Res(Context &context, Obj object, QString fullUrl, const Res *container = nullptr);

    Context &ctx;
    Obj obj;
    QString type;
    QString id;
    QString fullUrl;
    QString sourceId; // "Type/id", else the fullUrl; "Container/id#id" when contained

    // Resolves "#id" against `contained`, and urn:uuid, Type/id and absolute references
    // against the Bundle; a null Located when it does not resolve.
    Located resolve(const QString &reference) const;
    Located resolve(const Obj &reference) const
    {
        return resolve(reference.str(QStringLiteral("reference")));
    }
    // The contained resources, in order, with their paths.
    const QList<Located> &contained() const { return *m_contained; }

    // The `patient` key of a clinical value (see reader.h): the id of the referenced Patient.
    QString patientKey(const Obj &reference) const;
    // A person's or organization's name for a reference: resolved name first, then display.
    QString nameOf(const Obj &reference) const;
    // The facility: the JP_eCS_InstitutionNumber extension, else the first of `organizations`
    // (references to an Organization, or to a PractitionerRole / Practitioner with one).
    model::FacilityRef facility(const QList<Obj> &organizations = {}) const;
    QString department() const; // the JP_eCS_Department extension
    model::Provenance provenance(const model::FacilityRef &facility) const;

private:
    model::FacilityRef facilityOfReference(const Obj &reference) const;

    QList<Located> m_ownContained;
    const QList<Located> *m_contained = &m_ownContained;
};

// FacilityRef of an Organization resource.
model::FacilityRef facilityRefOf(const Obj &organization);
// A person's name from a Practitioner, Patient, RelatedPerson, Organization or PractitionerRole.
QString resourceName(const Res &from, const Located &resource);

} // namespace renkei::fhir::detail

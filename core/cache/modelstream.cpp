#include "cache/modelstream.h"

#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace renkei::model {

namespace {

// Each type's fields, in one place, for both directions.
template <typename T>
auto fields(T &v)
{
    using V = std::remove_const_t<T>;
    if constexpr (std::is_same_v<V, Provenance>)
        return std::tie(v.source, v.sourceSystem, v.sourceId, v.facilityCode, v.facilityName,
            v.profile, v.orderNumber, v.cancelled);
    else if constexpr (std::is_same_v<V, FacilityRef>)
        return std::tie(v.code, v.name);
    else if constexpr (std::is_same_v<V, Coding>)
        return std::tie(v.system, v.code, v.display, v.version);
    else if constexpr (std::is_same_v<V, CodeableConcept>)
        return std::tie(v.codings, v.text);
    else if constexpr (std::is_same_v<V, Identifier>)
        return std::tie(v.system, v.value, v.type);
    else if constexpr (std::is_same_v<V, Period>)
        return std::tie(v.start, v.end);
    else if constexpr (std::is_same_v<V, ReferenceRange>)
        return std::tie(v.low, v.high, v.unit, v.text, v.type);
    else if constexpr (std::is_same_v<V, Attachment>)
        return std::tie(v.contentType, v.title, v.url, v.data, v.size, v.language);
    else if constexpr (std::is_same_v<V, DocumentSection>)
        return std::tie(
            v.code, v.codeSystem, v.title, v.narrative, v.narrativeHtml, v.entries, v.sections);
    else if constexpr (std::is_same_v<V, Patient>)
        return std::tie(v.provenance, v.id, v.kanjiName, v.kanaName, v.otherName, v.birthDate,
            v.sex, v.identifiers, v.address, v.phone, v.deceased);
    else if constexpr (std::is_same_v<V, Facility>)
        return std::tie(v.provenance, v.id, v.name, v.code10, v.code7, v.prefecture, v.department,
            v.identifiers);
    else if constexpr (std::is_same_v<V, Encounter>)
        return std::tie(v.provenance, v.id, v.patient, v.encounterClass, v.classCode, v.status,
            v.period, v.facility, v.department, v.location, v.reason);
    else if constexpr (std::is_same_v<V, LabResult>)
        return std::tuple_cat(
            std::tie(v.provenance, v.id, v.patient, v.code, v.display, v.numericValue, v.comparator,
                v.textValue, v.unit, v.unitCode, v.unitSystem, v.range),
            std::tie(v.flag, v.flagCode, v.specimen, v.effective, v.issued, v.status, v.panel,
                v.panelId, v.performer, v.facility, v.note, v.category));
    else if constexpr (std::is_same_v<V, Medication>)
        return std::tuple_cat(std::tie(v.provenance, v.kind, v.id, v.patient, v.medication, v.name,
                                  v.dose, v.doseUnit, v.dailyDose, v.usageText, v.usageCode,
                                  v.usageCodeSystem, v.days, v.total, v.totalUnit),
            std::tie(v.start, v.end, v.authored, v.handedOver, v.route, v.method, v.asNeeded,
                v.asNeededCondition, v.status, v.category, v.prescriber, v.rpNumber, v.facility,
                v.note));
    else if constexpr (std::is_same_v<V, ClinicalDocument>)
        return std::tie(v.provenance, v.kind, v.id, v.patient, v.type, v.title, v.date, v.event,
            v.author, v.status, v.facility, v.destination, v.sections, v.attachments);
    else if constexpr (std::is_same_v<V, Condition>)
        return std::tie(v.provenance, v.id, v.patient, v.code, v.display, v.clinicalStatus,
            v.verificationStatus, v.category, v.severity, v.onset, v.abatement, v.recorded,
            v.primary, v.suspected, v.facility, v.note);
    else if constexpr (std::is_same_v<V, Allergy>)
        return std::tie(v.provenance, v.id, v.patient, v.code, v.display, v.type, v.category,
            v.criticality, v.clinicalStatus, v.verificationStatus, v.reactions, v.severity, v.onset,
            v.recorded, v.facility, v.note);
    else if constexpr (std::is_same_v<V, ResourceSet>)
        return std::tie(v.patients, v.facilities, v.encounters, v.labs, v.medications, v.documents,
            v.conditions, v.allergies);
}

// The types listed in fields() (for the others it returns void).
template <typename T>
concept Streamed = !std::is_void_v<decltype(fields(std::declval<T &>()))>;

} // namespace

template <typename T>
requires Streamed<T> QDataStream &operator<<(QDataStream &out, const T &value);
template <typename T>
requires Streamed<T> QDataStream &operator>>(QDataStream &in, T &value);

QDataStream &operator<<(QDataStream &out, const PartialDateTime &value)
{
    return out << (value.isNull() ? QString() : value.toIso());
}

QDataStream &operator>>(QDataStream &in, PartialDateTime &value)
{
    QString text;
    in >> text;
    value = text.isEmpty() ? PartialDateTime() : PartialDateTime::parse(text);
    return in;
}

template <typename N>
QDataStream &operator<<(QDataStream &out, const std::optional<N> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
    return out;
}

template <typename N>
QDataStream &operator>>(QDataStream &in, std::optional<N> &value)
{
    bool present = false;
    in >> present;
    value.reset();
    if (present) {
        N number {};
        in >> number;
        value = number;
    }
    return in;
}

template <typename T>
QDataStream &writeFields(QDataStream &out, const T &value)
{
    std::apply([&out](const auto &...field) { ((out << field), ...); }, fields(value));
    return out;
}

template <typename T>
QDataStream &readFields(QDataStream &in, T &value)
{
    std::apply([&in](auto &...field) { ((in >> field), ...); }, fields(value));
    return in;
}

template <typename T>
requires Streamed<T> QDataStream &operator<<(QDataStream &out, const T &value)
{
    return writeFields(out, value);
}

template <typename T>
requires Streamed<T> QDataStream &operator>>(QDataStream &in, T &value)
{
    return readFields(in, value);
}

QDataStream &operator<<(QDataStream &out, const ResourceSet &set)
{
    return writeFields(out, set);
}

QDataStream &operator>>(QDataStream &in, ResourceSet &set)
{
    return readFields(in, set);
}

} // namespace renkei::model

#include "clinical/patientrecord.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::clinical {

namespace {

// FNV-1a over the UTF-16 code units: the same number on every run and every Qt version.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

qint64 firstTime(std::initializer_list<const model::PartialDateTime *> candidates)
{
    for (const model::PartialDateTime *value : candidates) {
        if (!value->isNull())
            return msecsOf(*value);
    }
    return kNoTime;
}

qint64 timeOfMedication(const model::Medication &m)
{
    switch (m.kind) {
    case model::Medication::Kind::Order:
        return firstTime({ &m.authored, &m.start });
    case model::Medication::Kind::Dispense:
        return firstTime({ &m.handedOver, &m.authored, &m.start });
    case model::Medication::Kind::Statement:
        return firstTime({ &m.start, &m.authored });
    }
    return kNoTime;
}

bool isInactiveStatus(const QString &status)
{
    return status == u"inactive"_s || status == u"resolved"_s || status == u"refuted"_s
        || status == u"entered-in-error"_s || status == u"remission"_s;
}

// The same resource read twice (standalone and again inside a document Bundle) has one source
// id: keep one value, the richer one when `better` says so.
template <typename T, typename Better>
int mergeSameSource(QList<T> &values, Better better)
{
    QSet<QStringView> ids;
    ids.reserve(values.size());
    bool twice = false;
    for (const T &value : std::as_const(values)) {
        const QString &id = value.provenance.sourceId;
        if (id.isEmpty())
            continue;
        const qsizetype before = ids.size();
        ids.insert(QStringView(id));
        if (ids.size() == before) {
            twice = true;
            break;
        }
    }
    if (!twice)
        return 0; // the usual case: nothing copied
    QHash<QString, qsizetype> seen;
    seen.reserve(values.size());
    QList<T> kept;
    kept.reserve(values.size());
    for (T &value : values) {
        const QString &id = value.provenance.sourceId;
        if (id.isEmpty()) {
            kept.append(std::move(value));
            continue;
        }
        const auto it = seen.constFind(id);
        if (it == seen.constEnd()) {
            seen.insert(id, kept.size());
            kept.append(std::move(value));
        } else if (better(value, kept.at(*it))) {
            kept[*it] = std::move(value);
        }
    }
    const int merged = int(values.size() - kept.size());
    values = std::move(kept);
    return merged;
}

int documentWeight(const model::ClinicalDocument &d)
{
    return int(d.sections.size() + d.attachments.size());
}

// A DocumentReference that only points at what a structured document of the record already
// holds: its PDF (the same attachment url), or the document Bundle itself (an index entry of the
// same kind and date). Listing it would show the same letter twice.
bool isIndexOnly(const model::ClinicalDocument &d, const QSet<QString> &attachedUrls,
    const QSet<QPair<int, qint64>> &structured)
{
    if (!d.sections.isEmpty() || d.attachments.isEmpty())
        return false;
    for (const model::Attachment &a : d.attachments) {
        const bool attachedElsewhere = !a.url.isEmpty() && attachedUrls.contains(a.url);
        const bool theDocumentItself
            = (a.contentType == u"application/fhir+json"_s || a.url.startsWith(u"Bundle/"_s))
            && structured.contains({ int(d.kind), msecsOf(d.date) });
        if (!attachedElsewhere && !theDocumentItself)
            return false;
    }
    return true;
}

template <typename T>
int removeOtherPatients(QList<T> &values, const QSet<QString> &accepted)
{
    const auto other = [&accepted](const T &value) {
        return !value.patient.isEmpty() && !accepted.contains(value.patient);
    };
    // Look before removing: removeIf would copy a shared list even when nothing goes.
    if (std::none_of(std::as_const(values).cbegin(), std::as_const(values).cend(), other))
        return 0;
    return int(values.removeIf(other));
}

} // namespace

std::shared_ptr<const PatientRecord> PatientRecord::build(
    model::ResourceSet resources, const RecordOptions &options)
{
    auto record = std::make_shared<PatientRecord>(PatientRecord());
    record->m_resources = std::move(resources);
    record->m_lastViewed = options.lastViewed;
    record->m_lastWritten = options.lastWritten;
    record->filterPatient(options.patientId);
    record->mergeDuplicates();
    record->index();
    return record;
}

std::shared_ptr<const PatientRecord> PatientRecord::fromCache(cache::PatientRecordData data)
{
    RecordOptions options;
    options.patientId = data.patient.patientId;
    options.lastViewed = data.patient.lastViewed;
    options.lastWritten = data.patient.lastWritten;
    auto record = std::make_shared<PatientRecord>(PatientRecord());
    record->m_resources = std::move(data.resources);
    record->m_problems = std::move(data.problems);
    record->m_lastViewed = options.lastViewed;
    record->m_lastWritten = options.lastWritten;
    record->m_cacheKey = data.patient.key;
    record->filterPatient(options.patientId);
    if (!record->hasPatient() && !data.patient.patientId.isEmpty()) {
        // The Patient row itself is missing (quarantined): keep the cache's demographics.
        model::Patient patient;
        patient.id = data.patient.patientId;
        patient.kanjiName = data.patient.kanjiName;
        patient.kanaName = data.patient.kanaName;
        patient.otherName = data.patient.otherName;
        patient.birthDate = data.patient.birthDate;
        const QString sex = data.patient.sex;
        patient.sex = sex == u"male"_s ? model::Sex::Male
            : sex == u"female"_s       ? model::Sex::Female
            : sex == u"other"_s        ? model::Sex::Other
                                       : model::Sex::Unknown;
        record->m_resources.patients.append(patient);
        record->m_patientIndex = int(record->m_resources.patients.size() - 1);
    }
    record->mergeDuplicates();
    record->index();
    return record;
}

const model::Patient &PatientRecord::patient() const
{
    static const model::Patient empty;
    return m_patientIndex >= 0 ? m_resources.patients.at(m_patientIndex) : empty;
}

// Only the subject's values stay: a value that names another patient is never shown.
void PatientRecord::filterPatient(const QString &patientId)
{
    QString subject = patientId;
    if (subject.isEmpty()) {
        QSet<QString> ids;
        for (const model::Patient &p : std::as_const(m_resources.patients))
            ids.insert(p.id);
        if (ids.size() == 1)
            subject = *ids.cbegin();
        else if (ids.size() > 1)
            m_problems.append(Error { Error::Kind::Invalid,
                u"the values name several patients; none were left out"_s, {}, {},
                u"several-patients"_s });
    }
    if (subject.isEmpty()) {
        m_patientIndex = m_resources.patients.isEmpty() ? -1 : 0;
        return;
    }
    QSet<QString> accepted { subject };
    for (const model::Patient &p : std::as_const(m_resources.patients)) {
        if (p.id != subject)
            continue;
        for (const model::Identifier &id : p.identifiers)
            accepted.insert(id.system + u'|' + id.value);
    }
    int excluded = int(m_resources.patients.removeIf(
        [&subject](const model::Patient &p) { return p.id != subject; }));
    excluded += removeOtherPatients(m_resources.encounters, accepted);
    excluded += removeOtherPatients(m_resources.labs, accepted);
    excluded += removeOtherPatients(m_resources.medications, accepted);
    excluded += removeOtherPatients(m_resources.documents, accepted);
    excluded += removeOtherPatients(m_resources.conditions, accepted);
    excluded += removeOtherPatients(m_resources.allergies, accepted);
    m_excluded = excluded;
    if (excluded > 0)
        m_problems.append(Error { Error::Kind::Invalid,
            u"%1 values of another patient were left out"_s.arg(excluded), {}, {},
            u"other-patient"_s });
    m_patientIndex = m_resources.patients.isEmpty() ? -1 : 0;
}

void PatientRecord::mergeDuplicates()
{
    auto first = [](const auto &, const auto &) { return false; };
    int merged = mergeSameSource(m_resources.encounters, first);
    merged += mergeSameSource(m_resources.labs, first);
    merged += mergeSameSource(m_resources.medications, first);
    merged += mergeSameSource(m_resources.conditions, first);
    merged += mergeSameSource(m_resources.allergies, first);
    merged += mergeSameSource(m_resources.documents,
        [](const model::ClinicalDocument &candidate, const model::ClinicalDocument &kept) {
            return documentWeight(candidate) > documentWeight(kept);
        });
    QSet<QString> attachedUrls;
    QSet<QPair<int, qint64>> structured;
    for (const model::ClinicalDocument &d : std::as_const(m_resources.documents)) {
        if (d.sections.isEmpty())
            continue;
        structured.insert({ int(d.kind), msecsOf(d.date) });
        for (const model::Attachment &a : d.attachments) {
            if (!a.url.isEmpty())
                attachedUrls.insert(a.url);
        }
    }
    merged += int(m_resources.documents.removeIf([&](const model::ClinicalDocument &d) {
        return isIndexOnly(d, attachedUrls, structured);
    }));
    m_merged = merged;
}

void PatientRecord::index()
{
    indexFacilities();
    indexDates();
    for (qsizetype i = 0; i < m_resources.allergies.size(); ++i) {
        const model::Allergy &a = m_resources.allergies.at(i);
        if (a.provenance.cancelled || isInactiveStatus(a.clinicalStatus)
            || isInactiveStatus(a.verificationStatus))
            continue;
        m_activeAllergies.push_back(int(i));
    }
    for (qsizetype i = 0; i < m_resources.conditions.size(); ++i) {
        const model::Condition &c = m_resources.conditions.at(i);
        if (c.provenance.cancelled || isInactiveStatus(c.verificationStatus))
            continue;
        const bool active = c.clinicalStatus.isEmpty()
            ? c.abatement.isNull()
            : (c.clinicalStatus == u"active"_s || c.clinicalStatus == u"recurrence"_s
                || c.clinicalStatus == u"relapse"_s);
        if (active)
            m_activeConditions.push_back(int(i));
    }
}

void PatientRecord::indexFacilities()
{
    // Names and codes the Organizations give, so that a value naming only one finds the other.
    QHash<QString, QString> nameOfCode;
    QHash<QString, QString> codeOfName;
    for (const model::Facility &f : std::as_const(m_resources.facilities)) {
        if (f.code10.isEmpty() || f.name.isEmpty())
            continue;
        nameOfCode.insert(f.code10, f.name);
        codeOfName.insert(f.name.trimmed(), f.code10);
    }
    QList<FacilityInfo> found;
    QHash<QString, int> foundByKey;
    auto idOf = [&](const model::FacilityRef &ref) -> int {
        if (ref.isEmpty())
            return -1;
        QString code = ref.code.trimmed();
        const QString name = ref.name.trimmed();
        if (code.isEmpty())
            code = codeOfName.value(name);
        const QString key = code.isEmpty() ? name : code;
        const auto it = foundByKey.constFind(key);
        if (it != foundByKey.constEnd()) {
            if (found[*it].name.isEmpty() && !name.isEmpty())
                found[*it].name = name;
            return *it;
        }
        FacilityInfo info;
        info.key = key;
        info.code = code;
        info.name = nameOfCode.value(code, name);
        found.append(info);
        foundByKey.insert(key, int(found.size() - 1));
        return int(found.size() - 1);
    };
    std::array<std::vector<int>, kResourceKindCount> ids;
    auto collect = [&](ResourceKind kind, const auto &values) {
        auto &list = ids[static_cast<size_t>(kind)];
        list.reserve(size_t(values.size()));
        const model::FacilityRef *previous = nullptr;
        int previousId = -1;
        for (const auto &value : values) {
            // Values come in runs from one facility: compare before hashing.
            if (!previous || !(value.facility == *previous))
                previousId = idOf(value.facility);
            previous = &value.facility;
            list.push_back(previousId);
        }
    };
    collect(ResourceKind::Encounter, m_resources.encounters);
    collect(ResourceKind::Lab, m_resources.labs);
    collect(ResourceKind::Medication, m_resources.medications);
    collect(ResourceKind::Document, m_resources.documents);
    collect(ResourceKind::Condition, m_resources.conditions);
    collect(ResourceKind::Allergy, m_resources.allergies);

    m_facilities = found;
    // Colours first, in key order, so they do not depend on names or on hash-table order.
    std::sort(m_facilities.begin(), m_facilities.end(),
        [](const FacilityInfo &a, const FacilityInfo &b) { return a.key < b.key; });
    std::array<bool, kFacilityColourCount> taken {};
    for (FacilityInfo &f : m_facilities) {
        const int preferred = int(stableHash(f.key) % kFacilityColourCount);
        f.colourIndex = preferred;
        for (int step = 0; step < kFacilityColourCount; ++step) {
            const int slot = (preferred + step) % kFacilityColourCount;
            if (!taken[size_t(slot)]) {
                f.colourIndex = slot;
                break;
            }
        }
        taken[size_t(f.colourIndex)] = true;
    }
    std::sort(
        m_facilities.begin(), m_facilities.end(), [](const FacilityInfo &a, const FacilityInfo &b) {
            return a.name != b.name ? a.name < b.name : a.key < b.key;
        });
    m_facilityByKey.clear();
    for (int i = 0; i < m_facilities.size(); ++i)
        m_facilityByKey.insert(m_facilities.at(i).key, i);
    std::vector<int> finalIndex(size_t(found.size()), -1);
    for (int i = 0; i < found.size(); ++i)
        finalIndex[size_t(i)] = m_facilityByKey.value(found.at(i).key, -1);
    for (int k = 0; k < kResourceKindCount; ++k) {
        auto &facility = m_index[size_t(k)].facility;
        facility.clear();
        facility.reserve(ids[size_t(k)].size());
        for (const int id : ids[size_t(k)])
            facility.push_back(id < 0 ? -1 : finalIndex[size_t(id)]);
    }
    for (qsizetype i = 0; i < m_resources.medications.size(); ++i) {
        const int f = m_index[size_t(ResourceKind::Medication)].facility[size_t(i)];
        if (f >= 0 && m_resources.medications.at(i).kind == model::Medication::Kind::Dispense)
            m_facilities[f].dispenses = true;
    }
}

void PatientRecord::indexDates()
{
    auto times = [this](ResourceKind kind) -> std::vector<qint64> & {
        return m_index[size_t(kind)].times;
    };
    for (const model::Encounter &e : std::as_const(m_resources.encounters))
        times(ResourceKind::Encounter).push_back(firstTime({ &e.period.start, &e.period.end }));
    for (const model::LabResult &l : std::as_const(m_resources.labs))
        times(ResourceKind::Lab).push_back(firstTime({ &l.effective, &l.issued }));
    for (const model::Medication &m : std::as_const(m_resources.medications))
        times(ResourceKind::Medication).push_back(timeOfMedication(m));
    for (const model::ClinicalDocument &d : std::as_const(m_resources.documents))
        times(ResourceKind::Document).push_back(firstTime({ &d.date, &d.event.start }));
    for (const model::Condition &c : std::as_const(m_resources.conditions))
        times(ResourceKind::Condition).push_back(firstTime({ &c.onset, &c.recorded }));
    for (const model::Allergy &a : std::as_const(m_resources.allergies))
        times(ResourceKind::Allergy).push_back(firstTime({ &a.onset, &a.recorded }));

    for (int k = 0; k < kResourceKindCount; ++k) {
        KindIndex &index = m_index[size_t(k)];
        index.sorted.resize(index.times.size());
        for (size_t i = 0; i < index.sorted.size(); ++i)
            index.sorted[i] = int(i);
        std::stable_sort(index.sorted.begin(), index.sorted.end(),
            [&index](int a, int b) { return index.times[size_t(a)] < index.times[size_t(b)]; });
        for (size_t i = 0; i < index.times.size(); ++i) {
            const qint64 t = index.times[i];
            if (t == kNoTime)
                continue;
            m_newest = m_newest == kNoTime ? t : std::max(m_newest, t);
            const int f = index.facility[i];
            if (f < 0)
                continue;
            FacilityInfo &info = m_facilities[f];
            const QDate day = japanDate(t);
            if (!info.first.isValid() || day < info.first)
                info.first = day;
            if (!info.last.isValid() || day > info.last)
                info.last = day;
        }
        for (const int f : index.facility) {
            if (f >= 0)
                ++m_facilities[f].valueCount;
        }
    }
}

int PatientRecord::sharingFacilityCount() const
{
    return int(std::count_if(m_facilities.cbegin(), m_facilities.cend(),
        [](const FacilityInfo &f) { return f.valueCount > 0; }));
}

int PatientRecord::facilityIndex(const model::FacilityRef &ref) const
{
    if (ref.isEmpty())
        return -1;
    if (!ref.code.trimmed().isEmpty())
        return m_facilityByKey.value(ref.code.trimmed(), -1);
    const QString name = ref.name.trimmed();
    const int byKey = m_facilityByKey.value(name, -1);
    if (byKey >= 0)
        return byKey;
    for (int i = 0; i < m_facilities.size(); ++i) {
        if (m_facilities.at(i).name == name)
            return i;
    }
    return -1;
}

int PatientRecord::facilityIndexByKey(const QString &key) const
{
    return m_facilityByKey.value(key, -1);
}

int PatientRecord::facilityOf(ResourceKind kind, qsizetype index) const
{
    const auto &list = kindIndex(kind).facility;
    return index >= 0 && size_t(index) < list.size() ? list[size_t(index)] : -1;
}

qint64 PatientRecord::timeOf(ResourceKind kind, qsizetype index) const
{
    const auto &list = kindIndex(kind).times;
    return index >= 0 && size_t(index) < list.size() ? list[size_t(index)] : kNoTime;
}

const std::vector<int> &PatientRecord::byDate(ResourceKind kind) const
{
    return kindIndex(kind).sorted;
}

int PatientRecord::count(ResourceKind kind) const
{
    return int(kindIndex(kind).times.size());
}

std::vector<int> PatientRecord::inRange(ResourceKind kind, QDate from, QDate to) const
{
    const KindIndex &index = kindIndex(kind);
    const qint64 low = from.isValid() ? japanDayStart(from) : kNoTime + 1;
    const qint64 high
        = to.isValid() ? japanDayStart(to.addDays(1)) : std::numeric_limits<qint64>::max();
    auto timeLess = [&index](int i, qint64 t) { return index.times[size_t(i)] < t; };
    const auto first = std::lower_bound(index.sorted.cbegin(), index.sorted.cend(), low, timeLess);
    const auto last = std::lower_bound(first, index.sorted.cend(), high, timeLess);
    return std::vector<int>(first, last);
}

std::vector<int> PatientRecord::ofFacility(ResourceKind kind, int facility) const
{
    std::vector<int> out;
    const KindIndex &index = kindIndex(kind);
    for (const int i : index.sorted) {
        if (index.facility[size_t(i)] == facility)
            out.push_back(i);
    }
    return out;
}

std::optional<int> PatientRecord::ageAt(QDate date) const
{
    const QDate birth = patient().birthDate;
    if (!birth.isValid() || !date.isValid() || date < birth)
        return std::nullopt;
    int years = date.year() - birth.year();
    QDate birthday(date.year(), birth.month(), birth.day());
    if (!birthday.isValid()) // 29 February in a common year
        birthday = QDate(date.year(), 3, 1);
    if (date < birthday)
        --years;
    return years;
}

QDateTime PatientRecord::lastUpdated() const
{
    if (m_lastWritten.isValid())
        return m_lastWritten;
    if (m_newest == kNoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_newest, QTimeZone::utc());
}

} // namespace renkei::clinical

#include "generator_context.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {

int PatientInfo::ageAt(QDate date) const
{
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month()
        || (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --age;
    return age;
}

Context::Context(const GeneratorOptions &options, Dataset &dataset)
    : m_today(options.today.isValid() ? options.today : QDate::currentDate())
    , m_large(options.size == GeneratorOptions::Size::Large)
    , m_cap(json::toUtc(When { m_today, 0 }))
    , m_rng(options.seed)
    , m_dataset(dataset)
{
}

QString Context::nextId(QStringView prefix)
{
    int &counter = m_counters[prefix.toString()];
    ++counter;
    return prefix + QString::asprintf("-%06d", counter);
}

QString Context::urnUuid()
{
    const quint64 a = m_rng.next();
    const quint64 b = m_rng.next();
    // Version 4 layout: xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx
    return QString::asprintf("urn:uuid:%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32),
        unsigned((a >> 16) & 0xFFFF), unsigned(a & 0xFFF), unsigned(0x8000 | ((b >> 48) & 0x3FFF)),
        static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFULL));
}

void Context::add(QStringView type, const QString &id, const QString &patientId,
    const When &clinical, QJsonObject json, QStringView profile)
{
    const QDateTime clinicalUtc = json::toUtc(clinical);
    QDateTime updated = clinicalUtc.addSecs(qint64(m_rng.between(10, 60 * 36)) * 60);
    // Also never before the clinical date read as a UTC date, so that either reading holds.
    updated = std::max(updated, QDateTime(clinical.date, QTime(0, 0), Qt::UTC).addSecs(3600));
    if (updated > m_cap)
        updated = std::max(clinicalUtc, m_cap);
    QJsonObject meta { { u"lastUpdated"_s, json::utc(updated) } };
    if (!profile.isEmpty())
        meta.insert(u"profile"_s, QJsonArray { profile.toString() });
    json.insert(u"resourceType"_s, type.toString());
    json.insert(u"id"_s, id);
    json.insert(u"meta"_s, meta);
    m_index.insert(type + u'/' + id, m_dataset.resources.size());
    m_dataset.resources.append(
        StoredResource { type.toString(), id, patientId, updated, clinical.date, json });
}

const StoredResource *Context::find(QStringView type, const QString &id) const
{
    const qsizetype at = m_index.value(type + u'/' + id, -1);
    return at < 0 ? nullptr : &m_dataset.resources.at(at);
}

QJsonValue Context::cached(const QString &key, const std::function<QJsonValue()> &make)
{
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, make());
    return it.value();
}

} // namespace renkei::demo::gen

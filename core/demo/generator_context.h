#pragma once

#include "dataset.h"
#include "generator_json.h"
#include "generator_rng.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

// The state one generate() call threads through its parts: the options' "today", the random
// streams, id counters and the growing Dataset.
namespace renkei::demo::gen {

struct PatientInfo {
    QString id; // logical id, e.g. pat-001
    int index = 0;
    bool female = false;
    QDate birthDate;
    QString family, given, familyKana, givenKana;
    QString regionalId;
    QMap<QString, QString> localIds; // facility key -> the patient's id at that facility

    QString name() const { return family + u' ' + given; }
    int ageAt(QDate date) const;
};

class Context {
public:
    Context(const GeneratorOptions &options, Dataset &dataset);

    QDate today() const { return m_today; }
    bool large() const { return m_large; }
    Rng &rng() { return m_rng; }
    Dataset &dataset() { return m_dataset; }

    // The next id of a kind: prefix-000001 (counters per prefix, so ids are stable).
    QString nextId(QStringView prefix);
    // A random (deterministic) UUID, as urn:uuid:...
    QString urnUuid();

    // Stores a resource: sets id and meta (lastUpdated a little after `clinical`, never after
    // the end of the history; profile when given) and the StoredResource fields.
    void add(QStringView type, const QString &id, const QString &patientId, const When &clinical,
        QJsonObject json, QStringView profile = {});

    // A stored resource by type and id, or nullptr.
    const StoredResource *find(QStringView type, const QString &id) const;

    // A JSON fragment built once and shared (Qt's implicit sharing) by every resource that
    // repeats it, e.g. a lab test's code at one facility.
    QJsonValue cached(const QString &key, const std::function<QJsonValue()> &make);

private:
    QDate m_today;
    bool m_large;
    QDateTime m_cap; // no lastUpdated after this (today 00:00 JST, in UTC)
    Rng m_rng;
    Dataset &m_dataset;
    QHash<QString, int> m_counters;
    QHash<QString, QJsonValue> m_cache;
    QHash<QString, qsizetype> m_index; // "Type/id" -> position in the dataset
};

} // namespace renkei::demo::gen

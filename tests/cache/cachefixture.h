#pragma once

#include "cache/cache.h"
#include "crypto/keystore.h"
#include "demo/dataset.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Demo data and file helpers shared by the cache tests.
namespace renkei::test {

inline const QString kNetwork = QStringLiteral("hanamizuki-demo");

// One demo patient: what must never appear in clear on disk, and its resources as a server
// sends them.
struct DemoPatient {
    QString id;
    QString kanjiName;
    QString kanaName;
    QDate birthDate;
    QStringList identifierValues;
    QStringList identifierTexts; // system|value
    QList<cache::RawResource> resources;
    cache::PatientRef ref() const { return { kNetwork, id }; }
};

// The typical demo dataset (generated once per process).
const demo::Dataset &demoDataset();
// Its patients, most resources first.
const QList<DemoPatient> &demoPatients();
cache::RawResource rawResource(const demo::StoredResource &stored);

// Writes `resources` in pages of `pageSize`, one cursor per page; QVERIFY-style failure as false.
bool writePages(cache::Cache &cache, const cache::PatientRef &patient,
    const QList<cache::RawResource> &resources, int pageSize = 250);

// What fhir::readJson makes of the resources directly, for comparison with what the cache opens.
model::ResourceSet expectedValues(const QList<cache::RawResource> &resources);

// The needles of `patient` in UTF-8 and UTF-16LE.
QList<QByteArray> clearNeedles(const DemoPatient &patient);
// Every needle found in any file under `folder`, as "file: needle index".
QStringList findInFolder(const QString &folder, const QList<QByteArray> &needles);

QByteArray fileDigest(const QString &path);

// Opens a cache (a warning and null on error).
std::unique_ptr<cache::Cache> openCacheAt(const QString &path, crypto::KeyStore &store,
    const QString &scope, const cache::CacheOptions &options = {});

// A second, raw connection to a cache file (for tampering and inspection), closed on destruction.
class RawConnection {
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    QSqlDatabase &db() { return m_db; }
    bool exec(const QString &sql);
    QList<QList<QVariant>> rows(const QString &sql);
    // A resource row's sealed body, read and replaced.
    QByteArray body(qint64 rowId);
    bool setBody(qint64 rowId, const QByteArray &body);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace renkei::test

// Fails the test with the error's description when a Result holds an error.
#define RENKEI_VERIFY_OK(result)                                                                   \
    do {                                                                                           \
        if (!(result))                                                                             \
            QFAIL(qPrintable((result).error().describe()));                                        \
    } while (false)

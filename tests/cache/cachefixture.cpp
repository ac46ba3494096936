#include "cachefixture.h"

#include "fhir/reader.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::test {

const demo::Dataset &demoDataset()
{
    static const demo::Dataset dataset = demo::generate(
        demo::GeneratorOptions { demo::GeneratorOptions::Size::Typical, 5, QDate(2025, 6, 1) });
    return dataset;
}

cache::RawResource rawResource(const demo::StoredResource &stored)
{
    cache::RawResource raw;
    const QByteArray json = QJsonDocument(stored.json).toJson(QJsonDocument::Compact);
    cache::RawResource::fromJson(json, &raw);
    return raw;
}

const QList<DemoPatient> &demoPatients()
{
    static const QList<DemoPatient> patients = [] {
        QHash<QString, DemoPatient> byId;
        for (const demo::StoredResource &stored : demoDataset().resources) {
            const QString owner = stored.type == u"Patient"_s ? stored.id : stored.patientId;
            if (owner.isEmpty())
                continue;
            DemoPatient &patient = byId[owner];
            patient.id = owner;
            patient.resources.append(rawResource(stored));
            if (stored.type != u"Patient"_s)
                continue;
            auto read = fhir::readResource(stored.json, u"demo"_s);
            if (!read || read->resources.patients.isEmpty())
                continue;
            const model::Patient &p = read->resources.patients.first();
            patient.kanjiName = p.kanjiName;
            patient.kanaName = p.kanaName;
            patient.birthDate = p.birthDate;
            for (const model::Identifier &id : p.identifiers) {
                patient.identifierValues.append(id.value);
                patient.identifierTexts.append(id.system + u'|' + id.value);
            }
        }
        QList<DemoPatient> list = byId.values();
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.resources.size() != b.resources.size()
                ? a.resources.size() > b.resources.size()
                : a.id < b.id;
        });
        return list;
    }();
    return patients;
}

bool writePages(cache::Cache &cache, const cache::PatientRef &patient,
    const QList<cache::RawResource> &resources, int pageSize)
{
    for (qsizetype start = 0; start < resources.size(); start += pageSize) {
        cache::SyncCursor cursor;
        cursor.phase = u"history"_s;
        cursor.resumeUrl = u"https://example.test/fhir?page=%1"_s.arg(start / pageSize + 1);
        auto done = cache.putPage(patient, resources.mid(start, pageSize), cursor);
        if (!done) {
            qWarning() << done.error().describe();
            return false;
        }
    }
    return true;
}

model::ResourceSet expectedValues(const QList<cache::RawResource> &resources)
{
    model::ResourceSet set;
    fhir::ReadOptions options;
    options.sourceSystem = kNetwork;
    options.checkProfiles = false;
    for (const cache::RawResource &resource : resources) {
        auto read = fhir::readJson(resource.json, u"cache"_s, options);
        if (read)
            set.append(std::move(read->resources));
    }
    return set;
}

QList<QByteArray> clearNeedles(const DemoPatient &patient)
{
    QStringList texts { patient.kanjiName, patient.kanaName, patient.id,
        patient.birthDate.toString(Qt::ISODate) };
    for (const QString &name : { patient.kanjiName, patient.kanaName }) {
        texts += name.split(QRegularExpression(u"[\\s\u3000]+"_s), Qt::SkipEmptyParts)
                     .filter(QRegularExpression(u"^.{2,}$"_s));
    }
    texts += patient.identifierValues;
    QList<QByteArray> needles;
    for (const QString &text : std::as_const(texts)) {
        if (text.size() < 2)
            continue;
        needles.append(text.toUtf8());
        needles.append(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    }
    return needles;
}

QStringList findInFolder(const QString &folder, const QList<QByteArray> &needles)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (qsizetype i = 0; i < needles.size(); ++i) {
            if (bytes.contains(needles.at(i)))
                found.append(u"%1: needle %2"_s.arg(QFileInfo(path).fileName()).arg(i));
        }
    }
    return found;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<cache::Cache> openCacheAt(const QString &path, crypto::KeyStore &store,
    const QString &scope, const cache::CacheOptions &options)
{
    auto opened = cache::Cache::open(path, store, scope, options);
    if (!opened) {
        qWarning() << opened.error().describe();
        return {};
    }
    return std::move(*opened);
}

QByteArray RawConnection::body(qint64 rowId)
{
    const auto found = rows(u"SELECT body FROM resources WHERE row_id = %1"_s.arg(rowId));
    return found.isEmpty() ? QByteArray() : found.first().first().toByteArray();
}

bool RawConnection::setBody(qint64 rowId, const QByteArray &body)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE resources SET body = ? WHERE row_id = ?"_s);
    q.addBindValue(body);
    q.addBindValue(rowId);
    return q.exec() && q.numRowsAffected() == 1;
}

RawConnection::RawConnection(const QString &path)
    : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.open();
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

QList<QList<QVariant>> RawConnection::rows(const QString &sql)
{
    QList<QList<QVariant>> out;
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        qWarning() << q.lastError().text();
    while (q.next()) {
        QList<QVariant> row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        out.append(row);
    }
    return out;
}

} // namespace renkei::test

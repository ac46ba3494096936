// renkei-cli's cache commands (import, patients, show, forget, purge), run as a user runs them:
// real processes on a temporary cache unlocked with a passphrase file.
#include "cache/cache.h"
#include "crypto/passphrasekeystore.h"
#include "demo/dataset.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

using Run = test::ProcessRun;

const QByteArray kPassphrase = "correct horse 連携";

QString sample(const QString &name)
{
    return test::dataDir() + u"/jp-clins/"_s + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Two small patients (with a record) of the demo network and every shared resource (organizations,
// practitioners), as one NDJSON file, the way an export would hand them over.
struct DemoExport {
    QStringList patientIds;
    QStringList kanjiNames;
    QStringList kanaNames;
    qsizetype resources = 0;
};

DemoExport writeDemoExport(const QString &path)
{
    const demo::Dataset dataset = demo::generate(
        demo::GeneratorOptions { demo::GeneratorOptions::Size::Typical, 7, QDate(2025, 6, 1) });
    QHash<QString, int> perPatient;
    for (const demo::StoredResource &r : dataset.resources)
        if (!r.patientId.isEmpty())
            ++perPatient[r.patientId];
    QStringList ids; // patients with a record (some demo patients are only a Patient resource)
    for (auto it = perPatient.cbegin(); it != perPatient.cend(); ++it)
        if (*it >= 30)
            ids.append(it.key());
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return perPatient[a] != perPatient[b] ? perPatient[a] < perPatient[b] : a < b;
    });
    DemoExport out;
    out.patientIds = ids.mid(0, 2);
    QByteArray ndjson;
    for (const demo::StoredResource &r : dataset.resources) {
        const QString owner = r.type == u"Patient"_s ? r.id : r.patientId;
        if (!owner.isEmpty() && !out.patientIds.contains(owner))
            continue;
        ndjson += QJsonDocument(r.json).toJson(QJsonDocument::Compact) + '\n';
        ++out.resources;
        if (r.type == u"Patient"_s) {
            for (const QJsonValue &name : r.json[u"name"_s].toArray()) {
                const QString text
                    = name[u"family"_s].toString() + u' ' + name[u"given"_s][0].toString();
                const QString representation = name[u"extension"_s][0][u"valueCode"_s].toString();
                (representation == u"SYL"_s ? out.kanaNames : out.kanjiNames).append(text);
            }
        }
    }
    writeFile(path, ndjson);
    return out;
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString();
    return doc.object();
}

// Where each needle (UTF-8 and UTF-16LE) occurs among the files of `folder`.
QStringList findInFolder(const QString &folder, const QStringList &texts)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &text : texts) {
            const QByteArray utf16(
                reinterpret_cast<const char *>(text.utf16()), text.size() * qsizetype(2));
            if (bytes.contains(text.toUtf8()) || bytes.contains(utf16))
                found.append(QDir(folder).relativeFilePath(path) + u": "_s + text);
        }
    }
    return found;
}

} // namespace

class TestCacheCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cache;
    QString m_pass;

    Run cli(const QStringList &args, const QString &passFile = {})
    {
        QStringList all { u"--cache"_s, m_cache, u"--passphrase-file"_s,
            passFile.isEmpty() ? m_pass : passFile };
        return test::runProcess(QStringLiteral(RENKEI_CLI_PATH), all + args, 120000);
    }

    QJsonArray patients()
    {
        const Run r = cli({ u"patients"_s, u"--json"_s });
        if (r.exitCode != 0)
            qWarning() << r.err;
        return parseObject(r.out)[u"patients"_s].toArray();
    }

    QJsonObject patientById(const QString &id)
    {
        for (const QJsonValue &p : patients())
            if (p[u"id"_s].toString() == id)
                return p.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(u"cache"_s);
        m_pass = m_dir.filePath(u"pass.txt"_s);
        QVERIFY(writeFile(m_pass, kPassphrase + "\n"));
        // A low scrypt cost, set up through the library (the CLI reads the parameters from the
        // file): unlocking takes milliseconds instead of a second per command.
        QVERIFY(QDir().mkpath(m_cache));
        QVERIFY(crypto::PassphraseKeyStore::unlock(m_cache + u"/cache.sqlite.keyparams"_s,
            crypto::SecretBytes::copyOf(kPassphrase), crypto::ScryptParams { 1024, 8, 1 })
                    .ok());
    }

    void importsJpClinsFilesAndReportsTheRejectedOnes()
    {
        const QString folder = m_dir.filePath(u"clins"_s);
        QVERIFY(QDir().mkpath(folder));
        for (const QString &name : { u"Bundle-Bundle-CLINS-Referral-Example-01.json"_s,
                 u"Bundle-Bundle-CLINS-Observations-Example-01.json"_s,
                 u"Patient-Example-JP-Patient-eCS-MAKINO.json"_s,
                 u"Condition-Example-JP-Condition-eCS-01.json"_s })
            QVERIFY(QFile::copy(sample(name), folder + u'/' + name));
        QVERIFY(writeFile(folder + u"/broken.json"_s, "{\"resourceType\": \"Patient\", "));

        const Run r = cli({ u"import"_s, folder });
        QCOMPARE(r.exitCode, 1); // one file rejected
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"REJECTED  "_s + folder + u"/broken.json"_s), r.out.constData());
        QVERIFY2(out.contains(
                     u"OK        "_s + folder + u"/Bundle-Bundle-CLINS-Referral-Example-01.json"_s),
            r.out.constData());

        // The others are in: the referral's patient with its name, the document kept whole.
        const QJsonObject referral = patientById(u"Example-JP-Patient-eCS-MAKINOInline"_s);
        QCOMPARE(referral[u"kanjiName"_s].toString(), u"牧野 爛漫"_s);
        QCOMPARE(referral[u"kanaName"_s].toString(), u"マキノ ランマン"_s);
        QCOMPARE(referral[u"birthDate"_s].toString(), u"1930-06-28"_s);
        QCOMPARE(referral[u"sex"_s].toString(), u"female"_s);
        QCOMPARE(referral[u"network"_s].toString(), u"import"_s);
        QCOMPARE(referral[u"resources"_s].toInt(), 2); // the Patient and the document Bundle
        // The observations' Bundle: split, its urn:uuid references resolved to its Patient.
        QCOMPARE(patientById(u"InlineExample-JP-Patient-standard"_s)[u"resources"_s].toInt(), 5);
        const QJsonObject makino = patientById(u"Example-JP-Patient-eCS-MAKINO"_s);
        QVERIFY(!makino.isEmpty());
        QCOMPARE(makino[u"kanjiName"_s].toString(), u"牧野 爛漫"_s);
        for (const QString &key : { u"key"_s, u"network"_s, u"id"_s, u"kanjiName"_s, u"kanaName"_s,
                 u"otherName"_s, u"birthDate"_s, u"sex"_s, u"identifiers"_s, u"resources"_s,
                 u"lastViewed"_s, u"lastWritten"_s })
            QVERIFY2(makino.contains(key), qPrintable(key));
        QCOMPARE(makino[u"key"_s].toString().size(), 32);
        // Nothing of them in the clear in the cache folder.
        const QStringList found
            = findInFolder(m_cache, { u"牧野"_s, u"マキノ"_s, u"1930-06-28"_s, u"000999739"_s });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    }

    void importsTheDemoGeneratorsOutputWithStableKeys()
    {
        const QString file = m_dir.filePath(u"demo.ndjson"_s);
        const DemoExport demo = writeDemoExport(file);
        QCOMPARE(demo.patientIds.size(), 2);
        QCOMPARE(demo.kanjiNames.size(), 2);

        Run r = cli({ u"import"_s, u"--network"_s, u"hanamizuki"_s, file });
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QStringList keys;
        for (const QString &id : demo.patientIds) {
            const QJsonObject p = patientById(id);
            QCOMPARE(p[u"network"_s].toString(), u"hanamizuki"_s);
            QVERIFY(demo.kanjiNames.contains(p[u"kanjiName"_s].toString()));
            QVERIFY2(p[u"resources"_s].toInt() > 10,
                qPrintable(QString::number(p[u"resources"_s].toInt())));
            keys.append(p[u"key"_s].toString());
        }
        // Importing again changes nothing: the same keys, the same counts (newer-wins upserts).
        const QJsonArray before = patients();
        r = cli({ u"import"_s, u"--network"_s, u"hanamizuki"_s, file });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray after = patients();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < demo.patientIds.size(); ++i) {
            const QJsonObject p = patientById(demo.patientIds.at(i));
            QCOMPARE(p[u"key"_s].toString(), keys.at(i));
        }
    }

    void showsARecordByKeyInEveryViewWithInspectsKeys()
    {
        const QString key
            = patientById(u"Example-JP-Patient-eCS-MAKINOInline"_s)[u"key"_s].toString();
        QVERIFY(!key.isEmpty());
        QVERIFY(patientById(u"Example-JP-Patient-eCS-MAKINOInline"_s)[u"lastViewed"_s].isNull());

        Run r = cli({ u"show"_s, key, u"--json"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject all = parseObject(r.out);
        QCOMPARE(all[u"patient"_s][u"key"_s].toString(), key);
        QCOMPARE(all[u"patient"_s][u"kanjiName"_s].toString(), u"牧野 爛漫"_s);
        QCOMPARE(all[u"view"_s].toString(), u"all"_s);
        QCOMPARE(all[u"complete"_s].toBool(), true);
        for (const QString &array : { u"facilities"_s, u"encounters"_s, u"labs"_s, u"medications"_s,
                 u"documents"_s, u"conditions"_s, u"allergies"_s })
            QVERIFY2(all[array].isArray(), qPrintable(array));
        QCOMPARE(all[u"conditions"_s].toArray().size(), 5);
        QCOMPARE(all[u"allergies"_s].toArray().size(), 3);

        // The document is the one `inspect --json` reads from the same file: same keys, same
        // values, the cache's compact form notwithstanding.
        r = test::runProcess(QStringLiteral(RENKEI_CLI_PATH),
            { u"inspect"_s, u"--json"_s,
                sample(u"Bundle-Bundle-CLINS-Referral-Example-01.json"_s) });
        const QJsonObject inspected = parseObject(r.out);
        QCOMPARE(all[u"documents"_s].toArray().size(), 1);
        QCOMPARE(all[u"documents"_s][0].toObject(), inspected[u"documents"_s][0].toObject());
        QCOMPARE(all[u"allergies"_s][0].toObject().keys(),
            inspected[u"allergies"_s][0].toObject().keys());

        const QList<std::pair<QString, QString>> views { { u"labs"_s, u"labs"_s },
            { u"meds"_s, u"medications"_s }, { u"docs"_s, u"documents"_s },
            { u"timeline"_s, u"timeline"_s } };
        for (const auto &[view, array] : views) {
            r = cli({ u"show"_s, key, u"--view"_s, view, u"--json"_s });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject o = parseObject(r.out);
            QCOMPARE(o[u"view"_s].toString(), view);
            QVERIFY2(o[array].isArray(), qPrintable(view));
            for (const QString &other :
                { u"labs"_s, u"medications"_s, u"documents"_s, u"timeline"_s, u"conditions"_s })
                QCOMPARE(o.contains(other), other == array);
            // And for people: a heading and the Japanese values as they are.
            r = cli({ u"show"_s, key, u"--view"_s, view });
            QCOMPARE(r.exitCode, 0);
            QVERIFY(
                QString::fromUtf8(r.out).startsWith(u"牧野 爛漫（マキノ ランマン）  1930/06/28"_s));
        }
        r = cli({ u"show"_s, key, u"--view"_s, u"timeline"_s, u"--json"_s });
        const QJsonArray timeline = parseObject(r.out)[u"timeline"_s].toArray();
        qsizetype values = 0;
        for (const QString &array : { u"encounters"_s, u"labs"_s, u"medications"_s, u"documents"_s,
                 u"conditions"_s, u"allergies"_s })
            values += all[array].toArray().size();
        QCOMPARE(timeline.size(), values);
        for (const QJsonValue &e : timeline) {
            QVERIFY(e[u"type"_s].isString());
            QVERIFY(e[u"entry"_s].isObject());
        }
        QVERIFY(timeline[0][u"date"_s].toString() >= timeline[1][u"date"_s].toString());
        QVERIFY(QString::fromUtf8(cli({ u"show"_s, key, u"--view"_s, u"docs"_s }).out)
                    .contains(u"診療情報提供書"_s));

        // Viewing counts for retention, and each opening is in the audit log beside the cache.
        QVERIFY(!patientById(u"Example-JP-Patient-eCS-MAKINOInline"_s)[u"lastViewed"_s].isNull());
        r = cli({ u"audit"_s, u"verify"_s });
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.startsWith("INTACT"));
        r = cli({ u"audit"_s, u"export"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(key.toUtf8()), 1 + 2 * 4 + 2); // every show above
        QVERIFY(!r.out.contains("牧野"));
    }

    void showsByFacilityIdAndRefusesAnAmbiguousOne()
    {
        // A facility patient id of one demo patient: found with or without its system.
        const QJsonArray list = patients();
        QJsonObject demoPatient;
        for (const QJsonValue &p : list)
            if (p[u"network"_s].toString() == u"hanamizuki"_s)
                demoPatient = p.toObject();
        QVERIFY(!demoPatient.isEmpty());
        const QJsonObject identifier = demoPatient[u"identifiers"_s][0].toObject();
        const QString value = identifier[u"value"_s].toString();
        QVERIFY(!value.isEmpty());
        for (const QString &text :
            QStringList { value, identifier[u"system"_s].toString() + u'|' + value }) {
            const Run r = cli({ u"show"_s, text, u"--view"_s, u"timeline"_s, u"--json"_s });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject o = parseObject(r.out);
            QCOMPARE(o[u"patient"_s][u"key"_s].toString(), demoPatient[u"key"_s].toString());
            // Its own values, none of the other patient's.
            QVERIFY(o[u"timeline"_s].toArray().size() >= 10);
            for (const QJsonValue &e : o[u"timeline"_s].toArray())
                QCOMPARE(e[u"entry"_s][u"patient"_s].toString(), demoPatient[u"id"_s].toString());
        }
        // 000999739 is the hospital id of several JP-CLINS example patients: refused, with the
        // candidates' keys, and nothing shown.
        Run r = cli({ u"show"_s, u"000999739"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(
            patientById(u"Example-JP-Patient-standard"_s)[u"key"_s].toString().toUtf8()));
        QVERIFY(r.err.contains(
            patientById(u"Example-JP-Patient-eCS-MAKINO"_s)[u"key"_s].toString().toUtf8()));
        r = cli({ u"show"_s, u"no-such-patient"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({ u"show"_s, value, u"--view"_s, u"pictures"_s }).exitCode, 2);
        QCOMPARE(cli({ u"show"_s }).exitCode, 2);
    }

    void aWrongPassphraseIsRefusedAndLosesNothing()
    {
        const int before = int(patients().size());
        QVERIFY(before > 0);
        const QString wrong = m_dir.filePath(u"wrong.txt"_s);
        QVERIFY(writeFile(wrong, "not the passphrase\n"));
        const QByteArray cacheBytes = [&] {
            QFile f(m_cache + u"/cache.sqlite"_s);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (const QStringList &args : { QStringList { u"patients"_s },
                 QStringList { u"import"_s, sample(u"Patient-Example-JP-Patient-minimun.json"_s) },
                 QStringList { u"purge"_s, u"--days"_s, u"1"_s } }) {
            const Run r = cli(args, wrong);
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("wrong passphrase"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        QFile f(m_cache + u"/cache.sqlite"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), cacheBytes);
        QCOMPARE(int(patients().size()), before);

        // The passphrase on standard input (--passphrase-file -) opens it too.
        QProcess p;
        p.start(QStringLiteral(RENKEI_CLI_PATH),
            { u"--cache"_s, m_cache, u"--passphrase-file"_s, u"-"_s, u"patients"_s, u"--json"_s });
        p.write(kPassphrase + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(parseObject(p.readAllStandardOutput())[u"patients"_s].toArray().size(), before);

        // Without the passphrase: told to give it, nothing opened.
        const Run r = test::runProcess(
            QStringLiteral(RENKEI_CLI_PATH), { u"--cache"_s, m_cache, u"patients"_s });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("--passphrase-file"), r.err.constData());
    }

    void withoutAKeychainItSaysToUseAPassphraseFile()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        p.setProcessEnvironment(env);
        const QString fresh = m_dir.filePath(u"fresh"_s);
        p.start(QStringLiteral(RENKEI_CLI_PATH),
            { u"--cache"_s, fresh, u"import"_s,
                sample(u"Patient-Example-JP-Patient-minimun.json"_s) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(p.readAllStandardError().contains("--passphrase-file"));
        QVERIFY(!QFile::exists(fresh + u"/cache.sqlite"_s));
    }

    void purgeForgetsThePatientsNotViewedForNDays()
    {
        const QString oldId = u"Example-JP-Patient-minimun"_s;
        QCOMPARE(
            cli({ u"import"_s, sample(u"Patient-Example-JP-Patient-minimun.json"_s) }).exitCode, 0);
        const QString oldKey = patientById(oldId)[u"key"_s].toString();
        QVERIFY(!oldKey.isEmpty());
        {
            // Viewed 200 days ago: set through the library, with its clock seam.
            auto keys = crypto::PassphraseKeyStore::unlock(m_cache + u"/cache.sqlite.keyparams"_s,
                crypto::SecretBytes::copyOf(kPassphrase), {});
            QVERIFY(keys.ok());
            const QString path = m_cache + u"/cache.sqlite"_s;
            auto scope = cache::Cache::storedKeyScope(path);
            QVERIFY(scope && scope->has_value());
            cache::CacheOptions options;
            options.now = [] { return QDateTime::currentDateTimeUtc().addDays(-200); };
            auto opened = cache::Cache::open(path, **keys, **scope, options);
            QVERIFY(opened.ok());
            QVERIFY((*opened)->touchPatient(oldKey).ok());
        }
        const qsizetype before = patients().size();
        Run r = cli({ u"purge"_s, u"--days"_s, u"365"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(patients().size(), before); // 200 days < 365: kept
        r = cli({ u"purge"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(oldKey.toUtf8()));
        const QJsonArray after = patients();
        QCOMPARE(after.size(), before - 1);
        QVERIFY(patientById(oldId).isEmpty());
        r = cli({ u"audit"_s, u"export"_s });
        QVERIFY(r.out.contains(oldKey.toUtf8()));
        QVERIFY(r.out.contains("purge"));
        QCOMPARE(cli({ u"purge"_s, u"--days"_s, u"0"_s }).exitCode, 2);
        QCOMPARE(cli({ u"purge"_s, u"--days"_s, u"soon"_s }).exitCode, 2);
    }

    void forgetErasesThePatientFromTheFiles()
    {
        const QString file = m_dir.filePath(u"demo.ndjson"_s);
        const DemoExport demo = writeDemoExport(file);
        const QJsonObject patient = patientById(demo.patientIds.first());
        const QString key = patient[u"key"_s].toString();
        QVERIFY(!key.isEmpty());
        QStringList needles { patient[u"kanjiName"_s].toString(),
            patient[u"kanaName"_s].toString() };
        for (const QJsonValue &id : patient[u"identifiers"_s].toArray())
            needles.append(id[u"value"_s].toString());
        QVERIFY(cli({ u"show"_s, key }).exitCode == 0);

        Run r = cli({ u"forget"_s, key });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith(QByteArray("Erased " + key.toUtf8())));
        QVERIFY(patientById(demo.patientIds.first()).isEmpty());
        QVERIFY(!patientById(demo.patientIds.last()).isEmpty()); // the other one stays
        const QStringList found = findInFolder(m_cache, needles);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        r = cli({ u"forget"_s, key });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(cli({ u"forget"_s }).exitCode, 2);
        r = cli({ u"audit"_s, u"export"_s });
        QVERIFY(r.out.contains("\"forget\"") || r.out.contains("#forget"));
    }

    void aTamperedRowIsNamedAndTheRestIsShown()
    {
        const QString key = patientById(u"Example-JP-Patient-eCS-MAKINO"_s)[u"key"_s].toString();
        QVERIFY(!key.isEmpty());
        Run r = cli({ u"show"_s, key, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject intact = parseObject(r.out);
        {
            // One byte of one of its sealed rows flipped, as someone with the file could.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_cache + u"/cache.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"SELECT row_id, body FROM resources WHERE pkey = ? AND type = "
                              u"'Condition' LIMIT 1"_s));
            q.addBindValue(key);
            QVERIFY(q.exec() && q.next());
            const qint64 row = q.value(0).toLongLong();
            QByteArray body = q.value(1).toByteArray();
            body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x01);
            q.finish();
            QSqlQuery u(db);
            QVERIFY(u.prepare(u"UPDATE resources SET body = ? WHERE row_id = ?"_s));
            u.addBindValue(body);
            u.addBindValue(row);
            QVERIFY(u.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        r = cli({ u"show"_s, key, u"--json"_s });
        QCOMPARE(r.exitCode, 1); // shown, and said to be incomplete
        const QJsonObject tampered = parseObject(r.out);
        QCOMPARE(tampered[u"complete"_s].toBool(), false);
        QCOMPARE(tampered[u"problems"_s].toArray().size(), 1);
        QCOMPARE(tampered[u"conditions"_s].toArray().size(),
            intact[u"conditions"_s].toArray().size() - 1);
        QCOMPARE(tampered[u"medications"_s], intact[u"medications"_s]);
        r = cli({ u"show"_s, key });
        QVERIFY(r.out.contains("INCOMPLETE"));
    }

    // Run by TestCacheCli_keychain inside a private Secret Service (tests/support/with-keyring.sh).
    void theKeychainUnlocksTheCacheWhenThereIsOne()
    {
        if (qgetenv("RENKEI_EXPECT_KEYCHAIN") != "1")
            QSKIP("needs a Secret Service (TestCacheCli_keychain)");
        const QString dir = m_dir.filePath(u"keychain"_s);
        const QString program = QStringLiteral(RENKEI_CLI_PATH);
        Run r = test::runProcess(program,
            { u"--cache"_s, dir, u"import"_s,
                sample(u"Patient-Example-JP-Patient-eCS-MAKINO.json"_s) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(dir + u"/cache.sqlite.keyparams"_s)); // no passphrase involved
        r = test::runProcess(program, { u"--cache"_s, dir, u"patients"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = parseObject(r.out)[u"patients"_s].toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"kanjiName"_s].toString(), u"牧野 爛漫"_s);
        // A passphrase does not open a keychain cache: refused before anything is written.
        r = test::runProcess(
            program, { u"--cache"_s, dir, u"--passphrase-file"_s, m_pass, u"patients"_s });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(dir + u"/cache.sqlite.keyparams"_s));
    }

    void nothingIsShownWhenTheAuditLogCannotBeWritten()
    {
        // A cache of its own whose audit log is a foreign file.
        const QString dir = m_dir.filePath(u"noaudit"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(crypto::PassphraseKeyStore::unlock(dir + u"/cache.sqlite.keyparams"_s,
            crypto::SecretBytes::copyOf(kPassphrase), crypto::ScryptParams { 1024, 8, 1 })
                    .ok());
        const QStringList base { u"--cache"_s, dir, u"--passphrase-file"_s, m_pass };
        const QString program = QStringLiteral(RENKEI_CLI_PATH);
        Run r = test::runProcess(program,
            base
                + QStringList {
                    u"import"_s, sample(u"Patient-Example-JP-Patient-eCS-MAKINO.json"_s) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(writeFile(dir + u"/audit.sqlite"_s, QByteArray(4096, 'x')));
        r = test::runProcess(program,
            base + QStringList { u"show"_s, u"Example-JP-Patient-eCS-MAKINO"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("audit log"), r.err.constData());
        r = test::runProcess(program, base + QStringList { u"patients"_s, u"--json"_s });
        QVERIFY(parseObject(r.out)[u"patients"_s][0][u"lastViewed"_s].isNull());
    }

    // Opt-in (RENKEI_CLI_TIMING=1): the whole demo network imported, listed and its richest
    // patient shown, with the times printed (docs/cli.md "Measured").
    void timingOfTheWholeDemoNetwork()
    {
        if (qEnvironmentVariableIsEmpty("RENKEI_CLI_TIMING"))
            QSKIP("set RENKEI_CLI_TIMING=1 to measure");
        const demo::Dataset dataset = demo::generate(
            demo::GeneratorOptions { demo::GeneratorOptions::Size::Typical, 7, QDate(2025, 6, 1) });
        QHash<QString, int> perPatient;
        QByteArray ndjson;
        for (const demo::StoredResource &r : dataset.resources) {
            ndjson += QJsonDocument(r.json).toJson(QJsonDocument::Compact) + '\n';
            if (!r.patientId.isEmpty())
                ++perPatient[r.patientId];
        }
        const QString file = m_dir.filePath(u"network.ndjson"_s);
        QVERIFY(writeFile(file, ndjson));
        const QString richest = std::max_element(perPatient.cbegin(), perPatient.cend()).key();
        QElapsedTimer timer;
        timer.start();
        Run r = cli({ u"import"_s, u"--network"_s, u"timing"_s, file });
        const qint64 importMs = timer.restart();
        QCOMPARE(r.exitCode, 0);
        r = cli({ u"patients"_s, u"--json"_s });
        const qint64 listMs = timer.restart();
        r = cli({ u"show"_s, u"--json"_s, patientById(richest)[u"key"_s].toString() });
        const qint64 showMs = timer.elapsed();
        QCOMPARE(r.exitCode, 0);
        qInfo().noquote() << u"%1 resources (%2 MB NDJSON), %3 patients: import %4 ms, patients "
                             u"--json %5 ms, show --json of the richest (%6 resources) %7 ms"_s
                                 .arg(dataset.resources.size())
                                 .arg(double(ndjson.size()) / 1e6, 0, 'f', 1)
                                 .arg(perPatient.size())
                                 .arg(importMs)
                                 .arg(listMs)
                                 .arg(perPatient.value(richest))
                                 .arg(showMs);
    }
};

QTEST_GUILESS_MAIN(TestCacheCli)
#include "tst_cachecli.moc"

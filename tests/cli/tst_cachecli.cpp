// renkei-cli's cache commands (import, patients, show, forget, purge), run as a user runs them:
// real processes on a temporary cache unlocked with a passphrase file.
#include "cache/cache.h"
#include "crypto/passphrasekeystore.h"
#include "demo/dataset.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
        const QStringList found = findInFolder(
            m_cache, { u"牧野"_s, u"マキノ"_s, u"1930-06-28"_s, u"000999739"_s });
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
            QVERIFY2(p[u"resources"_s].toInt() > 10, qPrintable(QString::number(p[u"resources"_s].toInt())));
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
};

QTEST_GUILESS_MAIN(TestCacheCli)
#include "tst_cachecli.moc"

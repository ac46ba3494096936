// renkei-cli import of SS-MIX2 storages (docs/ssmix2.md), run as a user runs it: real processes
// on a temporary cache unlocked with a passphrase file.
#include "crypto/passphrasekeystore.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

const QByteArray kPassphrase = "correct horse 連携";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestSsmix2Cli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cache;
    QString m_pass;

    test::ProcessRun cli(const QStringList &args)
    {
        const QStringList all { u"--cache"_s, m_cache, u"--passphrase-file"_s, m_pass };
        return test::runProcess(QStringLiteral(RENKEI_CLI_PATH), all + args, 120000);
    }

    QJsonArray patients()
    {
        const test::ProcessRun r = cli({ u"patients"_s, u"--json"_s });
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
        // A low scrypt cost (the CLI reads the parameters from the file): fast unlocking.
        QVERIFY(QDir().mkpath(m_cache));
        QVERIFY(crypto::PassphraseKeyStore::unlock(m_cache + u"/cache.sqlite.keyparams"_s,
            crypto::SecretBytes::copyOf(kPassphrase), crypto::ScryptParams { 1024, 8, 1 })
                    .ok());
    }

    void importsAnSsmix2StorageIntoTheFhirPatientOfTheNetwork()
    {
        // The network's patient, from FHIR, holding the facility's patient id 9999013.
        const QString network = u"ssmix2-net"_s;
        const QString fhir = m_dir.filePath(u"ssmix2-patient.json"_s);
        QVERIFY(writeFile(fhir,
            "{\"resourceType\":\"Patient\",\"id\":\"net-p1\",\"identifier\":[{\"system\":"
            "\"urn:oid:1.2.392.100495.20.3.51.11311234567\",\"value\":\"9999013\"}],"
            "\"gender\":\"male\",\"birthDate\":\"1950-01-01\"}"));
        QCOMPARE(cli({ u"import"_s, u"--network"_s, network, fhir }).exitCode, 0);

        const QString storage = test::dataDir() + u"/ssmix2/sampleData"_s;
        const test::ProcessRun r = cli({ u"import"_s, u"--network"_s, network, u"--facility-code"_s,
            u"1311234567"_s, storage });
        const QString out = QString::fromUtf8(r.out);
        QCOMPARE(r.exitCode, 1); // the sample's broken files were not read (each named)
        QVERIFY2(
            out.contains(u"SS-MIX2   "_s + storage + u": 22 file(s) found"_s), r.out.constData());
        QVERIFY2(out.contains(u"not read: 000/000/0000001/20000401/ADT-31/"_s), r.out.constData());
        QVERIFY2(out.contains(u"not mapped by this version: OML^O33"_s), r.out.constData());
        QVERIFY2(out.contains(u"source 'ssmix2:1311234567': 2 patient(s), 1 joined"_s),
            r.out.constData());

        // One patient of the network holds both: the FHIR Patient's row, the storage's values.
        const QJsonObject joined = patientById(u"net-p1"_s);
        QVERIFY(joined[u"resources"_s].toInt() > 20);
        QVERIFY(patientById(u"9999013"_s).isEmpty());
        const test::ProcessRun shown = cli({ u"show"_s, joined[u"key"_s].toString(), u"--json"_s });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("9999013_20110701_OMP-01_000000011000185"));
        const QJsonObject record = parseObject(shown.out);
        QCOMPARE(record[u"medications"_s][0][u"sourceKind"_s].toString(), u"ssmix2"_s);
        QVERIFY(QString::fromUtf8(shown.out).contains(u"ダーゼン錠（５mg)"_s));
        // Again: nothing new, nothing twice.
        const QJsonArray before = patients();
        QCOMPARE(cli({ u"import"_s, u"--network"_s, network, u"--facility-code"_s, u"1311234567"_s,
                         storage })
                     .exitCode,
            1);
        auto counts = [](const QJsonArray &list) {
            QMap<QString, int> out;
            for (const QJsonValue &p : list)
                out.insert(p[u"key"_s].toString(), p[u"resources"_s].toInt());
            return out;
        };
        QCOMPARE(counts(patients()), counts(before));
    }

    void anSsmix2StorageWithoutAFacilityCodeStaysApart()
    {
        // No facility code (none given, none in the sample's MSH-4): its patients cannot be
        // matched and are patients of their own in the network.
        const QString root = test::dataDir() + u"/ssmix2/sampleData"_s;
        const qsizetype before = patients().size();
        const test::ProcessRun r = cli({ u"import"_s, root });
        QCOMPARE(r.exitCode, 1); // its broken files are named
        QVERIFY2(r.out.contains(QByteArray("SS-MIX2   " + root.toUtf8() + ": 22 file(s) found")),
            r.out.constData());
        QVERIFY2(r.out.contains("source 'ssmix2': 2 patient(s), 0 joined"), r.out.constData());
        QVERIFY2(r.out.contains("2 patient(s) could not be joined: the storage's facility code is "
                                "not known (give --facility-code)"),
            r.out.constData());
        QCOMPARE(patients().size(), before + 2);
        const QJsonObject own = patientById(u"9999013"_s);
        QCOMPARE(own[u"network"_s].toString(), u"import"_s);
        QCOMPARE(own[u"kanjiName"_s].toString(), u"患者 太郎"_s);
    }
};

QTEST_GUILESS_MAIN(TestSsmix2Cli)
#include "tst_ssmix2cli.moc"

// renkei-cli inspect, run as a user runs it: a real process, its exit status and its output.
#include "support/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = renkei::test::ProcessRun;

Run runCli(const QStringList &args)
{
    return renkei::test::runProcess(QStringLiteral(RENKEI_CLI_PATH), args);
}

QString sample(const QString &name)
{
    return renkei::test::dataDir() + u"/jp-clins/"_s + name;
}

QStringList sectionCodes(const QJsonArray &sections)
{
    QStringList codes;
    for (const QJsonValue &s : sections)
        codes.append(s[u"code"_s].toString());
    return codes;
}

} // namespace

class TestInspectCli : public QObject {
    Q_OBJECT
private slots:
    void referralBundlePrintsTheDocumentWithItsSections()
    {
        const Run r = runCli({ u"inspect"_s, u"--json"_s,
            sample(u"Bundle-Bundle-CLINS-Referral-Example-01.json"_s) });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        for (const auto &key : { u"files"_s, u"patients"_s, u"facilities"_s, u"encounters"_s,
                 u"labs"_s, u"medications"_s, u"documents"_s, u"conditions"_s, u"allergies"_s })
            QVERIFY2(root.value(key).isArray(), qPrintable(key));
        const QJsonArray files = root[u"files"_s].toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0][u"ok"_s].toBool(), true);
        QVERIFY(files[0][u"error"_s].isNull());

        const QJsonArray documents = root[u"documents"_s].toArray();
        QCOMPARE(documents.size(), 1);
        const QJsonObject doc = documents[0].toObject();
        QCOMPARE(doc[u"kind"_s].toString(), u"referral"_s);
        QCOMPARE(doc[u"title"_s].toString(), u"診療情報提供書"_s);
        const QJsonArray top = doc[u"sections"_s].toArray();
        QCOMPARE(sectionCodes(top), (QStringList { u"920"_s, u"910"_s, u"300"_s }));
        QCOMPARE(top[0][u"title"_s].toString(), u"紹介元情報"_s);
        const QJsonArray structured = top[2][u"sections"_s].toArray();
        QCOMPARE(sectionCodes(structured),
            (QStringList { u"950"_s, u"340"_s, u"360"_s, u"370"_s, u"510"_s, u"550"_s, u"610"_s,
                u"520"_s, u"330"_s }));
        QCOMPARE(structured[0][u"title"_s].toString(), u"紹介目的"_s);

        // The clinical values of the document are listed too, tied to its patient.
        const QJsonArray patients = root[u"patients"_s].toArray();
        QCOMPARE(patients.size(), 1);
        const QString patientId = patients[0][u"id"_s].toString();
        QVERIFY(!patientId.isEmpty());
        QCOMPARE(root[u"conditions"_s].toArray().size(), 5);
        QCOMPARE(root[u"allergies"_s].toArray().size(), 3);
        for (const QJsonValue &c : root[u"conditions"_s].toArray())
            QCOMPARE(c[u"patient"_s].toString(), patientId);
    }

    void labValuesAndCanonicalSystems()
    {
        const Run r = runCli({ u"inspect"_s, u"--json"_s,
            sample(u"Observation-Example-JP-Obs-LabResult-eCS-K.json"_s) });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray labs = root[u"labs"_s].toArray();
        QCOMPARE(labs.size(), 1);
        const QJsonObject k = labs[0].toObject();
        QCOMPARE(k[u"code"_s].toString(), u"3H015000002326101"_s);
        QCOMPARE(
            k[u"system"_s].toString(), u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s);
        QCOMPARE(k[u"value"_s].toDouble(), 3.5);
        QCOMPARE(k[u"unit"_s].toString(), u"mEq/L"_s);
        QCOMPARE(k[u"effective"_s].toString(), u"2021-07-05T11:19:41+09:00"_s);
        QCOMPARE(k[u"facility"_s].toString(), u"1318814790"_s);
        QCOMPARE(k[u"specimen"_s].toString(), u"血清"_s);
    }

    void urnOidSystemsArePrintedInHttpForm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"obs.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"resourceType":"Observation","id":"o1","status":"final",
            "code":{"coding":[{"system":"urn:oid:1.2.392.200119.4.504","code":"3D046000001906202","display":"HbA1c"}]},
            "subject":{"reference":"Patient/p1"},"effectiveDateTime":"2024-05-01",
            "valueQuantity":{"value":6.1,"unit":"%"},
            "referenceRange":[{"low":{"value":4.6},"high":{"value":6.2}}]})");
        f.close();
        const Run r = runCli({ u"inspect"_s, u"--json"_s, path });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject lab = QJsonDocument::fromJson(r.out).object()[u"labs"_s][0].toObject();
        QCOMPARE(
            lab[u"system"_s].toString(), u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s);
        QCOMPARE(lab[u"patient"_s].toString(), u"p1"_s);
        QCOMPARE(lab[u"effective"_s].toString(), u"2024-05-01"_s);
        QCOMPARE(lab[u"low"_s].toDouble(), 4.6);
        QCOMPARE(lab[u"high"_s].toDouble(), 6.2);
    }

    void folderWithErrorExamplesExitsOneAndNamesTheReasons()
    {
        const Run r
            = runCli({ u"inspect"_s, u"--json"_s, renkei::test::dataDir() + u"/jp-clins"_s });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray files = QJsonDocument::fromJson(r.out).object()[u"files"_s].toArray();
        QCOMPARE(files.size(), 61);
        int rejected = 0;
        for (const QJsonValue &f : files) {
            const QString path = f[u"path"_s].toString();
            if (!f[u"ok"_s].toBool()) {
                ++rejected;
                QVERIFY2(
                    path.contains(u"ErrorExample"_s), qPrintable(path + f[u"error"_s].toString()));
                QVERIFY(!f[u"error"_s].toString().isEmpty());
            }
        }
        // Two of the three published error examples break a rule we can check without the
        // MHLW drug master (see tests/fhir); the third needs the master.
        QVERIFY(rejected >= 2);
    }

    void ssmix2StorageIsReadAndItsBrokenFilesNamed()
    {
        const QString root = renkei::test::dataDir() + u"/ssmix2/sampleData"_s;
        const Run r = runCli({ u"inspect"_s, u"--json"_s, root });
        // The sample storage holds deliberately broken files: exit 1, each named with a reason.
        QCOMPARE(r.exitCode, 1);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const QJsonArray files = out[u"files"_s].toArray();
        bool storageOk = false;
        int rejected = 0;
        for (const QJsonValue &f : files) {
            if (f[u"path"_s].toString() == root) {
                storageOk = f[u"ok"_s].toBool();
                QVERIFY(f[u"resources"_s].toInt() > 10);
            } else {
                QVERIFY(!f[u"ok"_s].toBool());
                QVERIFY(!f[u"error"_s].toString().isEmpty());
                ++rejected;
            }
        }
        QVERIFY(storageOk);
        QVERIFY(rejected >= 1);
        bool patientFound = false;
        for (const QJsonValue &p : out[u"patients"_s].toArray())
            patientFound |= p[u"kanjiName"_s].toString() == u"患者 太郎"_s
                && p[u"kanaName"_s].toString() == u"カンジャ タロウ"_s;
        QVERIFY(patientFound);
        QStringList drugs;
        for (const QJsonValue &m : out[u"medications"_s].toArray())
            drugs.append(m[u"name"_s].toString());
        QVERIFY2(drugs.contains(u"ダーゼン錠（５mg)"_s), qPrintable(drugs.join(u", "_s)));
        bool totalProtein = false;
        for (const QJsonValue &l : out[u"labs"_s].toArray()) {
            if (l[u"display"_s].toString() == u"総蛋白"_s) {
                totalProtein = true;
                QCOMPARE(l[u"value"_s].toDouble(), 7.2);
                QCOMPARE(l[u"low"_s].toDouble(), 6.7);
                QCOMPARE(l[u"high"_s].toDouble(), 8.3);
            }
        }
        QVERIFY(totalProtein);
    }

    void textFormForPeople()
    {
        const Run r
            = runCli({ u"inspect"_s, sample(u"Patient-Example-JP-Patient-eCS-MAKINO.json"_s) });
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"OK"_s), qPrintable(text));
        QVERIFY2(text.contains(u"牧野"_s), qPrintable(text));
    }

    void rejectedFilesAndBadUsage()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.json"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"resourceType\": \"Patient\", ");
        f.close();
        Run r = runCli({ u"inspect"_s, u"--json"_s, broken, dir.filePath(u"missing.json"_s) });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray files = QJsonDocument::fromJson(r.out).object()[u"files"_s].toArray();
        QCOMPARE(files.size(), 2);
        QVERIFY(!files[0][u"ok"_s].toBool());
        QVERIFY(!files[0][u"error"_s].toString().isEmpty());
        QVERIFY(!files[1][u"ok"_s].toBool());

        QCOMPARE(runCli({ u"inspect"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"inspect"_s, u"--no-such-option"_s, broken }).exitCode, 2);
        QCOMPARE(runCli({ u"no-such-command"_s }).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({ u"--help"_s }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestInspectCli)
#include "tst_inspectcli.moc"

// renkei-cli export, run as a user runs it: a demo patient imported into a temporary cache, then
// its summary written as PDF (read back with pdftotext), refused under a policy that forbids
// export (exit 3, nothing written), every attempt in the audit log. Synthetic data only.
#include "demo/dataset.h"
#include "net/networkpolicy.h"
#include "support/testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

using Run = test::ProcessRun;

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    p.waitForFinished(30000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    return text.remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(u"cache"_s);
        m_pass = m_dir.filePath(u"pass"_s);
        QFile pass(m_pass);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("export test passphrase");
        pass.close();

        // The demo patient with the most resources, and every shared resource, as NDJSON.
        const demo::Dataset dataset = demo::generate(
            demo::GeneratorOptions { demo::GeneratorOptions::Size::Typical, 7, QDate(2025, 6, 1) });
        QHash<QString, int> perPatient;
        for (const demo::StoredResource &r : dataset.resources)
            if (!r.patientId.isEmpty())
                ++perPatient[r.patientId];
        for (auto it = perPatient.cbegin(); it != perPatient.cend(); ++it)
            if (m_patientId.isEmpty() || *it > perPatient.value(m_patientId))
                m_patientId = it.key();
        QByteArray ndjson;
        for (const demo::StoredResource &r : dataset.resources) {
            const QString owner = r.type == u"Patient"_s ? r.id : r.patientId;
            if (!owner.isEmpty() && owner != m_patientId)
                continue;
            ndjson += QJsonDocument(r.json).toJson(QJsonDocument::Compact) + '\n';
            if (r.type == u"Patient"_s) {
                for (const QJsonValue &name : r.json[u"name"_s].toArray())
                    if (name[u"extension"_s].toArray().size() > 0
                        || name[u"text"_s].toString().contains(QRegularExpression(u"\\p{Han}"_s)))
                        m_kanji = name[u"text"_s].toString();
            }
        }
        const QString file = m_dir.filePath(u"patient.ndjson"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ndjson);
        out.close();
        const Run imported = cli({ u"import"_s, file });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void exportWritesTheSummaryAndAuditsIt()
    {
        const QString pdf = m_dir.filePath(u"summary.pdf"_s);
        const Run r = cli({ u"export"_s, m_patientId, u"--pdf"_s, pdf, u"--sections"_s,
            u"allergies,medications,labs"_s, u"--by"_s, u"事務 花子"_s, u"--facility"_s,
            u"さくら内科"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        if (!m_kanji.isEmpty())
            QVERIFY2(text.contains(QString(m_kanji).remove(u' ')), qPrintable(m_kanji));
        QVERIFY(text.contains(u"事務花子"_s));
        QVERIFY(text.contains(u"さくら内科"_s));
        QVERIFY(text.contains(u"1/"_s));

        const Run audit = cli({ u"audit"_s, u"export"_s });
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QVERIFY(audit.out.contains("summary.pdf"));
    }

    void aPolicyThatForbidsExportRefusesWithExit3AndWritesNothing()
    {
        {
            const auto settings = viewerSettings();
            net::NetworkPolicy policy;
            policy.exportAllowed = false;
            QVERIFY(net::savePolicy(*settings, u"cli"_s, policy));
        }
        const QString pdf = m_dir.filePath(u"forbidden.pdf"_s);
        const Run r = cli({ u"export"_s, m_patientId, u"--pdf"_s, pdf });
        QVERIFY2(r.exitCode == 3, QByteArray(r.err + " / " + r.out).constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(u"policy"_s), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
        viewerSettings()->remove(u"networks/cli"_s);
    }

    void badSectionsAreAUsageError()
    {
        const Run r = cli({ u"export"_s, m_patientId, u"--pdf"_s, m_dir.filePath(u"x.pdf"_s),
            u"--sections"_s, u"labs,xrays"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("xrays"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    }

private:
    // The settings the CLI reads (QTest's own process uses QStandardPaths' test folders).
    static std::unique_ptr<QSettings> viewerSettings()
    {
        return std::make_unique<QSettings>(
            qEnvironmentVariable("XDG_CONFIG_HOME") + u"/Renkei/renkei.conf"_s,
            QSettings::IniFormat);
    }

    Run cli(const QStringList &args)
    {
        QStringList all { u"--cache"_s, m_cache, u"--passphrase-file"_s, m_pass };
        return test::runProcess(QStringLiteral(RENKEI_CLI_PATH), all + args, 120000);
    }

    QTemporaryDir m_dir;
    QString m_cache;
    QString m_pass;
    QString m_patientId;
    QString m_kanji;
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"

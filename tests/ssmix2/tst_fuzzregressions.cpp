// Replays every input under tests/fuzz/regressions/ (hl7/, filename/) through the fuzz bodies:
// each was a crash once. The sample storage's files are replayed too, as a smoke test.
#include "fuzz/fuzzbodies.h"
#include "support/testenvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("fileName");
    const QString root = QStringLiteral(RENKEI_FUZZ_REGRESSIONS_DIR);
    for (const QString &kind : { u"hl7"_s, u"filename"_s }) {
        QDirIterator it(root + u'/' + kind, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(kind + u'/' + it.fileName())) << path << (kind == u"filename");
        }
    }
    QDirIterator samples(renkei::test::dataDir() + u"/ssmix2/sampleData"_s, QDir::Files,
        QDirIterator::Subdirectories);
    while (samples.hasNext()) {
        const QString path = samples.next();
        QTest::newRow(qPrintable(u"sample/"_s + samples.fileName())) << path << false;
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFETCH(bool, fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto *data = reinterpret_cast<const uint8_t *>(bytes.constData());
    if (fileName)
        QCOMPARE(renkei::fuzz::ssmix2FileName(data, size_t(bytes.size())), 0);
    else
        QCOMPARE(renkei::fuzz::hl7(data, size_t(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

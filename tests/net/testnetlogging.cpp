// No token, code, verifier, password, one-time code or patient datum in any log line at any
// level while signing in, refreshing and searching (QT_LOGGING_RULES=*.debug=true).
#include "netfixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::test;

namespace {

QMutex g_mutex;
QStringList g_lines;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_lines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

} // namespace

class TestNetLogging : public QObject {
    Q_OBJECT
private slots:
    void nothingSecretLogged();
};

void TestNetLogging::nothingSecretLogged()
{
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    NetFixture f;
    QVERIFY(f.start());
    QStringList secrets;
    QtMessageHandler previous = qInstallMessageHandler(capture);
    QVERIFY(f.signIn());
    secrets << QString::fromLatin1(f.oauth->accessToken().view().toByteArray());
    secrets << QUrlQuery(f.lastAuthorizeUrl).queryItemValue(u"state"_s);
    secrets << QUrlQuery(f.lastAuthorizeUrl).queryItemValue(u"code_challenge"_s);
    auto refresh = f.vault->load(net::refreshTokenScope(u"demo"_s, u"default"_s));
    secrets << QString::fromLatin1((*refresh)->view().toByteArray());
    f.clock.advance(290);
    net::FhirPaging *paging = f.fhir->search(u"Patient"_s, QUrlQuery(u"name=山田"_s), {}, this);
    QVERIFY(waitFor(paging));
    QVERIFY(paging->result().ok());
    secrets << QString::fromLatin1(f.oauth->accessToken().view().toByteArray());
    QVERIFY(f.server->addFault(u"/Patient=status:500,count:1"_s));
    QVERIFY(waitFor(f.fhir->read(u"Patient"_s, u"p1"_s, this)).ok());
    f.oauth->signOut();
    qInstallMessageHandler(previous);

    secrets << kPassword << demo::totpNow(QString::fromUtf16(demo::kDemoTotpSecret), *f.clock.now)
            << u"山田"_s << u"ヤマダ"_s << u"1950-03-04"_s << u"0001234"_s;
    QVERIFY(g_lines.size() > 10);
    for (const QString &line : std::as_const(g_lines)) {
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.size() >= 2)
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestNetLogging)
#include "testnetlogging.moc"

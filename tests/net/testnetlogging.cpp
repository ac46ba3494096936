// No token, code, verifier, client secret, password, one-time code or patient datum (name, id,
// birth date, identifier) in any log line of any category at any level while signing in,
// refreshing, failing to refresh, searching, fetching $everything, signing in with client
// credentials and signing out (QT_LOGGING_RULES=*.debug=true, a message handler capturing all).
#include "netfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSignalSpy>
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

namespace {

// What a Patient resource says about a person: names, birth date, identifiers, id.
void collectPatientData(const QByteArray &json, QStringList &personal, QStringList &ids)
{
    const QJsonObject patient = QJsonDocument::fromJson(json).object();
    ids << patient[u"id"_s].toString();
    personal << patient[u"birthDate"_s].toString();
    for (const QJsonValue &name : patient[u"name"_s].toArray()) {
        personal << name[u"text"_s].toString() << name[u"family"_s].toString();
        for (const QJsonValue &given : name[u"given"_s].toArray())
            personal << given.toString();
    }
    for (const QJsonValue &identifier : patient[u"identifier"_s].toArray())
        personal << identifier[u"value"_s].toString();
}

QString latin1(const crypto::SecretBytes &secret)
{
    return QString::fromLatin1(secret.view().toByteArray());
}

} // namespace

void TestNetLogging::nothingSecretLogged()
{
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    NetFixture f;
    QVERIFY(f.start());
    QStringList secrets;
    QStringList ids;
    auto storedRefresh = [&f] {
        auto r = f.vault->load(net::refreshTokenScope(u"demo"_s, u"default"_s));
        return r && *r ? latin1(**r) : QString();
    };
    QtMessageHandler previous = qInstallMessageHandler(capture);

    // Sign-in, with the code taken from the redirect the "browser" follows.
    QSignalSpy signedIn(f.oauth.get(), &net::OAuthClient::signedIn);
    f.oauth->signIn();
    QTRY_VERIFY(!f.lastAuthorizeUrl.isEmpty());
    const QUrl redirect = f.submitSignInPage(f.lastAuthorizeUrl, u"doctor1"_s);
    QVERIFY(!redirect.isEmpty());
    secrets << QUrlQuery(redirect).queryItemValue(u"code"_s);
    QCOMPARE(fetch(*f.browserNam, redirect).status, 200);
    QVERIFY(signedIn.count() == 1 || signedIn.wait(10000));
    secrets << latin1(f.oauth->accessToken()) << storedRefresh();
    secrets << QUrlQuery(f.lastAuthorizeUrl).queryItemValue(u"state"_s);
    secrets << QUrlQuery(f.lastAuthorizeUrl).queryItemValue(u"code_challenge"_s);

    // A search; the patients it finds are what must not show up.
    net::FhirPaging *paging = f.fhir->search(u"Patient"_s, QUrlQuery(u"name=山田"_s), {}, this);
    QStringList personal;
    connect(paging, &net::FhirPaging::pageReady, this, [&](const net::FhirPage &page) {
        for (const net::RawResource &r : page.raw) {
            if (r.type == u"Patient"_s)
                collectPatientData(r.json, personal, ids);
        }
    });
    QVERIFY(waitFor(paging));
    QVERIFY(paging->result().ok());
    QVERIFY(!ids.isEmpty());

    // Refresh before expiry, during a $everything of the first patient found.
    f.clock.advance(290);
    net::FhirPaging *everything = f.fhir->everything(ids.constFirst(), {}, {}, this);
    QVERIFY(waitFor(everything));
    QVERIFY(everything->result().ok());
    secrets << latin1(f.oauth->accessToken()) << storedRefresh();

    // A 500 retried.
    QVERIFY(f.server->addFault(u"/Patient=status:500,count:1"_s));
    QVERIFY(waitFor(f.fhir->read(u"Patient"_s, ids.constFirst(), this)).ok());

    // A failing refresh: the grant is revoked behind the client's back.
    RequestOptions revoke;
    revoke.method = "POST";
    revoke.contentType = "application/x-www-form-urlencoded";
    revoke.body = form({ { u"token"_s, storedRefresh() }, { u"client_id"_s, u"renkei-viewer"_s } });
    QCOMPARE(fetch(*f.browserNam, at(*f.server, u"/revoke"_s), revoke).status, 200);
    f.clock.advance(290);
    QVERIFY(!waitFor(f.fhir->read(u"Patient"_s, ids.constFirst(), this)).ok());
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::NeedsSignIn);

    // Client credentials with a client secret, then sign-out.
    net::NetworkProfile batchProfile = f.profile();
    batchProfile.signInMethod = net::SignInMethod::ClientCredentials;
    batchProfile.clientId = u"renkei-batch"_s;
    batchProfile.scopes = { u"system/*.read"_s };
    net::OAuthClient batch(*f.transport, batchProfile, *f.vault, f.clock.clock(), {});
    const QByteArray clientSecret = "renkei-batch-demo-secret";
    batch.setClientSecret(crypto::SecretBytes::copyOf(clientSecret));
    f.transport->setTokenSource(&batch);
    QSignalSpy batchIn(&batch, &net::OAuthClient::signedIn);
    batch.signIn();
    QTRY_COMPARE(batchIn.count(), 1);
    secrets << latin1(batch.accessToken());
    QVERIFY(waitFor(f.fhir->read(u"Patient"_s, ids.constFirst(), this)).ok());
    batch.signOut();
    f.transport->setTokenSource(f.oauth.get());
    f.oauth->signOut();
    qInstallMessageHandler(previous);

    secrets << QString::fromLatin1(clientSecret) << kPassword
            << demo::totpNow(QString::fromUtf16(demo::kDemoTotpSecret), *f.clock.now) << personal;
    QVERIFY(g_lines.size() > 10);
    // Anything that looks like a token, a code or a PKCE verifier (32+ characters of the
    // base64url / token alphabet) is suspect even when this test did not see its value.
    static const QRegularExpression tokenLike(u"[A-Za-z0-9_~+=-]{32,}"_s);
    for (const QString &line : std::as_const(g_lines)) {
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.size() >= 2)
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
        for (const QString &id : std::as_const(ids)) {
            static const QString wordPattern = u"(^|[^A-Za-z0-9-])%1($|[^A-Za-z0-9-])"_s;
            QVERIFY2(
                !line.contains(QRegularExpression(wordPattern.arg(QRegularExpression::escape(id)))),
                qPrintable(line));
        }
        QVERIFY2(!tokenLike.match(line).hasMatch(), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestNetLogging)
#include "testnetlogging.moc"

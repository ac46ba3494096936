// Every error the sign-in can produce has plain words, in Japanese and in English, and no raw
// code, kind name or server message shows through (SignInErrors, the one place they live).
#include "languagemanager.h"
#include "signinerrors.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::Error;
using renkei::ui::ErrorText;
using renkei::ui::Remedy;
using renkei::ui::SignInErrors;

class TestSignInErrors : public QObject {
    Q_OBJECT
private slots:
    void everyErrorHasJapaneseWords_data();
    void everyErrorHasJapaneseWords();
    void englishToo();
    void remediesFitTheCause_data();
    void remediesFitTheCause();
    void keychainReasonsDiffer();
    void unknownCodesStillGetWords();

private:
    renkei::ui::LanguageManager m_languages;
};

void TestSignInErrors::everyErrorHasJapaneseWords_data()
{
    QTest::addColumn<int>("index");
    const auto errors = SignInErrors::knownErrors();
    QVERIFY(errors.size() >= 40);
    for (int i = 0; i < errors.size(); ++i) {
        const Error &e = errors.at(i);
        QTest::newRow(qPrintable(renkei::errorKindName(e.kind) + u'/' + e.code)) << i;
    }
}

void TestSignInErrors::everyErrorHasJapaneseWords()
{
    QFETCH(int, index);
    QVERIFY(m_languages.setLanguage(u"ja"_s));
    Error error = SignInErrors::knownErrors().at(index);
    error.message = u"SERVER-SAID-THIS"_s;
    error.where = u"http://127.0.0.1:1/token"_s;
    const ErrorText text = SignInErrors::describe(error);
    QVERIFY(!text.title.isEmpty());
    QVERIFY(!text.detail.isEmpty());
    static const QRegularExpression japanese(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
    QVERIFY2(text.title.contains(japanese), qPrintable(text.title));
    QVERIFY2(text.detail.contains(japanese), qPrintable(text.detail));
    for (const QString &shown : { text.title, text.detail }) {
        QVERIFY(!shown.contains(u"SERVER-SAID-THIS"_s));
        QVERIFY(!shown.contains(u"127.0.0.1"_s));
        if (!error.code.isEmpty() && error.code != u"ca"_s) // "ca" is a substring of words
            QVERIFY2(!shown.contains(error.code, Qt::CaseInsensitive), qPrintable(shown));
        QVERIFY(!shown.contains(renkei::errorKindName(error.kind), Qt::CaseSensitive));
        QVERIFY(!shown.contains(u"http-"_s));
    }
}

void TestSignInErrors::englishToo()
{
    QVERIFY(m_languages.setLanguage(u"en"_s));
    for (const Error &error : SignInErrors::knownErrors()) {
        const ErrorText en = SignInErrors::describe(error);
        QVERIFY(!en.title.isEmpty() && !en.detail.isEmpty());
        QVERIFY(!en.title.contains(error.code.isEmpty() ? u"\x01"_s : u"-"_s + error.code));
    }
    const Error network { Error::Kind::Network, {}, {}, {}, u"connection"_s };
    QCOMPARE(SignInErrors::describe(network).title, u"Cannot reach the network"_s);
    QVERIFY(m_languages.setLanguage(u"ja"_s));
    QCOMPARE(SignInErrors::describe(network).title, u"ネットワークに接続できません"_s);
}

void TestSignInErrors::remediesFitTheCause_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("remedy");
    using K = Error::Kind;
    const auto row = [](const char *name, K kind, const QString &code, Remedy remedy) {
        QTest::newRow(name) << int(kind) << code << int(remedy);
    };
    row("keychain missing", K::Unavailable, u"no-secret-service"_s, Remedy::UsePassphrase);
    row("keychain locked", K::Unavailable, u"locked"_s, Remedy::UsePassphrase);
    row("keychain slow", K::Timeout, u"timeout"_s, Remedy::UsePassphrase);
    row("network down", K::Network, u"connection"_s, Remedy::TryAgain);
    row("tls refused", K::Tls, u"handshake"_s, Remedy::AskAdministrator);
    row("pin mismatch", K::Tls, u"pin-mismatch"_s, Remedy::AskAdministrator);
    row("auth refused", K::Auth, u"denied"_s, Remedy::TryAgain);
    row("revoked refresh token", K::Auth, u"invalid-grant"_s, Remedy::SignInAgain);
    row("no stored session", K::Auth, u"no-refresh-token"_s, Remedy::SignInAgain);
    row("cancelled", K::Cancelled, u"cancelled"_s, Remedy::None);
    row("server error", K::Http, u"http-503"_s, Remedy::TryAgain);
    row("bad client", K::Auth, u"invalid-client"_s, Remedy::AskAdministrator);
}

void TestSignInErrors::remediesFitTheCause()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, remedy);
    const Error error { Error::Kind(kind), u"x"_s, {}, {}, code };
    QCOMPARE(int(SignInErrors::describe(error).remedy), remedy);
}

void TestSignInErrors::keychainReasonsDiffer()
{
    QVERIFY(m_languages.setLanguage(u"ja"_s));
    QSet<QString> details;
    for (const QString &code : { u"no-session-bus"_s, u"no-secret-service"_s, u"no-collection"_s,
             u"locked"_s, u"access-denied"_s, u"other"_s }) {
        const ErrorText text
            = SignInErrors::describe(Error { Error::Kind::Unavailable, {}, {}, {}, code });
        QCOMPARE(text.title, u"システムのキーチェーン（パスワードの保管場所）を使えません"_s);
        QVERIFY(text.detail.contains(u"パスフレーズ"_s)); // the fallback is offered in words
        details.insert(text.detail);
    }
    QCOMPARE(details.size(), 6);
}

void TestSignInErrors::unknownCodesStillGetWords()
{
    for (int kind = 0; kind <= int(Error::Kind::Cancelled); ++kind) {
        const ErrorText text = SignInErrors::describe(
            Error { Error::Kind(kind), u"m"_s, {}, {}, u"never-seen-code"_s });
        QVERIFY(!text.title.isEmpty());
        QVERIFY(!text.detail.contains(u"never-seen-code"_s));
    }
}

QTEST_MAIN(TestSignInErrors)
#include "testsigninerrors.moc"

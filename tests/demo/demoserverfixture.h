#pragma once

#include "demo/dataset.h"
#include "demo/server.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

#include <memory>

// What the demo server tests share: a small hand-made dataset (independent of the generator),
// a clock the test moves, and a synchronous HTTP helper over a real QNetworkAccessManager.
namespace renkei::test {

// Three patients (p1 has 120 observations, medications, an allergy, a discharge summary with a
// PDF), two practitioners, two organizations; accounts doctor1 (user/*.read), pharm1
// (medications and allergies), clerk1 (Patient, Encounter); all with password "demo-pass-123".
demo::Dataset smallDataset();
inline constexpr int kP1Observations = 120;
inline const QString kPassword = QStringLiteral("demo-pass-123");

// A clock the test owns: starts at 2026-04-01T09:00:00Z.
struct TestClock {
    std::shared_ptr<QDateTime> now
        = std::make_shared<QDateTime>(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    demo::Clock clock() const
    {
        auto p = now;
        return [p] { return *p; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // raw, as received
    qint64 elapsedMs = 0;
    bool finished = false; // false: the wait ran out

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // an empty object if the body is not a JSON object
};

struct RequestOptions {
    QByteArray method = "GET";
    QByteArray body;
    QByteArray contentType;
    QString bearer;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool followRedirects = false;
    int transferTimeoutMs = 0; // QNetworkRequest::setTransferTimeout
    int waitMs = 10000; // how long the test waits for the reply
    QSslConfiguration ssl;
    bool useSsl = false;
};

HttpResult fetch(QNetworkAccessManager &nam, const QUrl &url, const RequestOptions &options = {});
HttpResult fetch(QNetworkAccessManager &nam, const QUrl &url, const QString &bearer);

// Every page of a searchset, following `next` links (at most `maxPages`); the resources' ids
// ("Type/id") of the match entries in order; the Bundles in `bundles` if given.
QStringList fetchAllPages(QNetworkAccessManager &nam, const QUrl &first, const QString &bearer,
    QList<QJsonObject> *bundles = nullptr, int maxPages = 100);
QString nextLink(const QJsonObject &bundle);
QString selfLink(const QJsonObject &bundle);

// A URL under the server's base: base + path (and query).
QUrl at(const demo::DemoServer &server, const QString &pathAndQuery);

// Adds `Name=value` pairs to a form body.
QByteArray form(const QList<QPair<QString, QString>> &fields);
// The hidden fields of the demo sign-in page's form (name, unescaped value), to post back.
QList<QPair<QString, QString>> hiddenFormFields(const QString &html);

} // namespace renkei::test

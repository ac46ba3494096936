#include "demo/demoserverfixture.h"

#include "demo/demosignin.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace renkei::test {

namespace {

demo::StoredResource make(const QString &type, const QString &id, const QString &patientId,
    const QDateTime &lastUpdated, const QDate &clinicalDate, QJsonObject json)
{
    json.insert(u"resourceType"_s, type);
    json.insert(u"id"_s, id);
    json.insert(
        u"meta"_s, QJsonObject { { u"lastUpdated"_s, lastUpdated.toString(Qt::ISODateWithMs) } });
    return demo::StoredResource { type, id, patientId, lastUpdated, clinicalDate, json };
}

QJsonObject ref(const QString &reference)
{
    return QJsonObject { { u"reference"_s, reference } };
}

QJsonArray names(const QString &kanjiFamily, const QString &kanjiGiven, const QString &kanaFamily,
    const QString &kanaGiven)
{
    auto name = [](const QString &family, const QString &given, const QString &code) {
        return QJsonObject {
            { u"extension"_s,
                QJsonArray { QJsonObject {
                    { u"url"_s,
                        u"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"_s },
                    { u"valueCode"_s, code } } } },
            { u"use"_s, u"official"_s }, { u"text"_s, QString(family + u'\u3000' + given) },
            { u"family"_s, family }, { u"given"_s, QJsonArray { given } }
        };
    };
    return QJsonArray { name(kanjiFamily, kanjiGiven, u"IDE"_s),
        name(kanaFamily, kanaGiven, u"SYL"_s) };
}

} // namespace

demo::Dataset smallDataset()
{
    demo::Dataset d;
    d.networkName = u"はなみずき地域医療連携ネット（テスト）"_s;
    d.regionalIdSystem = u"urn:oid:1.2.392.999.1"_s;
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    auto &r = d.resources;
    r.append(make(u"Organization"_s, u"org1"_s, {}, base, {},
        QJsonObject { { u"name"_s, u"はなみずき総合病院"_s } }));
    r.append(make(u"Organization"_s, u"org2"_s, {}, base, {},
        QJsonObject { { u"name"_s, u"さくら薬局"_s } }));
    r.append(make(u"Practitioner"_s, u"pr1"_s, {}, base, {},
        QJsonObject {
            { u"name"_s, QJsonArray { QJsonObject { { u"text"_s, u"医師 一郎"_s } } } } }));
    r.append(make(u"Practitioner"_s, u"pr2"_s, {}, base, {},
        QJsonObject {
            { u"name"_s, QJsonArray { QJsonObject { { u"text"_s, u"医師 二郎"_s } } } } }));
    struct P {
        QString id, kf, kg, nf, ng, birth, gender, local;
    };
    const QList<P> patients = { { u"p1"_s, u"山田"_s, u"太郎"_s, u"ヤマダ"_s, u"タロウ"_s,
                                    u"1950-03-04"_s, u"male"_s, u"0001234"_s },
        { u"p2"_s, u"山本"_s, u"花子"_s, u"ヤマモト"_s, u"ハナコ"_s, u"1972-11-20"_s, u"female"_s,
            u"0005678"_s },
        { u"p3"_s, u"佐藤"_s, u"健"_s, u"サトウ"_s, u"ケン"_s, u"1990-07-01"_s, u"male"_s,
            u"0009999"_s } };
    for (const P &p : patients) {
        r.append(make(u"Patient"_s, p.id, p.id, base, {},
            QJsonObject { { u"name"_s, names(p.kf, p.kg, p.nf, p.ng) }, { u"birthDate"_s, p.birth },
                { u"gender"_s, p.gender },
                { u"identifier"_s,
                    QJsonArray { QJsonObject { { u"system"_s, d.regionalIdSystem },
                                     { u"value"_s, QString(u"R-"_s + p.local) } },
                        QJsonObject {
                            { u"system"_s, u"urn:oid:1.2.392.100495.20.3.51.11311234567"_s },
                            { u"value"_s, p.local } } } } }));
    }
    for (int i = 0; i < kP1Observations; ++i) {
        const QDate date = QDate(2016, 1, 1).addDays(i * 30);
        r.append(make(u"Observation"_s, u"obs%1"_s.arg(i, 3, 10, QChar(u'0')), u"p1"_s,
            base.addSecs(i), date,
            QJsonObject { { u"status"_s, u"final"_s }, { u"subject"_s, ref(u"Patient/p1"_s) },
                { u"effectiveDateTime"_s, date.toString(Qt::ISODate) },
                { u"performer"_s,
                    QJsonArray { ref(i % 2 ? u"Practitioner/pr1"_s : u"Practitioner/pr2"_s),
                        ref(u"Organization/org1"_s) } },
                { u"valueQuantity"_s,
                    QJsonObject { { u"value"_s, 5.0 + i % 7 }, { u"unit"_s, u"mg/dL"_s } } } }));
    }
    for (int i = 0; i < 3; ++i)
        r.append(make(u"Observation"_s, u"p2obs%1"_s.arg(i), u"p2"_s, base, QDate(2024, 1, 1 + i),
            QJsonObject { { u"status"_s, u"final"_s }, { u"subject"_s, ref(u"Patient/p2"_s) } }));
    for (int i = 0; i < 4; ++i) {
        r.append(
            make(u"MedicationRequest"_s, u"mr%1"_s.arg(i), u"p1"_s, base, QDate(2025, 1 + i, 10),
                QJsonObject { { u"status"_s, u"active"_s }, { u"intent"_s, u"order"_s },
                    { u"subject"_s, ref(u"Patient/p1"_s) },
                    { u"requester"_s, ref(u"Practitioner/pr1"_s) } }));
        r.append(make(u"MedicationDispense"_s, u"md%1"_s.arg(i), u"p1"_s, base,
            QDate(2025, 1 + i, 11),
            QJsonObject { { u"status"_s, u"completed"_s }, { u"subject"_s, ref(u"Patient/p1"_s) },
                { u"performer"_s,
                    QJsonArray {
                        QJsonObject { { u"actor"_s, ref(u"Organization/org2"_s) } } } } }));
    }
    r.append(make(u"AllergyIntolerance"_s, u"al1"_s, u"p1"_s, base, QDate(2020, 5, 1),
        QJsonObject { { u"patient"_s, ref(u"Patient/p1"_s) } }));
    r.append(make(u"Encounter"_s, u"enc1"_s, u"p1"_s, base, QDate(2024, 6, 1),
        QJsonObject { { u"status"_s, u"finished"_s }, { u"subject"_s, ref(u"Patient/p1"_s) },
            { u"serviceProvider"_s, ref(u"Organization/org1"_s) } }));
    r.append(make(u"Condition"_s, u"cond1"_s, u"p1"_s, base, QDate(2024, 6, 1),
        QJsonObject { { u"subject"_s, ref(u"Patient/p1"_s) } }));
    r.append(make(u"Composition"_s, u"dis1"_s, u"p1"_s, base, QDate(2024, 6, 14),
        QJsonObject { { u"status"_s, u"final"_s }, { u"title"_s, u"退院時サマリー"_s },
            { u"subject"_s, ref(u"Patient/p1"_s) } }));
    r.append(make(u"DocumentReference"_s, u"doc1"_s, u"p1"_s, base, QDate(2024, 6, 14),
        QJsonObject { { u"status"_s, u"current"_s }, { u"subject"_s, ref(u"Patient/p1"_s) },
            { u"content"_s,
                QJsonArray { QJsonObject { { u"attachment"_s,
                    QJsonObject { { u"contentType"_s, u"application/pdf"_s },
                        { u"url"_s, u"Binary/bin1"_s } } } } } } }));
    r.append(make(u"Binary"_s, u"bin1"_s, u"p1"_s, base, QDate(2024, 6, 14),
        QJsonObject { { u"contentType"_s, u"application/pdf"_s },
            { u"data"_s, QString::fromLatin1(QByteArray("%PDF-1.4 demo\n%%EOF\n").toBase64()) } }));
    r.append(make(u"DiagnosticReport"_s, u"dr1"_s, u"p1"_s, base, QDate(2024, 6, 2),
        QJsonObject { { u"status"_s, u"final"_s }, { u"subject"_s, ref(u"Patient/p1"_s) } }));

    const QStringList pharmacist = { u"openid"_s, u"offline_access"_s, u"user/Patient.read"_s,
        u"user/Practitioner.read"_s, u"user/Organization.read"_s, u"user/MedicationRequest.read"_s,
        u"user/MedicationDispense.read"_s, u"user/AllergyIntolerance.read"_s };
    d.accounts = {
        { u"doctor1"_s, kPassword, u"doctor"_s, u"連携 太郎"_s,
            { u"openid"_s, u"offline_access"_s, u"user/*.read"_s } },
        { u"pharm1"_s, kPassword, u"pharmacist"_s, u"薬局 花子"_s, pharmacist },
        { u"clerk1"_s, kPassword, u"clerk"_s, u"事務 次郎"_s,
            { u"user/Patient.read"_s, u"user/Encounter.read"_s } },
    };
    return d;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult fetch(QNetworkAccessManager &nam, const QUrl &url, const RequestOptions &o)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        o.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                          : QNetworkRequest::ManualRedirectPolicy);
    if (!o.bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + o.bearer.toLatin1());
    if (!o.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, o.contentType);
    for (const auto &[name, value] : o.headers)
        request.setRawHeader(name, value);
    if (o.transferTimeoutMs > 0)
        request.setTransferTimeout(o.transferTimeoutMs);
    if (o.useSsl)
        request.setSslConfiguration(o.ssl);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.sendCustomRequest(request, o.method, o.body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = spy.wait(o.waitMs) || reply->isFinished();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult fetch(QNetworkAccessManager &nam, const QUrl &url, const QString &bearer)
{
    RequestOptions o;
    o.bearer = bearer;
    return fetch(nam, url, o);
}

QString nextLink(const QJsonObject &bundle)
{
    const QJsonArray links = bundle.value(u"link"_s).toArray();
    for (const QJsonValue &l : links) {
        if (l.toObject().value(u"relation"_s).toString() == u"next"_s)
            return l.toObject().value(u"url"_s).toString();
    }
    return {};
}

QString selfLink(const QJsonObject &bundle)
{
    const QJsonArray links = bundle.value(u"link"_s).toArray();
    for (const QJsonValue &l : links) {
        if (l.toObject().value(u"relation"_s).toString() == u"self"_s)
            return l.toObject().value(u"url"_s).toString();
    }
    return {};
}

QStringList fetchAllPages(QNetworkAccessManager &nam, const QUrl &first, const QString &bearer,
    QList<QJsonObject> *bundles, int maxPages)
{
    QStringList ids;
    QUrl url = first;
    for (int page = 0; page < maxPages && url.isValid() && !url.isEmpty(); ++page) {
        const HttpResult r = fetch(nam, url, bearer);
        if (r.status != 200)
            return ids;
        const QJsonObject bundle = r.json();
        if (bundles)
            bundles->append(bundle);
        const QJsonArray entries = bundle.value(u"entry"_s).toArray();
        for (const QJsonValue &e : entries) {
            const QJsonObject entry = e.toObject();
            if (entry.value(u"search"_s).toObject().value(u"mode"_s).toString() != u"match"_s)
                continue;
            const QJsonObject res = entry.value(u"resource"_s).toObject();
            ids.append(
                res.value(u"resourceType"_s).toString() + u'/' + res.value(u"id"_s).toString());
        }
        const QString next = nextLink(bundle);
        url = next.isEmpty() ? QUrl() : QUrl(next);
    }
    return ids;
}

QUrl at(const demo::DemoServer &server, const QString &pathAndQuery)
{
    return QUrl(server.url().toString() + pathAndQuery);
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<QPair<QString, QString>> hiddenFormFields(const QString &html)
{
    return demo::signInFormFields(html);
}

} // namespace renkei::test

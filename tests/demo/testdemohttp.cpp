// The demo server's HTTP layer: the request parser on good and bad input, gzip, keep-alive,
// and a server that answers garbage with 400 instead of falling over.
#include "demo/demoserverfixture.h"
#include "demo/http.h"
#include "demo/server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei::demo;
using namespace renkei::test;

class TestDemoHttp : public QObject {
    Q_OBJECT
private slots:
    void parser_data();
    void parser();
    void parserByteByByte();
    void parserPipelined();
    void parserLimits();
    void gzipRoundTrip();
    void serializeHasContentLength();
    void garbageGets400_data();
    void garbageGets400();
    void keepAliveServesSeveralRequests();
    void gzipWhenAsked();
    void gzipDecodedByQnam();
    void handlerFuzzNeverCrashes();
};

void TestDemoHttp::parser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expected"); // 0: a request, else the error status
    QTest::addColumn<QString>("path");
    QTest::newRow("simple") << QByteArray("GET /metadata HTTP/1.1\r\nHost: x\r\n\r\n") << 0
                            << u"/metadata"_s;
    QTest::newRow("bare LF") << QByteArray("GET /a HTTP/1.1\nHost: x\n\n") << 0 << u"/a"_s;
    QTest::newRow("percent path") << QByteArray("GET /Patient/p%201 HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << 0 << u"/Patient/p 1"_s;
    QTest::newRow("HTTP/1.0 no host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << u"/"_s;
    QTest::newRow("body") << QByteArray("POST /t HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n"
                                        "abc")
                          << 0 << u"/t"_s;
    QTest::newRow("no host 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << QString();
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\r\n\r\n", 11) << 400
                             << QString();
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                << QString();
    QTest::newRow("absolute form")
        << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << QString();
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505 << QString();
    QTest::newRow("header no colon")
        << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 400 << QString();
    QTest::newRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << QString();
    QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 400
                             << QString();
    QTest::newRow("negative length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400
        << QString();
    QTest::newRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n"
        "\r\nab") << 400 << QString();
    QTest::newRow("chunked") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 501 << QString();
    QTest::newRow("huge body") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n")
                               << 413 << QString();
    QTest::newRow("nul in path") << QByteArray("GET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                 << QString();
}

void TestDemoHttp::parser()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expected);
    QFETCH(QString, path);
    HttpRequestParser parser;
    const auto state = parser.feed(input);
    if (expected == 0) {
        QCOMPARE(state, HttpRequestParser::State::Ready);
        const HttpRequest r = parser.takeRequest();
        QCOMPARE(r.path, path);
        if (r.method == "POST")
            QCOMPARE(r.body, QByteArray("abc"));
    } else {
        QCOMPARE(state, HttpRequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), expected);
    }
}

void TestDemoHttp::parserByteByByte()
{
    const QByteArray input = "GET /Patient?name=%E5%B1%B1%E7%94%B0+%E5%A4%AA&_count=2 HTTP/1.1\r\n"
                             "Host: 127.0.0.1\r\nAccept-Encoding: gzip, deflate\r\n\r\n";
    HttpRequestParser parser;
    for (qsizetype i = 0; i < input.size() - 1; ++i)
        QCOMPARE(parser.feed(input.mid(i, 1)), HttpRequestParser::State::NeedMore);
    QCOMPARE(parser.feed(input.right(1)), HttpRequestParser::State::Ready);
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.query.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"山田 太"_s);
    QCOMPARE(r.query.queryItemValue(u"_count"_s), u"2"_s);
    QVERIFY(r.acceptsGzip());
    QVERIFY(r.keepAlive());
}

void TestDemoHttp::parserPipelined()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n"
                         "Connection: close\r\n\r\n"),
        HttpRequestParser::State::Ready);
    QCOMPARE(parser.takeRequest().path, u"/a"_s);
    QCOMPARE(parser.advance(), HttpRequestParser::State::Ready);
    const HttpRequest b = parser.takeRequest();
    QCOMPARE(b.path, u"/b"_s);
    QVERIFY(!b.keepAlive());
    QCOMPARE(parser.advance(), HttpRequestParser::State::NeedMore);
}

void TestDemoHttp::parserLimits()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 5;
    HttpRequestParser big(limits);
    QCOMPARE(big.feed("GET /" + QByteArray(2000, 'a')), HttpRequestParser::State::Failed);
    QCOMPARE(big.errorStatus(), 431);
    HttpRequestParser many(limits);
    QByteArray req = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 10; ++i)
        req += "X-A" + QByteArray::number(i) + ": 1\r\n";
    QCOMPARE(many.feed(req + "\r\n"), HttpRequestParser::State::Failed);
    QCOMPARE(many.errorStatus(), 431);
}

void TestDemoHttp::gzipRoundTrip()
{
    const QByteArray data = QByteArray("{\"resourceType\":\"Bundle\"}").repeated(500);
    const QByteArray gz = gzipCompress(data);
    QVERIFY(gz.startsWith("\x1f\x8b\x08"));
    QVERIFY(gz.size() < data.size() / 10);
    QCOMPARE(gzipDecompress(gz), data);
    QVERIFY(gzipDecompress(gz.left(gz.size() - 4)).isEmpty());
    QCOMPARE(gzipDecompress(gzipCompress(QByteArray())), QByteArray());
}

void TestDemoHttp::serializeHasContentLength()
{
    HttpResponse r = HttpResponse::json(404, "{}");
    const QByteArray bytes = serializeResponse(r, true);
    QVERIFY(bytes.startsWith("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(bytes.contains("Content-Length: 2\r\n"));
    QVERIFY(bytes.contains("Connection: keep-alive\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n{}"));
}

void TestDemoHttp::garbageGets400_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("tls hello on http")
        << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n", 15)
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("words") << QByteArray("hello there\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("endless header") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(40000, 'x'))
                                    << QByteArray("HTTP/1.1 431");
}

void TestDemoHttp::garbageGets400()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, statusLine);
    DemoServer server(smallDataset());
    QVERIFY(server.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.write(input);
    QVERIFY(closed.wait(5000));
    const QByteArray answer = socket.readAll();
    QVERIFY2(answer.startsWith(statusLine), answer.left(40).constData());
    QVERIFY(answer.contains("application/fhir+json"));
    // Still serving.
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, at(server, u"/metadata"_s)).status, 200);
}

void TestDemoHttp::keepAliveServesSeveralRequests()
{
    DemoServer server(smallDataset());
    QVERIFY(server.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /metadata HTTP/1.1\r\nHost: a\r\n\r\nGET /.well-known/smart-configuration "
                 "HTTP/1.1\r\nHost: a\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == 2, 5000);
    QVERIFY(received.contains("Connection: keep-alive"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write("GET /metadata HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QCOMPARE(server.requestCount(), 3);
}

void TestDemoHttp::gzipWhenAsked()
{
    DemoServer server(smallDataset());
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    RequestOptions o;
    o.headers = { { "Accept-Encoding", "gzip" } }; // set by hand: QNAM leaves the body alone
    const HttpResult r = fetch(nam, at(server, u"/metadata"_s), o);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Encoding"), QByteArray("gzip"));
    const QByteArray plain = gzipDecompress(r.body);
    QVERIFY(!plain.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(plain).object().value(u"resourceType"_s).toString(),
        u"CapabilityStatement"_s);

    RequestOptions identity;
    identity.headers = { { "Accept-Encoding", "identity" } };
    const HttpResult p = fetch(nam, at(server, u"/metadata"_s), identity);
    QVERIFY(p.header("Content-Encoding").isEmpty());
    QCOMPARE(p.body, plain);
}

void TestDemoHttp::gzipDecodedByQnam()
{
    DemoServer server(smallDataset());
    QVERIFY(server.start());
    QNetworkAccessManager nam; // asks for gzip by itself and decodes it
    const HttpResult r = fetch(nam, at(server, u"/metadata"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"fhirVersion"_s).toString(), u"4.0.1"_s);
    QVERIFY(r.header("Content-Type").startsWith("application/fhir+json"));
}

void TestDemoHttp::handlerFuzzNeverCrashes()
{
    // Random bytes into the parser and whatever parses into the handler.
    DemoServer server(smallDataset());
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 24;
    };
    const QByteArray seeds[] = { "GET /Patient?name=", "GET /Patient/p1/$everything?_since=",
        "POST /token HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n",
        "GET /Observation?_count=", "GET /Patient?birthdate=",
        "POST /authorize HTTP/1.1\r\nHost: a\r\nContent-Length: 9\r\n\r\n" };
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = seeds[round % 6];
        const int n = static_cast<int>(next() % 40);
        for (int i = 0; i < n; ++i)
            input.append(static_cast<char>(next()));
        if (!input.contains("HTTP/1.1"))
            input += " HTTP/1.1\r\nHost: a\r\n\r\n";
        HttpRequestParser parser;
        if (parser.feed(input) == HttpRequestParser::State::Ready) {
            const HttpResponse r = server.handle(parser.takeRequest());
            QVERIFY(r.status >= 200 && r.status < 600);
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoHttp)
#include "testdemohttp.moc"

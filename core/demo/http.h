#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// A small HTTP/1.1 message layer for the demo network's server: an incremental request parser
// with size limits (never trusts its input), and responses serialized with Content-Length.
namespace renkei::demo {

struct HttpRequest {
    QByteArray method; // "GET", "POST", ...
    QByteArray target; // as sent: path and query, still percent-encoded
    QString path; // decoded path, no query
    QUrlQuery query; // decoded query items
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order
    QByteArray body;
    bool secure = false; // arrived over TLS

    // The first header of that (lower-case) name, or an empty array.
    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const;
    // Keep the connection open after the response (HTTP/1.1 default unless "Connection: close").
    bool keepAlive() const;
    bool acceptsGzip() const;
};

// A request path as the log may show it: the segment after a resource type (an id, which can
// identify a patient) becomes "…"; operations ($everything) and _history stay.
// "/fhir/Patient/p1/$everything" -> "/fhir/Patient/…/$everything".
QString loggablePath(const QString &path);

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added by serialize()
    QByteArray body;

    // What the connection does with it (set by fault switches).
    int delayMs = 0; // wait before sending
    qint64 cutAfterBytes = -1; // send this many bytes of the serialized response, then close
    bool hang = false; // never answer; keep the connection open
    bool close = false; // close the connection after sending

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive
    void removeHeader(const QByteArray &name);

    static HttpResponse json(int status, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/fhir+json; charset=utf-8"));
    static HttpResponse html(int status, const QByteArray &body);
    static HttpResponse redirect(const QByteArray &location);
};

QByteArray reasonPhrase(int status);

// "HTTP/1.1 <status> <reason>\r\n" + headers + Content-Length + "\r\n" + body.
QByteArray serializeResponse(const HttpResponse &response, bool keepAlive, bool headOnly = false);

// A gzip member (RFC 1952) around a raw deflate stream: what `Content-Encoding: gzip` carries.
QByteArray gzipCompress(const QByteArray &data, int level = 1);
// Decodes a gzip member; an empty array on corrupt input. For tests and tools.
QByteArray gzipDecompress(const QByteArray &data);

struct HttpLimits {
    qsizetype maxHeaderBytes = 32 * 1024; // request line + headers
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 1024 * 1024;
};

// Feed bytes as they arrive; take complete requests out. After an error the parser stays failed:
// answer with errorStatus() and close the connection.
class HttpRequestParser {
public:
    explicit HttpRequestParser(HttpLimits limits = {})
        : m_limits(limits)
    {
    }

    enum class State { NeedMore, Ready, Failed };

    // Appends bytes and parses as far as possible.
    State feed(const QByteArray &bytes);
    // Parses what is buffered (after takeRequest(), a pipelined request may already be there).
    State advance();
    State state() const { return m_state; }
    HttpRequest takeRequest();
    int errorStatus() const { return m_errorStatus; } // 400, 413, 431, 501, 505
    QString errorText() const { return m_errorText; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    State fail(int status, const QString &text);
    State parseHead(qsizetype headEnd, qsizetype separatorLength);

    HttpLimits m_limits;
    QByteArray m_buffer;
    State m_state = State::NeedMore;
    HttpRequest m_current;
    bool m_haveHead = false;
    qsizetype m_bodyLength = 0;
    int m_errorStatus = 0;
    QString m_errorText;
};

} // namespace renkei::demo

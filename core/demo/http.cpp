#include "demo/http.h"

#include <QUrl>

#include <cstring>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

QList<QByteArray> splitLines(const QByteArray &head)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start <= head.size()) {
        qsizetype nl = head.indexOf('\n', start);
        if (nl < 0)
            nl = head.size();
        QByteArray line = head.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = nl + 1;
    }
    return lines;
}

} // namespace

QString loggablePath(const QString &path)
{
    QStringList segments = path.split(u'/');
    bool afterType = false;
    for (QString &segment : segments) {
        const bool keep = !afterType || segment.startsWith(u'$') || segment.startsWith(u'_');
        afterType = !segment.isEmpty() && segment.at(0).isUpper() && segment.at(0).isLetter();
        if (!keep)
            segment = u"…"_s;
    }
    return segments.join(u'/');
}

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

bool HttpRequest::acceptsGzip() const
{
    const QList<QByteArray> codings = header("accept-encoding").toLower().split(',');
    for (const QByteArray &c : codings) {
        const QList<QByteArray> parts = c.split(';');
        if (parts.first().trimmed() != "gzip")
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("q=") && p.mid(2).toDouble() <= 0.0)
                return false;
        }
        return true;
    }
    return false;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({ name, value });
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

void HttpResponse::removeHeader(const QByteArray &name)
{
    headers.removeIf(
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

HttpResponse HttpResponse::json(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

HttpResponse HttpResponse::html(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("X-Frame-Options", "DENY");
    r.setHeader("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; "
        "form-action 'self'");
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray serializeResponse(const HttpResponse &response, bool keepAlive, bool headOnly)
{
    QByteArray out;
    out.reserve(response.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += response.body;
    return out;
}

QByteArray gzipCompress(const QByteArray &data, int level)
{
    // The gzip member by hand (RFC 1952): a fixed 10-byte header, a raw deflate stream
    // (negative window bits), then CRC-32 and the input size, both little-endian.
    z_stream zs;
    std::memset(&zs, 0, sizeof(zs));
    if (deflateInit2(&zs, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    const char header[10] = { '\x1f', '\x8b', 8, 0, 0, 0, 0, 0, 0, '\xff' };
    out.append(header, sizeof(header));
    const qsizetype headerSize = out.size();
    const auto bound = static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size())));
    out.resize(headerSize + bound + 8);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data() + headerSize);
    zs.avail_out = static_cast<uInt>(bound);
    const int rc = deflate(&zs, Z_FINISH);
    const auto produced = static_cast<qsizetype>(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(headerSize + produced);
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()),
        static_cast<uInt>(data.size()));
    const auto size = static_cast<quint32>(data.size());
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((crc >> (8 * i)) & 0xff));
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((size >> (8 * i)) & 0xff));
    return out;
}

QByteArray gzipDecompress(const QByteArray &data)
{
    z_stream zs;
    std::memset(&zs, 0, sizeof(zs));
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return {};
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    char chunk[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof(chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out.append(chunk, static_cast<qsizetype>(sizeof(chunk) - zs.avail_out));
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0)
            break; // truncated input
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &text)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorText = text;
    m_buffer.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return m_state;
    m_buffer.append(bytes);
    return advance();
}

HttpRequestParser::State HttpRequestParser::advance()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (!m_haveHead) {
        // Tolerate empty lines before a request line (RFC 9112 §2.2).
        while (m_buffer.startsWith("\r\n") || m_buffer.startsWith("\n"))
            m_buffer.remove(0, m_buffer.startsWith("\r\n") ? 2 : 1);
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype sepLength = 4;
        const qsizetype lfEnd = m_buffer.indexOf("\n\n");
        if (lfEnd >= 0 && (end < 0 || lfEnd < end)) {
            end = lfEnd;
            sepLength = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, u"request head too large"_s);
            return m_state;
        }
        if (end > m_limits.maxHeaderBytes)
            return fail(431, u"request head too large"_s);
        if (parseHead(end, sepLength) == State::Failed)
            return m_state;
    }
    if (m_buffer.size() < m_bodyLength)
        return m_state;
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_state = State::Ready;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd, qsizetype separatorLength)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + separatorLength);
    const QList<QByteArray> lines = splitLines(head);
    if (lines.isEmpty())
        return fail(400, u"empty request"_s);

    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3)
        return fail(400, u"malformed request line"_s);
    HttpRequest request;
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.version = parts.at(2);
    if (!isToken(request.method))
        return fail(400, u"malformed method"_s);
    if (!request.version.startsWith("HTTP/1."))
        return request.version.startsWith("HTTP/") ? fail(505, u"unsupported HTTP version"_s)
                                                   : fail(400, u"malformed HTTP version"_s);
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
        return fail(505, u"unsupported HTTP version"_s);
    if (!request.target.startsWith('/') || hasControlChars(request.target)
        || request.target.contains('#'))
        return fail(400, u"malformed request target"_s);

    const qsizetype q = request.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? request.target : request.target.left(q);
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (request.path.contains(QChar(0)) || request.path.contains(QChar::ReplacementCharacter))
        return fail(400, u"malformed path"_s);
    if (q >= 0) {
        // '+' means space in query strings sent by HTML forms and most clients.
        QByteArray rawQuery = request.target.mid(q + 1);
        rawQuery.replace('+', "%20");
        request.query.setQuery(QString::fromLatin1(rawQuery));
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, u"obsolete header folding"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, u"malformed header line"_s);
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || hasControlChars(value))
            return fail(400, u"malformed header"_s);
        request.headers.append({ name, value });
        if (request.headers.size() > m_limits.maxHeaderCount)
            return fail(431, u"too many headers"_s);
    }
    if (request.version == "HTTP/1.1" && !request.hasHeader("host"))
        return fail(400, u"missing Host header"_s);
    if (request.hasHeader("transfer-encoding"))
        return fail(501, u"Transfer-Encoding not supported"_s);

    m_bodyLength = 0;
    bool seenLength = false;
    for (const auto &[name, value] : request.headers) {
        if (name != "content-length")
            continue;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0 || value.startsWith('+') || (seenLength && n != m_bodyLength))
            return fail(400, u"malformed Content-Length"_s);
        if (n > m_limits.maxBodyBytes)
            return fail(413, u"request body too large"_s);
        m_bodyLength = static_cast<qsizetype>(n);
        seenLength = true;
    }
    m_current = std::move(request);
    m_haveHead = true;
    return m_state;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest out = std::move(m_current);
    m_current = {};
    m_haveHead = false;
    m_bodyLength = 0;
    m_state = State::NeedMore;
    return out;
}

} // namespace renkei::demo

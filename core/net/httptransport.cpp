#include "net/httptransport.h"

#include "net/httpcall.h"

namespace renkei::net {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpTransport::HttpTransport(
    QNetworkAccessManager &nam, TlsPolicy tls, TransportOptions options, Clock clock)
    : m_nam(nam)
    , m_tls(std::move(tls))
    , m_options(options)
    , m_clock(std::move(clock))
    , m_queue(options.maxInFlight)
{
}

HttpCall *HttpTransport::send(const HttpRequestSpec &spec, QObject *parent)
{
    auto *call = new HttpCall(*this, spec, parent);
    call->start();
    return call;
}

} // namespace renkei::net

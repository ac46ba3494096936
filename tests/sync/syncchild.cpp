// A test-only program for TestSyncCrash: syncs one patient into a passphrase-keyed cache and
// exits 0 when the sync completed (1 on a sync error, 2 on bad usage). The test kills it with
// SIGKILL at random points. Arguments: BASE_URL CACHE_FILE PARAMS_FILE PATIENT PAGE_SIZE; the
// bearer token comes in RENKEI_TEST_TOKEN (never on a command line).
#include "cache/cache.h"
#include "crypto/passphrasekeystore.h"
#include "net/fhirclient.h"
#include "net/httptransport.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

struct EnvToken : net::AccessTokenSource {
    QByteArray token = qgetenv("RENKEI_TEST_TOKEN");
    crypto::SecretBytes accessToken() const override { return crypto::SecretBytes::copyOf(token); }
    bool needsRefresh() const override { return false; }
    void refreshAccessToken(QObject *, std::function<void(const Result<void> &)> done) override
    {
        done(Error { Error::Kind::Auth, u"no refresh in the child"_s });
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    auto keys = crypto::PassphraseKeyStore::unlock(args.at(3),
        crypto::SecretBytes::copyOf(QByteArrayLiteral("crash-test-passphrase")),
        crypto::ScryptParams { 1u << 10, 8, 1 });
    if (!keys) {
        std::fprintf(stderr, "keys: %s\n", qPrintable(keys.error().describe()));
        return 1;
    }
    auto cache = cache::Cache::open(
        args.at(2), **keys, cache::Cache::keyScope(u"hanamizuki-demo"_s, u"crash"_s));
    if (!cache) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(cache.error().describe()));
        return 1;
    }
    QNetworkAccessManager nam;
    net::TransportOptions options;
    options.requestTimeoutMs = 10000;
    net::HttpTransport transport(nam, {}, options);
    EnvToken token;
    transport.setTokenSource(&token);
    net::FhirClient client(transport, QUrl(args.at(1)));
    sync::SyncOptions syncOptions;
    syncOptions.pageSize = args.at(5).toInt();
    syncOptions.now = [] { return QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC); };
    sync::SyncEngine engine(client, **cache, u"hanamizuki-demo"_s, syncOptions);
    QObject::connect(&engine, &sync::SyncEngine::finished, &app, [&] {
        if (!engine.result())
            std::fprintf(stderr, "sync: %s\n", qPrintable(engine.result().error().describe()));
        app.exit(engine.result() ? 0 : 1);
    });
    engine.start(args.at(4));
    return app.exec();
}

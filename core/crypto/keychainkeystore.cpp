#include "crypto/keychainkeystore.h"

#include "crypto/primitives.h"
#include "util/logging.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace renkei::crypto {

namespace {

// Runs a keychain job to its end, or until the time limit. The job is deleted later either
// way, so a late `finished` from a hung backend cannot touch freed memory.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

Error jobError(const QKeychain::Job &job)
{
    Error e;
    e.message = job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = Error::Kind::Unavailable;
        e.code = u"access-denied"_s;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = Error::Kind::Unavailable;
        e.code = u"no-secret-service"_s;
        break;
    default:
        e.kind = Error::Kind::Unavailable;
        e.code = KeychainKeyStore::classify(job.errorString());
        break;
    }
    return e;
}

Error timeoutError()
{
    return Error { Error::Kind::Timeout, u"the keychain did not answer in time"_s, {}, {},
        u"timeout"_s };
}

template <typename JobT>
std::unique_ptr<JobT, void (*)(JobT *)> makeJob(const QString &service, const QString &key)
{
    auto job = std::unique_ptr<JobT, void (*)(JobT *)>(
        new JobT(service), [](JobT *j) { j->deleteLater(); });
    job->setKey(key);
    return job;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

QString KeychainKeyStore::classify(const QString &message)
{
    if (message.contains(u"autolaunch"_s, Qt::CaseInsensitive)
        || message.contains(u"DBUS_SESSION_BUS_ADDRESS"_s)
        || message.contains(u"Not connected to D-Bus"_s, Qt::CaseInsensitive)
        || message.startsWith(u"Could not connect"_s))
        return u"no-session-bus"_s;
    if (message.contains(u"org.freedesktop.secrets"_s) || message.contains(u"ServiceUnknown"_s))
        return u"no-secret-service"_s;
    if (message.contains(u"/collection/"_s) || message.contains(u"No such collection"_s))
        return u"no-collection"_s;
    if (message.contains(u"locked"_s, Qt::CaseInsensitive)
        || message.contains(u"dismissed"_s, Qt::CaseInsensitive))
        return u"locked"_s;
    if (message.contains(u"denied"_s, Qt::CaseInsensitive))
        return u"access-denied"_s;
    return u"other"_s;
}

Result<SecretBytes> KeychainKeyStore::loadOrCreateKey(const QString &scope)
{
    auto read = makeJob<QKeychain::ReadPasswordJob>(m_service, scope);
    if (!runJob(read.get(), m_timeoutMs))
        return timeoutError();
    if (read->error() == QKeychain::NoError) {
        QByteArray stored = read->binaryData();
        SecretBytes key = SecretBytes::copyOf(stored);
        wipe(stored);
        if (key.size() != kKeySize)
            return Error { Error::Kind::Invalid, u"the keychain entry is not a 256-bit key"_s, {},
                {}, u"bad-entry"_s };
        return key;
    }
    if (read->error() != QKeychain::EntryNotFound)
        return jobError(*read);

    auto key = randomKey();
    if (!key)
        return key.error();
    auto write = makeJob<QKeychain::WritePasswordJob>(m_service, scope);
    QByteArray copy = key->view().toByteArray();
    write->setBinaryData(copy);
    wipe(copy);
    if (!runJob(write.get(), m_timeoutMs))
        return timeoutError();
    if (write->error() != QKeychain::NoError)
        return jobError(*write);
    qCInfo(lcCache) << "created a new key in the keychain";
    return key;
}

Result<void> KeychainKeyStore::removeKey(const QString &scope)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, scope);
    if (!runJob(job.get(), m_timeoutMs))
        return timeoutError();
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return jobError(*job);
    return {};
}

Result<void> KeychainKeyStore::probe()
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, u"renkei:probe"_s);
    if (!runJob(job.get(), m_timeoutMs))
        return timeoutError();
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {};
    return jobError(*job);
}

} // namespace renkei::crypto

#include "crypto/keychainaccess.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace renkei::crypto {

namespace {

struct JobDeleter {
    void operator()(QKeychain::Job *job) const { job->deleteLater(); }
};
template <typename JobT>
using JobPtr = std::unique_ptr<JobT, JobDeleter>;

template <typename JobT>
JobPtr<JobT> makeJob(const QString &service, const QString &key)
{
    JobPtr<JobT> job(new JobT(service));
    job->setAutoDelete(false);
    job->setKey(key);
    return job;
}

// Starts `job` and waits for it, at most `timeoutMs`. Returns the error, if any; an absent
// entry is not one (the caller looks at job.error()).
std::optional<Error> runToEnd(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    if (!done)
        return Error { Error::Kind::Timeout, u"the keychain did not answer in time"_s, {}, {},
            u"timeout"_s };
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    QString code;
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        code = u"access-denied"_s;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        code = u"no-secret-service"_s;
        break;
    default:
        code = KeychainAccess::classify(job.errorString());
        break;
    }
    return Error { Error::Kind::Unavailable, job.errorString(), {}, {}, code };
}

} // namespace

KeychainAccess::KeychainAccess(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

QString KeychainAccess::classify(const QString &message)
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

Result<std::optional<SecretBytes>> KeychainAccess::read(const QString &key) const
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    if (auto error = runToEnd(*job, m_timeoutMs))
        return *error;
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<SecretBytes>();
    QByteArray stored = job->binaryData();
    SecretBytes secret = SecretBytes::copyOf(stored);
    wipe(stored);
    return std::optional<SecretBytes>(std::move(secret));
}

Result<void> KeychainAccess::write(const QString &key, const SecretBytes &secret) const
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    QByteArray copy = secret.view().toByteArray();
    job->setBinaryData(copy);
    wipe(copy);
    if (auto error = runToEnd(*job, m_timeoutMs))
        return *error;
    return {};
}

Result<void> KeychainAccess::remove(const QString &key) const
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    if (auto error = runToEnd(*job, m_timeoutMs))
        return *error;
    return {};
}

} // namespace renkei::crypto

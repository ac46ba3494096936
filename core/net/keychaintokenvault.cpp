#include "net/keychaintokenvault.h"

#include "crypto/keychainkeystore.h"
#include "net/neterror.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

struct JobDeleter {
    void operator()(QKeychain::Job *job) const { job->deleteLater(); }
};
using JobPtr = std::unique_ptr<QKeychain::Job, JobDeleter>;

// Starts `job` and waits for it, at most `timeoutMs`. The job is deleted later in any case, so
// a late answer from a hung backend touches nothing freed. Returns the error, if any.
std::optional<Error> runToEnd(QKeychain::Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
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
        return netError(
            Error::Kind::Timeout, u"the keychain did not answer in time"_s, u"timeout"_s);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    const bool denied
        = job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser;
    return netError(Error::Kind::Unavailable, job.errorString(),
        denied ? u"access-denied"_s : crypto::KeychainKeyStore::classify(job.errorString()));
}

} // namespace

KeychainTokenVault::KeychainTokenVault(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

Result<void> KeychainTokenVault::store(const QString &scope, const crypto::SecretBytes &secret)
{
    auto *write = new QKeychain::WritePasswordJob(m_service);
    JobPtr owner(write);
    write->setKey(scope);
    QByteArray copy = secret.view().toByteArray();
    write->setBinaryData(copy);
    crypto::wipe(copy);
    if (auto error = runToEnd(*write, m_timeoutMs))
        return *error;
    return {};
}

Result<std::optional<crypto::SecretBytes>> KeychainTokenVault::load(const QString &scope)
{
    auto *read = new QKeychain::ReadPasswordJob(m_service);
    JobPtr owner(read);
    read->setKey(scope);
    if (auto error = runToEnd(*read, m_timeoutMs))
        return *error;
    if (read->error() == QKeychain::EntryNotFound)
        return std::optional<crypto::SecretBytes>();
    QByteArray stored = read->binaryData();
    crypto::SecretBytes secret = crypto::SecretBytes::copyOf(stored);
    crypto::wipe(stored);
    return std::optional<crypto::SecretBytes>(std::move(secret));
}

Result<void> KeychainTokenVault::remove(const QString &scope)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    JobPtr owner(job);
    job->setKey(scope);
    if (auto error = runToEnd(*job, m_timeoutMs))
        return *error;
    return {};
}

} // namespace renkei::net

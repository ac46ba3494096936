#pragma once

#include "audit/auditlog.h"
#include "cache/cache.h"
#include "crypto/keystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

// What every command that works on the encrypted cache shares (docs/cli.md "Global options"):
// the global options, opening the cache with its key, the audit log beside it, and finding a
// patient by the PATIENT argument.
namespace renkei::cli {

// Exit statuses of the cache commands.
namespace exitcode {
inline constexpr int ok = 0;
inline constexpr int failed = 1; // the command ran; something was rejected or failed
inline constexpr int usage = 2;
inline constexpr int noCache = 3; // the cache could not be opened: no key, wrong passphrase...
inline constexpr int forbidden = 3; // the network's policy forbids it (nothing was done)
} // namespace exitcode

// renkei-cli [--cache DIR] [--passphrase-file F] COMMAND ...: given before the command, or among
// its options (those win).
struct GlobalOptions {
    QString cacheDir; // empty: defaultCacheDir()
    QString passphraseFile; // empty: the OS keychain; "-": standard input
};

// Takes the global options off the front of `arguments` (after the program name). False with
// `error` set for an option without its value.
bool takeGlobalOptions(QStringList &arguments, GlobalOptions &options, QString &error);
// --cache and --passphrase-file among a command's own options.
void addGlobalOptions(QCommandLineParser &parser);
GlobalOptions globalOptions(const QCommandLineParser &parser, const GlobalOptions &given);

// Parses a command's arguments; prints the help (status 0) or the usage error (status 2) and
// returns false when the command should stop there.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
    QTextStream &err, int &status);

// The CLI's own cache folder: Cache::defaultPath's folder for network "cli", account "local".
QString defaultCacheDir();

// An opened cache, its key store and (opened on first use) the audit log beside it.
class CacheSession {
    Q_DECLARE_TR_FUNCTIONS(CacheSession)
public:
    enum class Mode { CreateIfMissing, MustExist };
    static constexpr auto kFileName = "cache.sqlite";
    static constexpr auto kParamsSuffix = ".keyparams"; // scrypt salt and parameters
    static constexpr auto kAuditFileName = "audit.sqlite";

    // Opens DIR/cache.sqlite with the keychain, or with the passphrase read from the file (never
    // from the command line). On failure prints why (naming what to do) to `err`, sets
    // `status` (exitcode::noCache) and returns null; nothing is written then.
    static std::unique_ptr<CacheSession> open(
        const GlobalOptions &options, Mode mode, QTextStream &err, int &status);
    ~CacheSession();

    cache::Cache &cache() { return *m_cache; }
    const QString &dir() const { return m_dir; }
    // The network and account the cache's key scope names (renkei:<network>:<account>:cache).
    QString scope() const { return m_scope; }

    // Appends to the audit log beside the cache (DIR/audit.sqlite, created for the cache's
    // network and account). False, with the reason on `err`, when it cannot be written.
    bool audit(audit::Action action, const QString &patientKey, const audit::AuditDetails &details,
        QTextStream &err);

    // The patient PATIENT names: a key from `patients --json`, or a regional or facility
    // patient id (with or without "system|"). Not found or ambiguous (the candidates listed):
    // message on `err`, nullopt.
    std::optional<cache::CachedPatient> findPatient(const QString &text, QTextStream &err);

private:
    CacheSession() = default;
    QString m_dir;
    QString m_scope;
    std::unique_ptr<crypto::KeyStore> m_keys;
    std::unique_ptr<cache::Cache> m_cache;
    std::unique_ptr<audit::AuditLog> m_audit;
};

// A cached patient as `patients --json` prints it (the patient keys of `inspect --json`, plus
// the cache's own).
QJsonObject patientJson(const cache::CachedPatient &patient);
// 漢字（カナ） or the other name, or the logical id when the cache has no name.
QString patientDisplayName(const cache::CachedPatient &patient);

} // namespace renkei::cli

#include "cachesession.h"

#include "crypto/keychainkeystore.h"
#include "crypto/passphrasekeystore.h"
#include "secretinput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

const QString kCliNetwork = u"cli"_s;
const QString kCliAccount = u"local"_s;

bool takeValue(QStringList &arguments, const QString &name, QString &value, QString &error)
{
    const QString arg = arguments.at(1);
    if (arg.startsWith(name + u'=')) {
        value = arg.mid(name.size() + 1);
        arguments.removeAt(1);
        return true;
    }
    if (arguments.size() < 3) {
        error = CacheSession::tr("renkei-cli: %1 needs a value.").arg(name);
        return false;
    }
    value = arguments.at(2);
    arguments.remove(1, 2);
    return true;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

bool takeGlobalOptions(QStringList &arguments, GlobalOptions &options, QString &error)
{
    while (arguments.size() > 1) {
        const QString arg = arguments.at(1);
        if (arg == u"--cache"_s || arg.startsWith(u"--cache="_s)) {
            if (!takeValue(arguments, u"--cache"_s, options.cacheDir, error))
                return false;
        } else if (arg == u"--passphrase-file"_s || arg.startsWith(u"--passphrase-file="_s)) {
            if (!takeValue(arguments, u"--passphrase-file"_s, options.passphraseFile, error))
                return false;
        } else {
            break;
        }
    }
    return true;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"cache"_s,
        CacheSession::tr("The cache folder (default: %1).").arg(defaultCacheDir()), u"DIR"_s });
    parser.addOption({ u"passphrase-file"_s,
        CacheSession::tr("Unlock the cache with the passphrase on the first line of FILE (- for "
                         "standard input) instead of the OS keychain."),
        u"FILE"_s });
}

GlobalOptions globalOptions(const QCommandLineParser &parser, const GlobalOptions &given)
{
    GlobalOptions options = given;
    if (parser.isSet(u"cache"_s))
        options.cacheDir = parser.value(u"cache"_s);
    if (parser.isSet(u"passphrase-file"_s))
        options.passphraseFile = parser.value(u"passphrase-file"_s);
    return options;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
    QTextStream &err, int &status)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n\n" << parser.helpText();
        status = exitcode::usage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        status = exitcode::ok;
        return false;
    }
    return true;
}

QString defaultCacheDir()
{
    return QFileInfo(cache::Cache::defaultPath(kCliNetwork, kCliAccount)).absolutePath();
}

std::unique_ptr<CacheSession> CacheSession::open(
    const GlobalOptions &options, Mode mode, QTextStream &err, int &status)
{
    status = exitcode::noCache;
    std::unique_ptr<CacheSession> session(new CacheSession);
    session->m_dir = options.cacheDir.isEmpty() ? defaultCacheDir() : options.cacheDir;
    const QString path = QDir(session->m_dir).filePath(QString::fromLatin1(kFileName));
    auto stored = cache::Cache::storedKeyScope(path);
    if (!stored) {
        err << tr("renkei-cli: the cache %1 cannot be opened: %2")
                   .arg(path, stored.error().describe())
            << u'\n';
        return nullptr;
    }
    if (!stored->has_value() && mode == Mode::MustExist) {
        err << tr("renkei-cli: there is no cache in %1 yet (import or sync a patient first).")
                   .arg(session->m_dir)
            << u'\n';
        return nullptr;
    }
    session->m_scope = stored->value_or(cache::Cache::keyScope(kCliNetwork, kCliAccount));

    cache::CacheOptions cacheOptions;
    const QString params = path + QString::fromLatin1(kParamsSuffix);
    if (options.passphraseFile.isEmpty() && QFileInfo::exists(params)) {
        err << tr("renkei-cli: the cache in %1 is unlocked with a passphrase: give it with "
                  "--passphrase-file FILE.")
                   .arg(session->m_dir)
            << u'\n';
        return nullptr;
    }
    if (options.passphraseFile.isEmpty()) {
        auto keychain = std::make_unique<crypto::KeychainKeyStore>();
        if (auto probed = keychain->probe(); !probed) {
            err << tr("renkei-cli: the OS keychain is not available here (%1). Give the cache's "
                      "passphrase with --passphrase-file FILE (see docs/cli.md).")
                       .arg(probed.error().code.isEmpty() ? probed.error().describe()
                                                          : probed.error().code)
                << u'\n';
            return nullptr;
        }
        session->m_keys = std::move(keychain);
    } else {
        if (stored->has_value() && !QFileInfo::exists(params)) {
            err << tr("renkei-cli: the cache in %1 was not made with a passphrase (no %2): open it "
                      "without --passphrase-file, with the keychain.")
                       .arg(session->m_dir, params)
                << u'\n';
            return nullptr;
        }
        const auto passphrase = readSecretFile(options.passphraseFile);
        if (!passphrase) {
            err << tr("renkei-cli: cannot read the passphrase file %1.").arg(options.passphraseFile)
                << u'\n';
            return nullptr;
        }
        if (!QDir().mkpath(session->m_dir)) {
            err << tr("renkei-cli: cannot create the cache folder %1.").arg(session->m_dir)
                << u'\n';
            return nullptr;
        }
        const bool creating = !QFileInfo::exists(params);
        auto store = crypto::PassphraseKeyStore::unlock(
            params, *passphrase, creating ? crypto::calibrateScrypt(100) : crypto::ScryptParams {});
        if (!store) {
            if (store.error().kind == Error::Kind::WrongPassphrase)
                err << tr("renkei-cli: wrong passphrase for the cache in %1. Nothing was read or "
                          "changed.")
                           .arg(session->m_dir)
                    << u'\n';
            else
                err << tr("renkei-cli: the passphrase parameters %1 cannot be used: %2")
                           .arg(params, store.error().describe())
                    << u'\n';
            return nullptr;
        }
        const crypto::ScryptParams &p = (*store)->params();
        cacheOptions.kdfDescription = u"scrypt N=%1 r=%2 p=%3"_s.arg(p.n).arg(p.r).arg(p.p);
        session->m_keys = std::move(*store);
    }
    auto opened = cache::Cache::open(path, *session->m_keys, session->m_scope, cacheOptions);
    if (!opened) {
        const Error &e = opened.error();
        if (e.code == u"other-key"_s || e.code == u"other-scope"_s)
            err << tr("renkei-cli: the cache in %1 was made with another key (%2). Nothing was "
                      "read or changed.")
                       .arg(session->m_dir,
                           options.passphraseFile.isEmpty() ? tr("not this keychain entry")
                                                            : tr("not this passphrase"))
                << u'\n';
        else
            err << tr("renkei-cli: the cache %1 cannot be opened: %2").arg(path, e.describe())
                << u'\n';
        return nullptr;
    }
    session->m_cache = std::move(*opened);
    status = exitcode::ok;
    return session;
}

CacheSession::~CacheSession() = default;

bool CacheSession::audit(audit::Action action, const QString &patientKey,
    const audit::AuditDetails &details, QTextStream &err)
{
    if (!m_audit) {
        const QStringList parts = m_scope.split(u':');
        audit::AuditIdentity identity { parts.value(1), parts.value(2),
            QSysInfo::machineHostName() };
        auto log = audit::AuditLog::open(
            QDir(m_dir).filePath(QString::fromLatin1(kAuditFileName)), *m_keys, identity);
        if (!log) {
            err << tr("renkei-cli: the audit log beside the cache cannot be written: %1")
                       .arg(log.error().describe())
                << u'\n';
            return false;
        }
        m_audit = std::move(*log);
    }
    if (auto appended = m_audit->append(action, patientKey, details); !appended) {
        err << tr("renkei-cli: the audit log beside the cache cannot be written: %1")
                   .arg(appended.error().describe())
            << u'\n';
        return false;
    }
    return true;
}

std::optional<cache::CachedPatient> CacheSession::findPatient(const QString &text, QTextStream &err)
{
    cache::PatientQuery query { text, false };
    auto found = text.trimmed().isEmpty()
        ? Result<QList<cache::CachedPatient>>(QList<cache::CachedPatient> {})
        : m_cache->findPatients(query);
    if (!found) {
        err << tr("renkei-cli: cannot search the cache: %1").arg(found.error().describe()) << u'\n';
        return std::nullopt;
    }
    if (found->isEmpty()) {
        err << tr("renkei-cli: no patient in the cache is known as '%1' (renkei-cli patients "
                  "lists them).")
                   .arg(text)
            << u'\n';
        return std::nullopt;
    }
    if (found->size() > 1) {
        err << tr("renkei-cli: '%1' names %n patients; give one of their keys:", nullptr,
            int(found->size()))
                   .arg(text)
            << u'\n';
        for (const cache::CachedPatient &p : std::as_const(*found))
            err << u"  "_s << p.key << u"  "_s << patientDisplayName(p) << u"  "_s
                << (p.birthDate.isValid() ? p.birthDate.toString(u"yyyy/MM/dd"_s) : u"?"_s)
                << u"  "_s << p.network << u'\n';
        return std::nullopt;
    }
    return found->first();
}

QJsonObject patientJson(const cache::CachedPatient &patient)
{
    QJsonArray identifiers;
    for (const QString &id : patient.identifiers) {
        const qsizetype bar = id.indexOf(u'|');
        identifiers.append(
            QJsonObject { { u"system"_s, orNull(bar < 0 ? QString() : id.left(bar)) },
                { u"value"_s, bar < 0 ? id : id.mid(bar + 1) } });
    }
    return QJsonObject { { u"key"_s, patient.key }, { u"network"_s, patient.network },
        { u"id"_s, patient.patientId }, { u"kanjiName"_s, orNull(patient.kanjiName) },
        { u"kanaName"_s, orNull(patient.kanaName) }, { u"otherName"_s, orNull(patient.otherName) },
        { u"birthDate"_s,
            patient.birthDate.isValid() ? QJsonValue(patient.birthDate.toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null) },
        { u"sex"_s, orNull(patient.sex) }, { u"identifiers"_s, identifiers },
        { u"resources"_s, patient.resourceCount },
        { u"lastViewed"_s, timeOrNull(patient.lastViewed) },
        { u"lastWritten"_s, timeOrNull(patient.lastWritten) }, { u"damaged"_s, patient.damaged } };
}

QString patientDisplayName(const cache::CachedPatient &patient)
{
    if (!patient.kanjiName.isEmpty())
        return patient.kanaName.isEmpty()
            ? patient.kanjiName
            : patient.kanjiName + u"（"_s + patient.kanaName + u"）"_s;
    if (!patient.kanaName.isEmpty())
        return patient.kanaName;
    if (!patient.otherName.isEmpty())
        return patient.otherName;
    return u"(id "_s + patient.patientId + u')';
}

} // namespace renkei::cli

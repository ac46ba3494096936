#include "auditcommand.h"

#include "audit/auditfhir.h"
#include "audit/auditlog.h"
#include "audit/auditverifier.h"
#include "crypto/keychainkeystore.h"
#include "crypto/passphrasekeystore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

constexpr int kUsage = 2;
constexpr int kFailed = 1;

struct Options {
    QString log;
    QString passphraseFile;
};

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({ u"log"_s,
        AuditCommand::tr("The audit log (default: %1).").arg(audit::defaultAuditLogPath()),
        u"FILE"_s });
    parser.addOption({ u"passphrase-file"_s,
        AuditCommand::tr("Read the passphrase from FILE (scrypt parameters in LOG.keyparams) "
                         "instead of using the keychain."),
        u"FILE"_s });
}

Options commonOptions(const QCommandLineParser &parser)
{
    return Options { parser.isSet(u"log"_s) ? parser.value(u"log"_s) : audit::defaultAuditLogPath(),
        parser.value(u"passphrase-file"_s) };
}

// The key store the log's key lives in: the keychain, or a passphrase read from a file (never
// from the command line itself).
std::unique_ptr<crypto::KeyStore> openKeyStore(const Options &options, QTextStream &err)
{
    if (options.passphraseFile.isEmpty())
        return std::make_unique<crypto::KeychainKeyStore>();
    QString params = options.log + u".keyparams"_s;
    // A log beside a renkei-cli cache (DIR/audit.sqlite) shares the cache's passphrase.
    if (const QString cacheParams
        = QFileInfo(options.log).dir().filePath(u"cache.sqlite.keyparams"_s);
        !QFileInfo::exists(params) && QFileInfo::exists(cacheParams))
        params = cacheParams;
    if (!QFileInfo::exists(params)) {
        err << AuditCommand::tr("renkei-cli audit: no passphrase parameters beside the log (%1).")
                   .arg(params)
            << u'\n';
        return nullptr;
    }
    QFile file(options.passphraseFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << AuditCommand::tr("renkei-cli audit: cannot read %1.").arg(options.passphraseFile)
            << u'\n';
        return nullptr;
    }
    QByteArray bytes = file.readAll();
    qsizetype length = bytes.size();
    while (length > 0 && (bytes.at(length - 1) == '\n' || bytes.at(length - 1) == '\r'))
        --length;
    const crypto::SecretBytes passphrase
        = crypto::SecretBytes::copyOf(QByteArrayView(bytes.constData(), length));
    crypto::wipe(bytes);
    auto store = crypto::PassphraseKeyStore::unlock(params, passphrase, crypto::ScryptParams {});
    if (!store) {
        err << AuditCommand::tr("renkei-cli audit: %1").arg(store.error().describe()) << u'\n';
        return nullptr;
    }
    return std::move(*store);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
    QTextStream &err, int &status)
{
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        err << (parser.errorText().isEmpty() ? AuditCommand::tr("unexpected argument '%1'")
                                                   .arg(parser.positionalArguments().value(0))
                                             : parser.errorText())
            << u"\n\n"
            << parser.helpText();
        status = kUsage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        status = 0;
        return false;
    }
    return true;
}

void printBreaks(const audit::VerifyReport &report, QTextStream &out)
{
    for (const audit::ChainBreak &b : report.breaks) {
        out << u"  "_s
            << (b.seq > 0 ? AuditCommand::tr("entry %1: %2")
                                .arg(b.seq)
                                .arg(audit::breakKindName(b.kind))
                          : audit::breakKindName(b.kind))
            << u'\n';
    }
    if (!report.detail.isEmpty())
        out << u"  "_s << report.detail << u'\n';
}

int verify(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AuditCommand::tr("Check the audit log's hash chain."));
    addCommonOptions(parser);
    int status = 0;
    if (!parse(parser, arguments, out, err, status))
        return status;
    const Options options = commonOptions(parser);
    const auto keys = openKeyStore(options, err);
    if (!keys)
        return kFailed;
    const audit::VerifyReport report = audit::verifyAuditLog(options.log, *keys);
    if (report.intact()) {
        out << AuditCommand::tr("INTACT  %1 (%n entries)", nullptr, int(report.entriesChecked))
                   .arg(options.log)
            << u'\n';
        return 0;
    }
    out << AuditCommand::tr("BROKEN  %1: %2 (%3 of %4 entries intact)")
               .arg(options.log, report.firstBreakText())
               .arg(report.entriesIntact)
               .arg(report.entriesChecked)
        << u'\n';
    printBreaks(report, out);
    return kFailed;
}

std::optional<QDateTime> parseSince(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return d.startOfDay(); // the workstation's day
    return std::nullopt;
}

int exportLog(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AuditCommand::tr("Write the audit log as FHIR R4 AuditEvent resources (IHE BALP)."));
    addCommonOptions(parser);
    parser.addOption({ u"since"_s,
        AuditCommand::tr("Only entries at or after DATE (2026-04-01 or an ISO 8601 time)."),
        u"DATE"_s });
    parser.addOption(
        { u"out"_s, AuditCommand::tr("Write to FILE (default: standard output)."), u"FILE"_s });
    parser.addOption(
        { u"format"_s, AuditCommand::tr("ndjson (default) or bundle."), u"FORMAT"_s, u"ndjson"_s });
    int status = 0;
    if (!parse(parser, arguments, out, err, status))
        return status;
    const QString format = parser.value(u"format"_s);
    std::optional<QDateTime> since;
    if (parser.isSet(u"since"_s))
        since = parseSince(parser.value(u"since"_s));
    if ((format != u"ndjson"_s && format != u"bundle"_s) || (parser.isSet(u"since"_s) && !since)) {
        err << AuditCommand::tr("renkei-cli audit export: bad --format or --since.") << u"\n\n"
            << parser.helpText();
        return kUsage;
    }
    const Options options = commonOptions(parser);
    const auto keys = openKeyStore(options, err);
    if (!keys)
        return kFailed;
    auto log = audit::AuditLog::openExisting(options.log, *keys, true);
    if (!log) {
        err << AuditCommand::tr("renkei-cli audit export: %1").arg(log.error().describe()) << u'\n';
        return kFailed;
    }
    auto read = (*log)->read();
    if (!read) {
        err << AuditCommand::tr("renkei-cli audit export: %1").arg(read.error().describe())
            << u'\n';
        return kFailed;
    }
    QList<audit::AuditRecord> records;
    for (const audit::AuditRecord &r : std::as_const(read->records)) {
        if (!since || r.trustedTime() >= *since)
            records.append(r);
    }
    const QByteArray bytes = format == u"bundle"_s
        ? QJsonDocument(audit::toBundle(records, QDateTime::currentDateTimeUtc())).toJson()
        : audit::toNdjson(records);
    const QString outPath = parser.value(u"out"_s);
    QFile file(outPath);
    const bool opened = outPath.isEmpty() ? file.open(stdout, QIODevice::WriteOnly)
                                          : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!opened || file.write(bytes) != bytes.size()) {
        err << AuditCommand::tr("renkei-cli audit export: cannot write %1.").arg(outPath) << u'\n';
        return kFailed;
    }
    file.close();
    log->reset();
    const audit::VerifyReport report = audit::verifyAuditLog(options.log, *keys);
    if (!report.intact()) {
        err << AuditCommand::tr("renkei-cli audit export: the chain is broken (%1); %n readable "
                                "entries written.",
            nullptr, int(records.size()))
                   .arg(report.firstBreakText())
            << u'\n';
        return kFailed;
    }
    return 0;
}

} // namespace

int AuditCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments.value(0) + u' ' + sub;
    if (sub == u"verify"_s)
        return verify(rest, out, err);
    if (sub == u"export"_s)
        return exportLog(rest, out, err);
    QTextStream &stream = (sub == u"--help"_s || sub == u"-h"_s) ? out : err;
    stream << tr("Usage: renkei-cli audit verify [--log FILE] [--passphrase-file F]\n"
                 "       renkei-cli audit export [--log FILE] [--passphrase-file F] "
                 "[--since DATE] [--out FILE] [--format ndjson|bundle]\n");
    return (sub == u"--help"_s || sub == u"-h"_s) ? 0 : kUsage;
}

} // namespace renkei::cli

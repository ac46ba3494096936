#include "demo/serverdemo.h"

#include "demo/server.h"
#include "demo/totp.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

Error argError(const QString &message)
{
    return Error { Error::Kind::Invalid, message, {}, {} };
}

} // namespace

QString serveDemoUsage()
{
    return u"usage: renkei-cli serve-demo [--port N] [--tls] [--mtls] [--size typical|large]\n"
           u"                             [--seed N] [--fault SPEC]... [--ca-out FILE]\n"
           u"                             [--token-lifetime SECONDS] [--no-auth]\n"
           u"fault SPEC: [<path regex>=]<action>[,<action>...][,count:N]  (docs/demo-network.md)\n"_s;
}

Result<ServeDemoOptions> parseServeDemoArguments(const QStringList &arguments)
{
    ServeDemoOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto next = [&](QString *out) {
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        QString v;
        bool ok = false;
        if (a == u"--port"_s) {
            if (!next(&v))
                return argError(u"--port needs a number"_s);
            const uint port = v.toUInt(&ok);
            if (!ok || port > 65535)
                return argError(u"--port needs a number 0-65535"_s);
            o.port = static_cast<quint16>(port);
        } else if (a == u"--tls"_s) {
            o.tls = true;
        } else if (a == u"--mtls"_s) {
            o.tls = o.mutualTls = true;
        } else if (a == u"--no-auth"_s) {
            o.requireAuth = false;
        } else if (a == u"--size"_s) {
            if (!next(&v) || (v != u"typical"_s && v != u"large"_s))
                return argError(u"--size is typical or large"_s);
            o.generator.size
                = v == u"large"_s ? GeneratorOptions::Size::Large : GeneratorOptions::Size::Typical;
        } else if (a == u"--seed"_s) {
            if (!next(&v))
                return argError(u"--seed needs a number"_s);
            o.generator.seed = v.toULongLong(&ok);
            if (!ok)
                return argError(u"--seed needs a number"_s);
        } else if (a == u"--fault"_s) {
            if (!next(&v))
                return argError(u"--fault needs a spec"_s);
            auto fault = parseFault(v);
            if (!fault)
                return fault.error();
            o.faults.append(v);
        } else if (a == u"--ca-out"_s) {
            if (!next(&o.caOutPath))
                return argError(u"--ca-out needs a file"_s);
        } else if (a == u"--token-lifetime"_s) {
            if (!next(&v))
                return argError(u"--token-lifetime needs seconds"_s);
            o.tokenLifetimeSeconds = v.toInt(&ok);
            if (!ok || o.tokenLifetimeSeconds <= 0)
                return argError(u"--token-lifetime needs seconds"_s);
        } else {
            return argError(u"unknown argument: "_s + a);
        }
    }
    return o;
}

int runServeDemo(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto parsed = parseServeDemoArguments(arguments);
    if (!parsed) {
        err << parsed.error().message << '\n' << serveDemoUsage();
        return 2;
    }
    const ServeDemoOptions &o = *parsed;
    const Dataset dataset = generate(o.generator);
    DemoServer server(dataset);
    DemoServerOptions options;
    options.tls = o.tls;
    options.requireClientCertificate = o.mutualTls;
    options.requireAuth = o.requireAuth;
    options.accessTokenLifetimeSeconds = o.tokenLifetimeSeconds;
    for (const QString &spec : o.faults)
        (void)server.addFault(spec);
    auto url = server.start(o.port, options);
    if (!url) {
        err << url.error().message << '\n';
        return 1;
    }
    out << "demo network: " << dataset.networkName << '\n'
        << "FHIR base:    " << url->toString() << '\n'
        << "SMART config: " << url->toString() << "/.well-known/smart-configuration\n"
        << "resources:    " << server.store().size() << '\n'
        << "TOTP secret:  " << QString::fromUtf16(kDemoTotpSecret) << " (now "
        << totpNow(QString::fromUtf16(kDemoTotpSecret), QDateTime::currentDateTimeUtc()) << ")\n";
    for (const DemoAccount &a : dataset.accounts)
        out << "account:      " << a.userId << " / " << a.password << " (" << a.role << ")\n";
    for (const QString &f : o.faults)
        out << "fault:        " << f << '\n';
    if (o.tls && !o.caOutPath.isEmpty()) {
        QFile ca(o.caOutPath);
        if (!ca.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || ca.write(server.caCertificatePem()) < 0) {
            err << "cannot write the CA certificate to " << o.caOutPath << '\n';
            return 1;
        }
        out << "CA cert:      " << o.caOutPath << '\n';
    }
    if (o.mutualTls) {
        auto client = server.issueClientCertificate(u"renkei-demo-client"_s);
        if (client && !o.caOutPath.isEmpty()) {
            QFile cert(o.caOutPath + u".client.pem"_s);
            if (cert.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                cert.write(client->certificatePem + client->keyPem);
                out << "client cert:  " << cert.fileName() << " (certificate + key)\n";
            }
        }
    }
    out.flush();
    return QCoreApplication::exec();
}

} // namespace renkei::demo

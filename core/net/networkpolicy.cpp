#include "net/networkpolicy.h"

#include "net/neterror.h"

#include <QJsonArray>
#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

constexpr int kMaxDays = 3650;
constexpr int kMaxIdleMinutes = 8 * 60;

QString group(const QString &networkId)
{
    return u"networks/"_s + networkId + u"/policy/"_s;
}

int boundedInt(const QVariant &value, int fallback, int low, int high)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v >= low && v <= high ? v : fallback;
}

// The smaller positive limit (0 means none).
int shorterLimit(int a, int b)
{
    if (a <= 0)
        return b;
    if (b <= 0)
        return a;
    return std::min(a, b);
}

} // namespace

int NetworkPolicy::purgeDays() const
{
    const int days = shorterLimit(expiryUnviewedDays, cacheRetentionDays);
    return days > 0 ? days : kDefaultRetentionDays;
}

int NetworkPolicy::idleMinutes(int workstationMinutes) const
{
    return shorterLimit(workstationMinutes, idleLockMinutes);
}

NetworkPolicy NetworkPolicy::stricter(const NetworkPolicy &other) const
{
    NetworkPolicy p;
    p.printAllowed = printAllowed && other.printAllowed;
    p.exportAllowed = exportAllowed && other.exportAllowed;
    p.expiryUnviewedDays = shorterLimit(expiryUnviewedDays, other.expiryUnviewedDays);
    p.cacheRetentionDays = shorterLimit(cacheRetentionDays, other.cacheRetentionDays);
    p.idleLockMinutes = shorterLimit(idleLockMinutes, other.idleLockMinutes);
    return p;
}

namespace {

NetworkPolicy readPolicy(const QSettings &s, const QString &g)
{
    NetworkPolicy p;
    p.printAllowed = s.value(g + u"print"_s, true).toBool();
    p.exportAllowed = s.value(g + u"export"_s, true).toBool();
    p.expiryUnviewedDays
        = boundedInt(s.value(g + u"expiryUnviewedDays"_s), p.expiryUnviewedDays, 1, kMaxDays);
    p.cacheRetentionDays = boundedInt(s.value(g + u"cacheRetentionDays"_s), 0, 0, kMaxDays);
    p.idleLockMinutes = boundedInt(s.value(g + u"idleLockMinutes"_s), 0, 0, kMaxIdleMinutes);
    return p;
}

void writePolicy(QSettings &s, const QString &g, const NetworkPolicy &p)
{
    s.setValue(g + u"print"_s, p.printAllowed);
    s.setValue(g + u"export"_s, p.exportAllowed);
    s.setValue(g + u"expiryUnviewedDays"_s, p.expiryUnviewedDays);
    s.setValue(g + u"cacheRetentionDays"_s, p.cacheRetentionDays);
    s.setValue(g + u"idleLockMinutes"_s, p.idleLockMinutes);
}

} // namespace

NetworkPolicy loadPolicy(const QSettings &s, const QString &networkId)
{
    if (networkId.isEmpty())
        return {};
    return readPolicy(s, group(networkId));
}

void rememberServerPolicy(
    QSettings &s, const QString &networkId, const std::optional<NetworkPolicy> &policy)
{
    if (networkId.isEmpty())
        return;
    const QString g = group(networkId) + u"server/"_s;
    s.remove(g.chopped(1));
    if (policy)
        writePolicy(s, g, *policy);
    s.sync();
}

std::optional<NetworkPolicy> serverPolicy(const QSettings &s, const QString &networkId)
{
    if (networkId.isEmpty())
        return std::nullopt;
    const QString g = group(networkId) + u"server/"_s;
    if (!s.contains(g + u"print"_s))
        return std::nullopt;
    return readPolicy(s, g);
}

NetworkPolicy effectivePolicy(const QSettings &s, const QString &networkId)
{
    const NetworkPolicy local = loadPolicy(s, networkId);
    const auto server = serverPolicy(s, networkId);
    return server ? local.stricter(*server) : local;
}

Result<void> savePolicy(QSettings &s, const QString &networkId, const NetworkPolicy &p)
{
    if (networkId.isEmpty())
        return netError(Error::Kind::Invalid, u"a policy needs a network id"_s, u"id"_s);
    if (p.expiryUnviewedDays < 1 || p.expiryUnviewedDays > kMaxDays || p.cacheRetentionDays < 0
        || p.cacheRetentionDays > kMaxDays || p.idleLockMinutes < 0
        || p.idleLockMinutes > kMaxIdleMinutes)
        return netError(Error::Kind::Invalid, u"a policy value is out of range"_s, u"policy"_s);
    writePolicy(s, group(networkId), p);
    s.sync();
    if (s.status() != QSettings::NoError)
        return netError(Error::Kind::Io, u"the settings could not be written"_s, u"settings"_s);
    return {};
}

Result<std::optional<NetworkPolicy>> policyFromCapability(const QJsonObject &cs)
{
    const QString url = QString::fromLatin1(kPolicyExtensionUrl);
    for (const QJsonValue &e : cs.value(u"extension"_s).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(u"url"_s).toString() != url)
            continue;
        NetworkPolicy p;
        for (const QJsonValue &partValue : ext.value(u"extension"_s).toArray()) {
            const QJsonObject part = partValue.toObject();
            const QString name = part.value(u"url"_s).toString();
            auto flag = [&](bool &out) -> bool {
                if (!part.value(u"valueBoolean"_s).isBool())
                    return false;
                out = part.value(u"valueBoolean"_s).toBool();
                return true;
            };
            auto number = [&](int &out, int low, int high) -> bool {
                const QJsonValue v = part.value(u"valueUnsignedInt"_s);
                if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high)
                    return false;
                out = v.toInt();
                return true;
            };
            bool ok = true;
            if (name == u"print"_s)
                ok = flag(p.printAllowed);
            else if (name == u"export"_s)
                ok = flag(p.exportAllowed);
            else if (name == u"expiryUnviewedDays"_s)
                ok = number(p.expiryUnviewedDays, 1, kMaxDays);
            else if (name == u"cacheRetentionDays"_s)
                ok = number(p.cacheRetentionDays, 0, kMaxDays);
            else if (name == u"idleLockMinutes"_s)
                ok = number(p.idleLockMinutes, 0, kMaxIdleMinutes);
            if (!ok)
                return netError(Error::Kind::Invalid,
                    u"the network's policy extension has a bad value"_s, u"policy"_s, name);
        }
        return std::optional<NetworkPolicy>(p);
    }
    return std::optional<NetworkPolicy>();
}

QJsonObject policyExtension(const NetworkPolicy &p)
{
    auto flag = [](const QString &name, bool value) {
        return QJsonObject { { u"url"_s, name }, { u"valueBoolean"_s, value } };
    };
    auto number = [](const QString &name, int value) {
        return QJsonObject { { u"url"_s, name }, { u"valueUnsignedInt"_s, value } };
    };
    return QJsonObject { { u"url"_s, QString::fromLatin1(kPolicyExtensionUrl) },
        { u"extension"_s,
            QJsonArray { flag(u"print"_s, p.printAllowed), flag(u"export"_s, p.exportAllowed),
                number(u"expiryUnviewedDays"_s, p.expiryUnviewedDays),
                number(u"cacheRetentionDays"_s, p.cacheRetentionDays),
                number(u"idleLockMinutes"_s, p.idleLockMinutes) } } };
}

} // namespace renkei::net

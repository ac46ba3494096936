#include "net/profilestore.h"

#include "net/neterror.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

const QString kGroup = u"networks"_s;

QUrl urlValue(const QSettings &s, const QString &key)
{
    return QUrl(s.value(key).toString());
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<NetworkProfile> ProfileStore::list() const
{
    m_settings.beginGroup(kGroup);
    QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    ids.sort();
    QList<NetworkProfile> out;
    for (const QString &id : std::as_const(ids)) {
        // A group with a policy only (the CLI's own cache, network "cli") is not a profile.
        if (auto p = load(id); p && !p->fhirBaseUrl.isEmpty())
            out.append(*p);
    }
    return out;
}

Result<NetworkProfile> ProfileStore::load(const QString &id) const
{
    m_settings.beginGroup(kGroup);
    const bool exists = !id.isEmpty() && m_settings.childGroups().contains(id);
    m_settings.endGroup();
    if (!exists)
        return netError(Error::Kind::NotFound, u"no such network profile"_s, u"profile"_s, id);
    m_settings.beginGroup(kGroup + u'/' + id);
    NetworkProfile p;
    p.id = id;
    p.displayName = m_settings.value(u"displayName"_s).toString();
    p.fhirBaseUrl = urlValue(m_settings, u"fhirBaseUrl"_s);
    p.signInMethod = parseSignInMethod(m_settings.value(u"signInMethod"_s).toString())
                         .value_or(SignInMethod::AuthorizationCode);
    p.clientId = m_settings.value(u"clientId"_s).toString();
    p.scopes = m_settings.value(u"scopes"_s).toString().split(u' ', Qt::SkipEmptyParts);
    p.authorizationEndpoint = urlValue(m_settings, u"authorizationEndpoint"_s);
    p.tokenEndpoint = urlValue(m_settings, u"tokenEndpoint"_s);
    p.revocationEndpoint = urlValue(m_settings, u"revocationEndpoint"_s);
    p.clientCertificatePath = m_settings.value(u"clientCertificate"_s).toString();
    p.extraCaPath = m_settings.value(u"extraCa"_s).toString();
    p.pinnedKeySha256 = m_settings.value(u"pinnedKeySha256"_s).toString();
    // Absent in profiles saved before SS-MIX2 folders existed: an empty list.
    const int folders = m_settings.beginReadArray(u"ssmix2Folders"_s);
    for (int i = 0; i < folders; ++i) {
        m_settings.setArrayIndex(i);
        p.ssmix2Folders.append({ m_settings.value(u"path"_s).toString(),
            m_settings.value(u"facilityCode"_s).toString(),
            m_settings.value(u"facilityName"_s).toString() });
    }
    m_settings.endArray();
    m_settings.endGroup();
    p.policy = loadPolicy(m_settings, id);
    return p;
}

Result<void> ProfileStore::save(const NetworkProfile &p)
{
    if (auto ok = validate(p); !ok)
        return ok;
    // The network's published policy survives an edit of the profile.
    const auto published = serverPolicy(m_settings, p.id);
    m_settings.remove(kGroup + u'/' + p.id);
    if (auto ok = savePolicy(m_settings, p.id, p.policy); !ok)
        return ok;
    if (published)
        rememberServerPolicy(m_settings, p.id, published);
    m_settings.beginGroup(kGroup + u'/' + p.id);
    m_settings.setValue(u"displayName"_s, p.displayName);
    m_settings.setValue(u"fhirBaseUrl"_s, p.fhirBaseUrl.toString());
    m_settings.setValue(u"signInMethod"_s, signInMethodName(p.signInMethod));
    m_settings.setValue(u"clientId"_s, p.clientId);
    m_settings.setValue(u"scopes"_s, p.scopes.join(u' '));
    auto optional = [this](const QString &key, const QString &value) {
        if (!value.isEmpty())
            m_settings.setValue(key, value);
    };
    optional(u"authorizationEndpoint"_s, p.authorizationEndpoint.toString());
    optional(u"tokenEndpoint"_s, p.tokenEndpoint.toString());
    optional(u"revocationEndpoint"_s, p.revocationEndpoint.toString());
    optional(u"clientCertificate"_s, p.clientCertificatePath);
    optional(u"extraCa"_s, p.extraCaPath);
    optional(u"pinnedKeySha256"_s, p.pinnedKeySha256);
    if (!p.ssmix2Folders.isEmpty()) {
        m_settings.beginWriteArray(u"ssmix2Folders"_s, int(p.ssmix2Folders.size()));
        for (int i = 0; i < p.ssmix2Folders.size(); ++i) {
            m_settings.setArrayIndex(i);
            const Ssmix2Folder &folder = p.ssmix2Folders.at(i);
            m_settings.setValue(u"path"_s, folder.path);
            m_settings.setValue(u"facilityCode"_s, folder.facilityCode);
            m_settings.setValue(u"facilityName"_s, folder.facilityName);
        }
        m_settings.endArray();
    }
    m_settings.endGroup();
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return netError(Error::Kind::Io, u"the settings could not be written"_s, u"settings"_s,
            m_settings.fileName());
    return {};
}

Result<void> ProfileStore::remove(const QString &id)
{
    if (auto p = load(id); !p)
        return p.error();
    m_settings.remove(kGroup + u'/' + id);
    m_settings.sync();
    return {};
}

} // namespace renkei::net

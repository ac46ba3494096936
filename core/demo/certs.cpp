#include "demo/certs.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Free {
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree {
    void operator()(BIO *p) const { BIO_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

Error certError(const QString &what)
{
    return Error { Error::Kind::Invalid, u"demo certificate: "_s + what, {}, {} };
}

PkeyPtr newKey()
{
    return PkeyPtr(EVP_EC_gen("P-256"));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, n) : QByteArray();
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setName(X509_NAME *name, const QString &commonName)
{
    const QByteArray cn = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>("Renkei Demo"), -1, -1, 0)
        == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
        == 1;
}

// Builds and signs a certificate; `issuer`/`issuerKey` null means self-signed.
X509Ptr makeCertificate(EVP_PKEY *key, const QString &commonName, X509 *issuer, EVP_PKEY *issuerKey,
    long days, const QList<QPair<int, QByteArray>> &exts)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return {};
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof(serial)) != 1)
        return {};
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof(serial), nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialOk)
        return {};
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    if (X509_set_pubkey(cert.get(), key) != 1
        || !setName(X509_get_subject_name(cert.get()), commonName))
        return {};
    X509 *issuerCert = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1)
        return {};
    for (const auto &[nid, value] : exts) {
        if (!addExtension(cert.get(), issuerCert, nid, value))
            return {};
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

Result<DemoCertificate> toDemoCertificate(X509 *cert, EVP_PKEY *key)
{
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return certError(u"PEM encoding failed"_s);
    DemoCertificate out;
    out.certificatePem = bioBytes(certBio.get());
    out.keyPem = bioBytes(keyBio.get());
    out.certificate = QSslCertificate(out.certificatePem, QSsl::Pem);
    out.key = QSslKey(out.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (out.certificate.isNull() || out.key.isNull())
        return certError(u"Qt could not load the generated PEM"_s);
    return out;
}

} // namespace

struct DemoCertificateAuthority::State {
    PkeyPtr key;
    X509Ptr cert;
};

Result<DemoCertificateAuthority> DemoCertificateAuthority::create(const QString &commonName)
{
    auto state = std::make_shared<State>();
    state->key = newKey();
    if (!state->key)
        return certError(u"key generation failed"_s);
    const QString cn = commonName.isEmpty() ? u"Renkei Demo CA"_s : commonName;
    state->cert = makeCertificate(state->key.get(), cn, nullptr, nullptr, 365,
        { { NID_basic_constraints, "critical,CA:TRUE,pathlen:0" },
            { NID_key_usage, "critical,keyCertSign,cRLSign" },
            { NID_subject_key_identifier, "hash" } });
    if (!state->cert)
        return certError(u"CA certificate failed"_s);
    auto ca = toDemoCertificate(state->cert.get(), state->key.get());
    if (!ca)
        return ca.error();
    DemoCertificateAuthority authority;
    authority.m_state = std::move(state);
    authority.m_ca = std::move(ca.value());
    return authority;
}

Result<DemoCertificate> DemoCertificateAuthority::issueServer(
    const QStringList &dnsNames, const QStringList &ipAddresses) const
{
    if (!m_state)
        return certError(u"no CA"_s);
    const QStringList dns = dnsNames.isEmpty() ? QStringList { u"localhost"_s } : dnsNames;
    const QStringList ips
        = ipAddresses.isEmpty() ? QStringList { u"127.0.0.1"_s, u"::1"_s } : ipAddresses;
    QStringList san;
    for (const QString &ip : ips)
        san.append(u"IP:"_s + ip);
    for (const QString &name : dns)
        san.append(u"DNS:"_s + name);
    PkeyPtr key = newKey();
    if (!key)
        return certError(u"key generation failed"_s);
    X509Ptr cert
        = makeCertificate(key.get(), dns.first(), m_state->cert.get(), m_state->key.get(), 30,
            { { NID_basic_constraints, "critical,CA:FALSE" },
                { NID_key_usage, "critical,digitalSignature,keyAgreement" },
                { NID_ext_key_usage, "serverAuth" },
                { NID_subject_alt_name, san.join(u',').toLatin1() },
                { NID_authority_key_identifier, "keyid" } });
    if (!cert)
        return certError(u"server certificate failed"_s);
    return toDemoCertificate(cert.get(), key.get());
}

Result<DemoCertificate> DemoCertificateAuthority::issueClient(const QString &commonName) const
{
    if (!m_state)
        return certError(u"no CA"_s);
    PkeyPtr key = newKey();
    if (!key)
        return certError(u"key generation failed"_s);
    X509Ptr cert
        = makeCertificate(key.get(), commonName, m_state->cert.get(), m_state->key.get(), 30,
            { { NID_basic_constraints, "critical,CA:FALSE" },
                { NID_key_usage, "critical,digitalSignature" }, { NID_ext_key_usage, "clientAuth" },
                { NID_authority_key_identifier, "keyid" } });
    if (!cert)
        return certError(u"client certificate failed"_s);
    return toDemoCertificate(cert.get(), key.get());
}

} // namespace renkei::demo

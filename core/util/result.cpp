#include "util/result.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei {

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Io:
        return u"io"_s;
    case Error::Kind::TooLarge:
        return u"too-large"_s;
    case Error::Kind::NotJson:
        return u"not-json"_s;
    case Error::Kind::TooDeep:
        return u"too-deep"_s;
    case Error::Kind::NotFhir:
        return u"not-fhir"_s;
    case Error::Kind::UnknownType:
        return u"unknown-type"_s;
    case Error::Kind::Invalid:
        return u"invalid"_s;
    case Error::Kind::Profile:
        return u"profile"_s;
    case Error::Kind::Unsupported:
        return u"unsupported"_s;
    case Error::Kind::Crypto:
        return u"crypto"_s;
    case Error::Kind::Tampered:
        return u"tampered"_s;
    case Error::Kind::Unavailable:
        return u"unavailable"_s;
    case Error::Kind::WrongPassphrase:
        return u"wrong-passphrase"_s;
    case Error::Kind::Timeout:
        return u"timeout"_s;
    case Error::Kind::Full:
        return u"full"_s;
    case Error::Kind::Foreign:
        return u"foreign"_s;
    case Error::Kind::Corrupt:
        return u"corrupt"_s;
    case Error::Kind::Network:
        return u"network"_s;
    case Error::Kind::Tls:
        return u"tls"_s;
    case Error::Kind::Http:
        return u"http"_s;
    case Error::Kind::Auth:
        return u"auth"_s;
    case Error::Kind::Forbidden:
        return u"forbidden"_s;
    case Error::Kind::NotFound:
        return u"not-found"_s;
    case Error::Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"invalid"_s;
}

QString Error::describe() const
{
    QString text = message;
    if (!path.isEmpty())
        text += u" at "_s + path;
    if (!where.isEmpty())
        text = where + u": "_s + text;
    return text;
}

} // namespace renkei

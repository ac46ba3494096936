#pragma once

#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QString>

// PKCE (RFC 7636, S256) and the OAuth `state`.
namespace renkei::net {

struct Pkce {
    crypto::SecretBytes verifier; // 43 base64url characters (32 random bytes)
    QString challenge; // base64url(SHA-256(verifier))
};

Result<Pkce> makePkce();
QString pkceChallenge(const crypto::SecretBytes &verifier);
// A random, unguessable state (24 random bytes, base64url).
Result<QString> makeState();

} // namespace renkei::net

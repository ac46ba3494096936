#pragma once

#include "audit/auditkeys.h"
#include "audit/auditstore.h"

#include <memory>
#include <optional>

namespace renkei::audit {

// Names of the meta table's rows. Everything in meta is clear text except `anchor` (sealed):
// the network and account name the key's scope, so they must be readable before the key is.
namespace metakey {
inline constexpr QStringView format = u"format"; // "renkei-audit"
inline constexpr QStringView version = u"version"; // "1"
inline constexpr QStringView network = u"network";
inline constexpr QStringView account = u"account";
inline constexpr QStringView workstation = u"workstation";
inline constexpr QStringView salt = u"salt"; // HKDF salt, 16 random bytes
inline constexpr QStringView keyCheck = u"key_check";
inline constexpr QStringView anchor = u"anchor"; // sealed head: seq ‖ chain
inline constexpr QStringView headSeq = u"head_seq"; // clear copy of the head
inline constexpr QStringView headChain = u"head_chain";
inline constexpr QStringView uploadedSeq = u"uploaded_seq";
inline constexpr QStringView serverOffset = u"server_offset_ms";
} // namespace metakey

// An opened log file: its storage, whose it is, and its keys.
struct AuditFile {
    std::unique_ptr<AuditStore> store;
    AuditIdentity identity;
    std::optional<AuditKeys> keys;
};

// Opens the log at `path`; with Mode::Create and no file there, creates it for `createAs`.
// Errors carry a stable Error::code:
//   "audit-missing"      no file (Kind::Io)
//   "not-an-audit-log"   a foreign or damaged file (Kind::Invalid)
//   "wrong-key"          the key does not match the log (Kind::Tampered)
//   "other-account"      the log belongs to another network or account (Kind::Invalid)
Result<AuditFile> openAuditFile(const QString &path, crypto::KeyStore &keyStore,
    AuditStore::Mode mode, const std::optional<AuditIdentity> &createAs = std::nullopt);

} // namespace renkei::audit

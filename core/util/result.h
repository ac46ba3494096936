#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace renkei {

// What went wrong, in terms the UI can turn into words (ui/ translates; core never shows text to
// a user). `where` names the file or URL, `path` the place inside it (a JSON path such as
// `$.entry[3].resource.code`); neither ever holds patient data.
struct Error {
    enum class Kind {
        Io,          // a file or folder could not be read
        TooLarge,    // input over a configured limit
        NotJson,     // the bytes are not JSON (or NDJSON)
        TooDeep,     // nesting over the limit
        NotFhir,     // JSON, but not a FHIR resource
        UnknownType, // a resourceType this reader does not read
        Invalid,     // a FHIR resource missing a required part, or of the wrong shape
        Profile,     // breaks a rule of the JP Core / JP-CLINS profile it claims
        Unsupported, // a valid input this version cannot handle
        Crypto,      // a cryptographic operation failed (a library error, bad parameters)
        Tampered,    // authenticated data did not verify: changed, swapped, or a wrong key
        Unavailable, // a service we need is not there (no keychain, no Secret Service)
        WrongPassphrase, // the passphrase (or PIN) the user typed is not the right one
        Timeout,     // a step did not finish in time
        Full,        // the disk (or a configured size limit) is full; nothing was written
        Foreign,     // a file that is not ours (not SQLite, or SQLite without our format)
        Corrupt,     // a damaged or truncated file of ours
        Network,     // a connection could not be made or broke (DNS, refused, reset, cut)
        Tls,         // TLS refused: an untrusted or mismatched certificate, a pin mismatch
        Http,        // the server answered with an error status (5xx, 429, other unexpected)
        Auth,        // not signed in, a token refused or expired, sign-in failed
        Forbidden,   // signed in, but not allowed (403)
        NotFound,    // no such resource (404, 410)
        Cancelled,   // the caller cancelled
    };
    Kind kind = Kind::Invalid;
    QString message; // English, for logs and the CLI; the UI maps `kind` to tr() text
    QString where = {};
    QString path = {};
    QString code = {}; // a finer, stable reason within `kind` (e.g. "no-secret-service"), or empty

    [[nodiscard]] QString describe() const;
};

QString errorKindName(Error::Kind kind);

// A small expected-like result: either a value or an Error. Never throws.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// A result with no value: success, or an Error.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace renkei

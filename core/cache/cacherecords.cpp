#include "cache/cacherecords.h"

#include "cache/modelstream.h"
#include "model/codes.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cache {

namespace {

constexpr quint8 kResourceFormat = 2; // 1: JSON only (read, never written)
constexpr quint8 kDemographicsFormat = 2; // 1: without source and match (read, never written)
constexpr quint8 kCursorFormat = 1;
// zlib level 1: opening is what must be fast, and level 6 saves little more on FHIR JSON.
constexpr int kCompression = 1;

template <typename Fill>
QByteArray write(Fill fill)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    fill(out);
    return bytes;
}

template <typename T, typename Read>
std::optional<T> read(const QByteArray &bytes, quint8 format, Read readFields)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    in >> version;
    if (version != format)
        return std::nullopt;
    T value;
    readFields(in, value);
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return value;
}

} // namespace

ResourceRecord makeResourceRecord(const QString &network, const QString &versionId,
    const QByteArray &json, const model::ResourceSet *values)
{
    ResourceRecord record { network, versionId, qCompress(json, kCompression), 0, {} };
    if (values) {
        record.compactVersion = model::kCompactVersion;
        record.compressedCompact
            = qCompress(write([&](QDataStream &out) { out << *values; }), kCompression);
    }
    return record;
}

QByteArray ResourceRecord::json() const
{
    return qUncompress(compressedJson);
}

std::optional<model::ResourceSet> ResourceRecord::values() const
{
    if (compactVersion != model::kCompactVersion || compressedCompact.isEmpty())
        return std::nullopt;
    QDataStream in(qUncompress(compressedCompact));
    in.setVersion(QDataStream::Qt_6_4);
    model::ResourceSet set;
    in >> set;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return set;
}

QByteArray encodeResource(const ResourceRecord &record)
{
    return write([&](QDataStream &out) {
        out << kResourceFormat << record.network << record.versionId << record.compressedJson
            << record.compactVersion << record.compressedCompact;
    });
}

std::optional<ResourceRecord> decodeResource(const QByteArray &plain)
{
    QDataStream in(plain);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 format = 0;
    ResourceRecord r;
    in >> format;
    if (format != 1 && format != kResourceFormat)
        return std::nullopt;
    in >> r.network >> r.versionId >> r.compressedJson;
    if (format == kResourceFormat)
        in >> r.compactVersion >> r.compressedCompact;
    if (in.status() != QDataStream::Ok || r.compressedJson.isEmpty())
        return std::nullopt;
    return r;
}

QByteArray encodeDemographics(const CachedPatient &p)
{
    return write([&](QDataStream &out) {
        out << kDemographicsFormat << p.network << p.patientId << p.kanjiName << p.kanaName
            << p.otherName << p.birthDate << p.sex << p.identifiers << p.source << p.match;
    });
}

std::optional<CachedPatient> decodeDemographics(const QByteArray &plain)
{
    QDataStream in(plain);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 format = 0;
    in >> format;
    if (format != 1 && format != kDemographicsFormat)
        return std::nullopt;
    CachedPatient p;
    in >> p.network >> p.patientId >> p.kanjiName >> p.kanaName >> p.otherName >> p.birthDate
        >> p.sex >> p.identifiers;
    if (format == kDemographicsFormat)
        in >> p.source >> p.match;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return p;
}

void setDemographics(CachedPatient &patient, const model::Patient &source)
{
    patient.kanjiName = source.kanjiName;
    patient.kanaName = source.kanaName;
    patient.otherName = source.otherName;
    patient.birthDate = source.birthDate;
    patient.sex = model::sexCode(source.sex);
    patient.identifiers.clear();
    for (const model::Identifier &id : source.identifiers)
        patient.identifiers.append(identifierText(id.system, id.value));
}

QByteArray encodeCursor(const SyncCursor &cursor)
{
    return write([&](QDataStream &out) {
        out << kCursorFormat << cursor.lastServerTime << cursor.resumeUrl << cursor.phase;
    });
}

std::optional<SyncCursor> decodeCursor(const QByteArray &plain)
{
    return read<SyncCursor>(plain, kCursorFormat,
        [](QDataStream &in, auto &c) { in >> c.lastServerTime >> c.resumeUrl >> c.phase; });
}

fhir::ReadOptions storedReadOptions(const QString &network)
{
    fhir::ReadOptions options;
    options.sourceSystem = network;
    options.checkProfiles = false;
    return options;
}

QString normaliseText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

QString identifierText(const QString &system, const QString &value)
{
    return model::canonicalSystem(normaliseText(system)) + u'|' + normaliseText(value);
}

QString nameSearchText(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : std::as_const(folded)) {
        if (c.isSpace())
            continue;
        // ぁ (U+3041) … ゖ (U+3096) are katakana ァ … ヶ less 0x60.
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
        out.append(c);
    }
    return out;
}

QByteArray resourceRowKey(const QString &pkey, const QByteArray &networkHash, const QString &type,
    const QByteArray &idHash)
{
    return pkey.toUtf8() + '|' + networkHash.toHex() + '|' + type.toUtf8() + '|' + idHash.toHex();
}

QByteArray syncRowKey(const QString &pkey, const QByteArray &networkHash)
{
    return pkey.toUtf8() + '|' + networkHash.toHex();
}

QByteArray matchHash(const RowCipher &cipher, const QString &match)
{
    const qsizetype bar = match.lastIndexOf(u'|');
    if (bar <= 0 || bar == match.size() - 1)
        return {};
    return cipher.hash(u"identifier", identifierText(match.left(bar), match.mid(bar + 1)));
}

QString base32(QByteArrayView bytes)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]));
    return out;
}

QString sortableTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

bool RawResource::fromJson(const QByteArray &json, RawResource *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    out->type = object.value(u"resourceType"_s).toString();
    out->id = object.value(u"id"_s).toString();
    const QJsonObject meta = object.value(u"meta"_s).toObject();
    out->lastUpdated
        = QDateTime::fromString(meta.value(u"lastUpdated"_s).toString(), Qt::ISODateWithMs);
    out->versionId = meta.value(u"versionId"_s).toString();
    out->json = json;
    out->deleted = false;
    return !out->type.isEmpty() && !out->id.isEmpty();
}

} // namespace renkei::cache

#include "demo/faults.h"

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

Error faultError(const QString &spec, const QString &why)
{
    return Error { Error::Kind::Invalid, u"bad fault \""_s + spec + u"\": "_s + why, {}, {} };
}

bool toInt(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

Result<Fault> parseFault(const QString &spec)
{
    Fault fault;
    QString actions = spec.trimmed();
    // The path pattern ends at the first '=' (a Content-Type value may hold '=' itself).
    const qsizetype eq = actions.indexOf(u'=');
    const qsizetype colon = actions.indexOf(u':');
    if (eq >= 0 && (colon < 0 || eq < colon)) {
        fault.pathPattern = actions.left(eq).trimmed();
        actions = actions.mid(eq + 1).trimmed();
        const QRegularExpression re(fault.pathPattern);
        if (!re.isValid())
            return faultError(spec, u"invalid path pattern: "_s + re.errorString());
    }
    if (actions.isEmpty())
        return faultError(spec, u"no action"_s);

    // content-type takes the rest of the spec (its value may contain commas and '=').
    QString contentTypeValue;
    const qsizetype ct = actions.indexOf(u"content-type:"_s, 0, Qt::CaseInsensitive);
    if (ct >= 0) {
        contentTypeValue = actions.mid(ct + 13).trimmed();
        actions = actions.left(ct);
        if (contentTypeValue.isEmpty())
            return faultError(spec, u"content-type needs a value"_s);
        fault.contentType = contentTypeValue.toLatin1();
    }

    const QStringList parts = actions.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype c = part.indexOf(u':');
        const QString name = (c < 0 ? part : part.left(c)).trimmed().toLower();
        const QString value = c < 0 ? QString() : part.mid(c + 1).trimmed();
        const bool hasValue = c >= 0;
        qint64 n = 0;
        if (name == u"status"_s) {
            if (!hasValue || !toInt(value, 100, 599, &n))
                return faultError(spec, u"status needs a code 100-599"_s);
            fault.status = static_cast<int>(n);
        } else if (name == u"retry-after"_s) {
            if (!hasValue || !toInt(value, 0, 86400, &n))
                return faultError(spec, u"retry-after needs seconds"_s);
            fault.retryAfterSeconds = static_cast<int>(n);
        } else if (name == u"delay"_s) {
            if (!hasValue || !toInt(value, 0, 600000, &n))
                return faultError(spec, u"delay needs milliseconds"_s);
            fault.delayMs = static_cast<int>(n);
        } else if (name == u"cut"_s) {
            if (!hasValue || !toInt(value, 0, Q_INT64_C(1) << 40, &n))
                return faultError(spec, u"cut needs a byte count"_s);
            fault.cutAfterBytes = n;
        } else if (name == u"count"_s) {
            if (!hasValue || !toInt(value, 1, 1000000, &n))
                return faultError(spec, u"count needs a positive number"_s);
            fault.count = static_cast<int>(n);
        } else if (hasValue) {
            return faultError(spec, u"unexpected value for "_s + name);
        } else if (name == u"hang"_s) {
            fault.hang = true;
        } else if (name == u"malformed"_s) {
            fault.malformed = true;
        } else if (name == u"expired-token"_s) {
            fault.expiredToken = true;
        } else if (name == u"revoked-token"_s) {
            fault.revokedToken = true;
        } else if (name == u"loop-next"_s) {
            fault.loopNext = true;
        } else if (name == u"mutate-between-pages"_s) {
            fault.mutateBetweenPages = true;
        } else {
            return faultError(spec, u"unknown action "_s + name);
        }
    }
    if (fault.retryAfterSeconds >= 0 && fault.status == 0)
        return faultError(spec, u"retry-after goes with a status"_s);
    if (fault.status == 0 && fault.delayMs == 0 && fault.cutAfterBytes < 0 && !fault.hang
        && !fault.malformed && fault.contentType.isEmpty() && !fault.expiredToken
        && !fault.revokedToken && !fault.loopNext && !fault.mutateBetweenPages)
        return faultError(spec, u"no action"_s);
    return fault;
}

QString Fault::describe() const
{
    QStringList parts;
    if (status)
        parts << u"status:"_s + QString::number(status);
    if (retryAfterSeconds >= 0)
        parts << u"retry-after:"_s + QString::number(retryAfterSeconds);
    if (delayMs)
        parts << u"delay:"_s + QString::number(delayMs);
    if (cutAfterBytes >= 0)
        parts << u"cut:"_s + QString::number(cutAfterBytes);
    if (hang)
        parts << u"hang"_s;
    if (malformed)
        parts << u"malformed"_s;
    if (expiredToken)
        parts << u"expired-token"_s;
    if (revokedToken)
        parts << u"revoked-token"_s;
    if (loopNext)
        parts << u"loop-next"_s;
    if (mutateBetweenPages)
        parts << u"mutate-between-pages"_s;
    if (count >= 0)
        parts << u"count:"_s + QString::number(count);
    if (!contentType.isEmpty())
        parts << u"content-type:"_s + QString::fromLatin1(contentType);
    const QString actions = parts.join(u',');
    return pathPattern.isEmpty() ? actions : pathPattern + u'=' + actions;
}

bool FaultPlan::any() const
{
    return status || delayMs || cutAfterBytes >= 0 || hang || malformed || !contentType.isEmpty()
        || expiredToken || revokedToken || loopNext || mutateBetweenPages;
}

int FaultSet::add(const Fault &fault)
{
    Entry e;
    e.id = m_nextId++;
    e.fault = fault;
    e.regex = QRegularExpression(fault.pathPattern);
    m_entries.append(e);
    return e.id;
}

bool FaultSet::remove(int id)
{
    return m_entries.removeIf([id](const Entry &e) { return e.id == id; }) > 0;
}

void FaultSet::clear()
{
    m_entries.clear();
}

QList<Fault> FaultSet::faults() const
{
    QList<Fault> out;
    for (const Entry &e : m_entries)
        out.append(e.fault);
    return out;
}

FaultPlan FaultSet::take(const QString &path)
{
    FaultPlan plan;
    for (Entry &e : m_entries) {
        if (e.fault.count == 0)
            continue;
        if (!e.fault.pathPattern.isEmpty() && !e.regex.match(path).hasMatch())
            continue;
        const Fault &f = e.fault;
        if (f.status) {
            plan.status = f.status;
            plan.retryAfterSeconds = f.retryAfterSeconds;
        }
        plan.delayMs += f.delayMs;
        if (f.cutAfterBytes >= 0)
            plan.cutAfterBytes = f.cutAfterBytes;
        plan.hang = plan.hang || f.hang;
        plan.malformed = plan.malformed || f.malformed;
        if (!f.contentType.isEmpty())
            plan.contentType = f.contentType;
        plan.expiredToken = plan.expiredToken || f.expiredToken;
        plan.revokedToken = plan.revokedToken || f.revokedToken;
        plan.loopNext = plan.loopNext || f.loopNext;
        plan.mutateBetweenPages = plan.mutateBetweenPages || f.mutateBetweenPages;
        if (e.fault.count > 0)
            --e.fault.count;
    }
    m_entries.removeIf([](const Entry &e) { return e.fault.count == 0; });
    return plan;
}

} // namespace renkei::demo

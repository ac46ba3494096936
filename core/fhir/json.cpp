#include "fhir/json.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

void Issues::invalid(const QString &path, const QString &message)
{
    if (reportedPaths.contains(path))
        return;
    reportedPaths.insert(path);
    problems.append(Error { Error::Kind::Invalid, message, where, path });
    ++invalidCount;
}

void Issues::profile(const QString &path, const QString &message)
{
    problems.append(Error { Error::Kind::Profile, message, where, path });
}

void Issues::warn(const QString &message)
{
    if (!warnings.contains(message))
        warnings.append(message);
}

QJsonValue Obj::member(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

void Obj::wrongType(const QString &path, const QString &expected) const
{
    if (m_issues)
        m_issues->invalid(path, u"expected "_s + expected);
}

bool Obj::has(const QString &key) const
{
    return !member(key).isUndefined();
}

QString Obj::str(const QString &key) const
{
    const QJsonValue v = member(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined())
        wrongType(childPath(key), u"a string"_s);
    return {};
}

std::optional<double> Obj::num(const QString &key) const
{
    const QJsonValue v = member(key);
    if (v.isDouble())
        return v.toDouble();
    if (!v.isUndefined())
        wrongType(childPath(key), u"a number"_s);
    return std::nullopt;
}

std::optional<bool> Obj::boolean(const QString &key) const
{
    const QJsonValue v = member(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined())
        wrongType(childPath(key), u"true or false"_s);
    return std::nullopt;
}

Obj Obj::obj(const QString &key) const
{
    const QJsonValue v = member(key);
    if (v.isObject())
        return Obj(v.toObject(), childPath(key), m_issues);
    if (!v.isUndefined())
        wrongType(childPath(key), u"an object"_s);
    return Obj(QJsonObject(), childPath(key), m_issues);
}

QList<Obj> Obj::objs(const QString &key) const
{
    QList<Obj> out;
    const QJsonValue v = member(key);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        wrongType(childPath(key), u"an array"_s);
        return out;
    }
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString path = childPath(key) + u'[' + QString::number(i) + u']';
        if (item.isObject())
            out.append(Obj(item.toObject(), path, m_issues));
        else if (!item.isNull())
            wrongType(path, u"an object"_s);
    }
    return out;
}

QStringList Obj::strs(const QString &key) const
{
    QStringList out;
    const QJsonValue v = member(key);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        wrongType(childPath(key), u"an array"_s);
        return out;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString())
            out.append(item.toString());
        else if (!item.isNull())
            wrongType(childPath(key) + u'[' + QString::number(i) + u']', u"a string"_s);
    }
    return out;
}

bool Obj::require(const QString &key) const
{
    if (has(key))
        return true;
    if (m_issues)
        m_issues->invalid(childPath(key), u"missing required element '"_s + key + u'\'');
    return false;
}

bool Obj::hasPrefix(const QString &prefix) const
{
    for (auto it = m_json.constBegin(); it != m_json.constEnd(); ++it) {
        if (it.key().startsWith(prefix) && !it.value().isNull())
            return true;
    }
    return false;
}

Obj Obj::extension(const QString &url) const
{
    for (const Obj &ext : objs(u"extension"_s)) {
        if (ext.str(u"url"_s) == url)
            return ext;
    }
    return Obj(QJsonObject(), childPath(u"extension"_s), m_issues);
}

} // namespace renkei::fhir::detail

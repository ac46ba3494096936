#pragma once

#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Internal to core/fhir: a JSON object that knows its JSON path and reports wrong shapes.
namespace renkei::fhir::detail {

// Problems and warnings gathered while reading one input.
struct Issues {
    explicit Issues(QString w)
        : where(std::move(w))
    {
    }
    QString where;
    QList<Error> problems;
    QStringList warnings;
    qsizetype invalidCount = 0; // problems of Kind::Invalid so far
    QSet<QString> reportedPaths; // one problem per path, however often it is read

    void invalid(const QString &path, const QString &message);
    void profile(const QString &path, const QString &message);
    void warn(const QString &message);
};

// A JSON object and its path (`$.entry[3].resource`). Accessors return empty values for absent
// members (JSON null counts as absent) and record a Kind::Invalid problem when a member has the
// wrong JSON type. With no Issues (a resource looked up through a reference), it is silent: the
// shape problems of that resource are reported where it is read for itself.
class Obj {
public:
    Obj() = default;
    Obj(QJsonObject json, QString path, Issues *issues)
        : m_json(std::move(json))
        , m_path(std::move(path))
        , m_issues(issues)
    {
    }

    const QJsonObject &json() const { return m_json; }
    const QString &path() const { return m_path; }
    Issues *issues() const { return m_issues; }
    bool isEmpty() const { return m_json.isEmpty(); }
    bool has(const QString &key) const;
    QString childPath(const QString &key) const { return m_path + u'.' + key; }

    QString str(const QString &key) const;
    std::optional<double> num(const QString &key) const;
    std::optional<bool> boolean(const QString &key) const;
    Obj obj(const QString &key) const;
    QList<Obj> objs(const QString &key) const; // an array of objects
    QStringList strs(const QString &key) const; // an array of strings
    // Records "missing required element" when absent; returns whether it is present.
    bool require(const QString &key) const;
    // Whether any member's name starts with `prefix` (for choice types such as value[x]).
    bool hasPrefix(const QString &prefix) const;

    // The first extension (in `extension`) with this url, or an empty Obj.
    Obj extension(const QString &url) const;

private:
    QJsonValue member(const QString &key) const;
    void wrongType(const QString &path, const QString &expected) const;

    QJsonObject m_json;
    QString m_path;
    Issues *m_issues = nullptr;
};

} // namespace renkei::fhir::detail

#include "inspect/inspect.h"

#include "inspect/modeljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::inspect {

namespace {

const QStringList &fhirFilePatterns()
{
    static const QStringList patterns { u"*.json"_s, u"*.ndjson"_s, u"*.jsonl"_s };
    return patterns;
}

// A folder becomes its FHIR files (recursively, sorted); anything else stays as given, so a
// missing path is reported rather than silently dropped.
QStringList expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(
            path, fhirFilePatterns(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files += found;
    }
    return files;
}

QString joinProblems(const QList<Error> &problems)
{
    QStringList parts;
    for (const Error &e : problems) {
        Error local = e;
        local.where.clear(); // the file is named once, in `path`
        parts.append(local.describe());
    }
    return parts.join(u"; "_s);
}

template <typename T>
QJsonArray toArray(const QList<T> &values)
{
    QJsonArray out;
    for (const T &v : values)
        out.append(toJson(v));
    return out;
}

// The same Organization often arrives in several files: list a facility once, by its code (or
// its name when it has none).
QList<model::Facility> distinctFacilities(const QList<model::Facility> &facilities)
{
    QList<model::Facility> out;
    QSet<QString> seen;
    for (const model::Facility &f : facilities) {
        const QString key = !f.code10.isEmpty() ? f.code10 : f.name + u'|' + f.id;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(f);
    }
    return out;
}

} // namespace

bool Report::allOk() const
{
    return std::all_of(files.cbegin(), files.cend(), [](const FileReport &f) { return f.ok; });
}

Report run(const QStringList &paths, const fhir::ReadOptions &options)
{
    Report report;
    for (const QString &path : expand(paths)) {
        FileReport file;
        file.path = path;
        fhir::ReadOptions fileOptions = options;
        if (fileOptions.sourceSystem.isEmpty())
            fileOptions.sourceSystem = QFileInfo(path).fileName();
        auto result = fhir::readFile(path, fileOptions);
        if (!result) {
            Error e = result.error();
            e.where.clear();
            file.error = e.describe();
        } else if (!result->complete()) {
            // A record with a part missing is never presented as complete: the whole file is
            // rejected, with every reason.
            file.error = joinProblems(result->problems);
            file.warnings = result->warnings;
        } else {
            file.ok = true;
            file.warnings = result->warnings;
            file.resourceCount = result->resources.count();
            report.resources.append(std::move(result->resources));
        }
        report.files.append(file);
    }
    report.resources.facilities = distinctFacilities(report.resources.facilities);
    return report;
}

QJsonObject toJson(const Report &report)
{
    QJsonArray files;
    for (const FileReport &f : report.files) {
        QJsonObject o { { u"path"_s, f.path }, { u"ok"_s, f.ok },
            { u"error"_s, f.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(f.error) },
            { u"resources"_s, f.resourceCount } };
        if (!f.warnings.isEmpty())
            o.insert(u"warnings"_s, QJsonArray::fromStringList(f.warnings));
        files.append(o);
    }
    const model::ResourceSet &r = report.resources;
    return QJsonObject { { u"files"_s, files }, { u"patients"_s, toArray(r.patients) },
        { u"facilities"_s, toArray(r.facilities) }, { u"encounters"_s, toArray(r.encounters) },
        { u"labs"_s, toArray(r.labs) }, { u"medications"_s, toArray(r.medications) },
        { u"documents"_s, toArray(r.documents) }, { u"conditions"_s, toArray(r.conditions) },
        { u"allergies"_s, toArray(r.allergies) } };
}

} // namespace renkei::inspect

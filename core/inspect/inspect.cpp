#include "inspect/inspect.h"

#include "inspect/modeljson.h"
#include "ssmix2/storage.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
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

} // namespace

// An SS-MIX2 storage root (root/<3>/<3>/<id>/...) or one patient's folder (<id>/<date or ->/
// <data type>/...), holding no FHIR files of its own.
bool looksLikeSsmix2(const QString &path)
{
    const QDir dir(path);
    if (!dir.entryList(fhirFilePatterns(), QDir::Files).isEmpty())
        return false;
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (subdirs.isEmpty())
        return false;
    static const QRegularExpression dateFolder(u"^(\\d{8}|-)$"_s);
    const bool patientFolder = std::all_of(subdirs.cbegin(), subdirs.cend(),
        [](const QString &d) { return dateFolder.match(d).hasMatch(); });
    if (patientFolder)
        return true;
    return std::all_of(subdirs.cbegin(), subdirs.cend(), [&dir](const QString &d) {
        if (d.size() != 3)
            return false;
        const QStringList next = QDir(dir.filePath(d)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return !next.isEmpty() && std::all_of(next.cbegin(), next.cend(), [](const QString &n) {
            return n.size() == 3;
        });
    });
}

namespace {

// An SS-MIX2 storage: one entry for the storage, one rejected entry per file it could not read.
void readSsmix2(const QString &path, Report &report)
{
    FileReport storage;
    storage.path = path;
    auto read = ssmix2::readStorage(path);
    if (!read) {
        Error e = read.error();
        e.where.clear();
        storage.error = e.describe();
        report.files.append(storage);
        return;
    }
    for (const ssmix2::FileIssue &issue : read->issues) {
        if (issue.severity == ssmix2::FileIssue::Severity::Warning) {
            storage.warnings.append(issue.path + u": "_s + issue.message);
            continue;
        }
        FileReport rejected;
        rejected.path = QDir(read->root).filePath(issue.path);
        rejected.error = issue.message;
        report.files.append(rejected);
    }
    storage.ok = true;
    storage.resourceCount = read->resources.count();
    report.resources.append(std::move(read->resources));
    report.files.append(storage);
}

} // namespace

// A folder becomes its FHIR files (recursively, sorted); anything else stays as given, so a
// missing path is reported rather than silently dropped. SS-MIX2 storages are set aside.
QStringList expandPaths(const QStringList &paths, QStringList *ssmix2Roots)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        if (looksLikeSsmix2(path)) {
            if (ssmix2Roots)
                ssmix2Roots->append(path);
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

namespace {

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
    QStringList ssmix2Roots;
    const QStringList files = expandPaths(paths, &ssmix2Roots);
    for (const QString &root : ssmix2Roots)
        readSsmix2(root, report);
    for (const QString &path : files) {
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

#include "ssmix2/storage.h"

#include "ssmix2/datatypes.h"
#include "ssmix2/hl7reader.h"
#include "ssmix2/mapper.h"
#include "ssmix2/ssmix2log.h"
#include "ssmix2/storagewalk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

using detail::FileEntry;

// An order number that names an order: not empty, not "-", not all 9s (SS-MIX2's "none").
bool isRealOrderNumber(const QString &orderNumber)
{
    if (orderNumber.isEmpty() || orderNumber == u"-")
        return false;
    return std::any_of(orderNumber.cbegin(), orderNumber.cend(), [](QChar c) { return c != u'9'; });
}

// Keeps the newest file of each order; returns how many were dropped.
int keepLatestVersions(QList<FileEntry> &entries)
{
    QHash<QString, qsizetype> newest; // key → index into entries
    QList<bool> keep(entries.size(), true);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const FileName &n = entries.at(i).name;
        if (!isRealOrderNumber(n.orderNumber) && n.dataType != u"ADT-00")
            continue;
        const QString key = n.patientId + u'\x1F' + n.dataType + u'\x1F'
            + (n.dataType == u"ADT-00" ? QString() : n.orderNumber);
        const auto it = newest.constFind(key);
        if (it == newest.constEnd()) {
            newest.insert(key, i);
            continue;
        }
        const FileEntry &other = entries.at(*it);
        const bool newer = std::tie(n.timestamp, entries.at(i).fileName)
            > std::tie(other.name.timestamp, other.fileName);
        keep[newer ? *it : i] = false;
        if (newer)
            newest.insert(key, i);
    }
    QList<FileEntry> kept;
    kept.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (keep.at(i))
            kept.append(std::move(entries[i]));
    }
    const int dropped = int(entries.size() - kept.size());
    entries = std::move(kept);
    return dropped;
}

// An admission (A01) and its discharge (A03) are two files; the discharge's end closes the
// latest open admission of the same patient that started before it.
void mergeStays(QList<model::Encounter> &encounters)
{
    using Class = model::Encounter::Class;
    QList<model::Encounter> out;
    QList<qsizetype> discharges;
    for (qsizetype i = 0; i < encounters.size(); ++i) {
        const model::Encounter &e = encounters.at(i);
        if (e.encounterClass == Class::Inpatient && e.period.start.isNull()
            && !e.period.end.isNull())
            discharges.append(i);
    }
    QSet<qsizetype> merged;
    for (qsizetype d : discharges) {
        const model::Encounter &discharge = encounters.at(d);
        qsizetype best = -1;
        for (qsizetype i = 0; i < encounters.size(); ++i) {
            const model::Encounter &a = encounters.at(i);
            if (i == d || a.patient != discharge.patient || a.encounterClass != Class::Inpatient
                || a.period.start.isNull() || !a.period.end.isNull()
                || discharge.period.end < a.period.start || a.provenance.cancelled)
                continue;
            if (best < 0 || encounters.at(best).period.start < a.period.start)
                best = i;
        }
        if (best < 0)
            continue;
        model::Encounter &stay = encounters[best];
        stay.period.end = discharge.period.end;
        stay.status = u"finished"_s;
        merged.insert(d);
    }
    for (qsizetype i = 0; i < encounters.size(); ++i) {
        if (!merged.contains(i))
            out.append(std::move(encounters[i]));
    }
    encounters = std::move(out);
}

class Reader {
public:
    Reader(const QString &root, const StorageOptions &options)
        : m_options(options)
    {
        m_read.root = root;
    }

    StorageRead run(const QString &onlyPatient)
    {
        detail::WalkResult walk = detail::walkStorage(m_read.root, onlyPatient, m_options);
        m_read.issues = std::move(walk.issues);
        m_read.filesFound = walk.filesFound;
        m_read.filesSkipped = walk.filesRejected;
        if (m_options.latestVersionOnly) {
            m_read.filesSuperseded = keepLatestVersions(walk.entries);
            m_read.filesSkipped += m_read.filesSuperseded;
        }
        for (const FileEntry &entry : std::as_const(walk.entries))
            readFile(entry);
        addPatientsWithoutAdt00();
        mergeStays(m_read.resources.encounters);
        return std::move(m_read);
    }

private:
    void issue(FileIssue::Severity severity, const FileEntry &entry, const QString &message)
    {
        m_read.issues.append(FileIssue { severity, entry.relativePath, message });
    }

    void skip(const FileEntry &entry, const QString &message)
    {
        ++m_read.filesSkipped;
        issue(FileIssue::Severity::Error, entry, message);
    }

    void readFile(const FileEntry &entry)
    {
        const FileName &name = entry.name;
        if (name.isCancelled() && m_options.cancelled == StorageOptions::Cancelled::Hide) {
            ++m_read.filesSkipped;
            ++m_read.filesCancelled;
            return;
        }
        QFile file(entry.absolutePath);
        if (!file.open(QIODevice::ReadOnly)) {
            skip(entry, u"cannot be read: "_s + file.errorString());
            return;
        }
        ParseOptions parseOptions;
        parseOptions.maxBytes = m_options.maxFileBytes;
        // Checked again on the open file (it may have grown since the walk). Never read(max):
        // that allocates the whole limit for every file.
        if (file.size() > m_options.maxFileBytes) {
            skip(entry, u"the file is over the limit of %1 bytes"_s.arg(m_options.maxFileBytes));
            return;
        }
        const QByteArray bytes = file.readAll();
        const Result<ParsedMessage> parsed = parseMessage(bytes, parseOptions);
        if (!parsed) {
            skip(entry, u"not a readable HL7 v2 message: "_s + parsed.error().message);
            return;
        }
        const Message &message = parsed->message;
        if (!checkMessage(entry, message))
            return;
        if (name.conditionFlag != u"0" && name.conditionFlag != u"1") {
            issue(FileIssue::Severity::Warning, entry,
                u"condition flag %1 is neither 1 (valid) nor 0 (cancelled); read as valid"_s.arg(
                    name.conditionFlag));
        }
        MapContext context { m_read.root, entry.fileName, name.patientId, name.dataType,
            name.orderNumber, name.isCancelled(), m_options.facilityCode, m_options.facilityName };
        MapResult mapped = mapMessage(message, context);
        for (const QString &note : std::as_const(mapped.notes))
            issue(FileIssue::Severity::Warning, entry, note);
        if (!mapped.mapped) {
            ++m_read.filesSkipped;
            ++m_read.filesNotMapped;
            ++m_read.notMappedTypes[message.messageCode() + u'^' + message.triggerEvent()];
            return;
        }
        ++m_read.filesRead;
        if (mapped.pidPatient && m_pidMatches) {
            PatientCandidate &c = m_pidPatients[name.patientId];
            if (name.timestamp >= c.timestamp)
                c = { name.timestamp, *mapped.pidPatient };
        }
        m_read.resources.append(std::move(mapped.resources));
    }

    // MSH-9 against the data type, PID-3 against the storage's id. False: the file is skipped.
    bool checkMessage(const FileEntry &entry, const Message &message)
    {
        const QString &type = entry.name.dataType;
        const QString code = message.messageCode();
        const QString trigger = message.triggerEvent();
        if (const DataTypeInfo *info = dataTypeInfo(type); !info) {
            issue(FileIssue::Severity::Warning, entry,
                u"data type %1 is not in the SS-MIX2 table"_s.arg(type));
        } else if (!messageMatchesDataType(type, code, trigger)) {
            issue(FileIssue::Severity::Warning, entry,
                u"MSH-9 is %1^%2, but data type %3 carries %4^%5"_s.arg(
                    code, trigger, type, info->messageCode, info->trigger));
        }
        m_pidMatches = true;
        const Segment pid = message.segment(u"PID");
        if (!pid.isValid())
            return true;
        bool found = false;
        for (const Repetition &r : pid.field(3).repetitions())
            found = found || r.component(1).value().trimmed() == entry.name.patientId;
        if (found)
            return true;
        m_pidMatches = false;
        if (m_options.strictPatientId) {
            skip(entry,
                u"the patient id in the message (PID-3) differs from the storage's "
                "patient id; not read"_s);
            return false;
        }
        issue(FileIssue::Severity::Warning, entry,
            u"the patient id in the message (PID-3) differs from the storage's patient id; "
            "its values are filed under the storage's id"_s);
        return true;
    }

    // A patient with files but no ADT-00: the newest PID that agrees with the storage's id.
    void addPatientsWithoutAdt00()
    {
        QSet<QString> have;
        for (const model::Patient &p : std::as_const(m_read.resources.patients))
            have.insert(p.id);
        QStringList ids = m_pidPatients.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            if (!have.contains(id))
                m_read.resources.patients.append(m_pidPatients.value(id).patient);
        }
    }

    struct PatientCandidate {
        QString timestamp;
        model::Patient patient;
    };
    const StorageOptions &m_options;
    StorageRead m_read;
    QHash<QString, PatientCandidate> m_pidPatients;
    bool m_pidMatches = true;
};

// root/xxx/yyy/<id>: the folder names say whether `dir` is one patient's folder.
bool isPatientFolder(const QDir &dir, QString *root)
{
    const QString id = dir.dirName();
    QDir up = dir;
    if (!up.cdUp())
        return false;
    const QString l2 = up.dirName();
    if (!up.cdUp())
        return false;
    const QString l1 = up.dirName();
    if (id.size() < 4 || l1.size() != 3 || id.left(3) != l1 || id.mid(3, 3) != l2 || !up.cdUp())
        return false;
    *root = up.absolutePath();
    return true;
}

} // namespace

Result<StorageRead> readStorage(const QString &path, const StorageOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isDir()) {
        return Error { Error::Kind::Io, u"not a folder"_s, path, {} };
    }
    if (!info.isReadable())
        return Error { Error::Kind::Io, u"the folder cannot be read"_s, path, {} };
    const QDir dir(QDir::cleanPath(info.absoluteFilePath()));
    QString root = dir.absolutePath();
    QString onlyPatient;
    if (QString patientRoot; isPatientFolder(dir, &patientRoot)) {
        onlyPatient = dir.dirName();
        root = patientRoot;
    }
    QElapsedTimer timer;
    timer.start();
    StorageRead read = Reader(root, options).run(onlyPatient);
    qCInfo(lcSsmix2) << "read" << read.filesFound << "files:" << read.filesRead << "read,"
                     << read.filesSkipped << "skipped," << read.issues.size() << "issues,"
                     << read.resources.count() << "values in" << timer.elapsed() << "ms";
    return read;
}

} // namespace renkei::ssmix2

#include "ssmix2/storagewalk.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2::detail {

namespace {

bool isDateFolder(const QString &name)
{
    if (name == u"-")
        return true;
    if (name.size() != 8)
        return false;
    for (QChar c : name) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

class Walker {
public:
    Walker(const QString &root, const StorageOptions &options)
        : m_root(root)
        , m_options(options)
    {
    }

    WalkResult run(const QString &onlyPatient)
    {
        for (const QFileInfo &l1 : list(m_root, 1)) {
            for (const QFileInfo &l2 : list(l1.absoluteFilePath(), 2)) {
                for (const QFileInfo &patient : list(l2.absoluteFilePath(), 3)) {
                    if (onlyPatient.isEmpty() || patient.fileName() == onlyPatient)
                        walkPatient(patient, l1.fileName(), l2.fileName());
                }
            }
        }
        return std::move(m_result);
    }

private:
    QString relative(const QString &absolute) const
    {
        return QDir(m_root).relativeFilePath(absolute);
    }

    void issue(FileIssue::Severity severity, const QString &absolute, const QString &message)
    {
        m_result.issues.append(FileIssue { severity, relative(absolute), message });
    }

    // The folders at `level` (1–5) under `dir`; files at a folder level are reported.
    QList<QFileInfo> list(const QString &dir, int level)
    {
        QList<QFileInfo> folders;
        const QFileInfoList infos = QDir(dir).entryInfoList(
            QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &info : infos) {
            if (info.isDir()) {
                folders.append(info);
                continue;
            }
            ++m_result.filesFound;
            ++m_result.filesRejected;
            issue(FileIssue::Severity::Error, info.absoluteFilePath(),
                u"a file where the storage layout has folders (level %1); not read"_s.arg(level));
        }
        return folders;
    }

    void walkPatient(const QFileInfo &patient, const QString &l1, const QString &l2)
    {
        const QString id = patient.fileName();
        if (id.left(3) != l1 || id.mid(3, 3) != l2) {
            const int files = countFiles(patient.absoluteFilePath());
            m_result.filesFound += files;
            m_result.filesRejected += files;
            issue(FileIssue::Severity::Error, patient.absoluteFilePath(),
                u"the patient folder is not under <id[0:3]>/<id[3:6]>; its %1 files were not read"_s
                    .arg(files));
            return;
        }
        for (const QFileInfo &date : list(patient.absoluteFilePath(), 4)) {
            if (!isDateFolder(date.fileName())) {
                const int files = countFiles(date.absoluteFilePath());
                m_result.filesFound += files;
                m_result.filesRejected += files;
                issue(FileIssue::Severity::Error, date.absoluteFilePath(),
                    u"a date folder must be yyyyMMdd or '-'; its %1 files were not read"_s.arg(
                        files));
                continue;
            }
            for (const QFileInfo &type : list(date.absoluteFilePath(), 5))
                walkTypeFolder(type, id, date.fileName());
        }
    }

    void walkTypeFolder(const QFileInfo &type, const QString &id, const QString &date)
    {
        const QFileInfoList infos
            = QDir(type.absoluteFilePath())
                  .entryInfoList(
                      QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &info : infos) {
            if (info.isDir()) {
                const int files = countFiles(info.absoluteFilePath());
                m_result.filesFound += files;
                m_result.filesRejected += files;
                issue(FileIssue::Severity::Error, info.absoluteFilePath(),
                    u"a folder below a data type folder; its %1 files were not read"_s.arg(files));
                continue;
            }
            ++m_result.filesFound;
            checkFile(info, id, date, type.fileName());
        }
    }

    void checkFile(
        const QFileInfo &info, const QString &id, const QString &date, const QString &type)
    {
        const QString path = info.absoluteFilePath();
        const FileNameResult parsed = parseFileName(info.fileName());
        if (!parsed.ok()) {
            reject(path, u"not an SS-MIX2 file name: "_s + parsed.error->message);
            return;
        }
        const FileName &name = *parsed.name;
        if (name.patientId != id) {
            // Whose data is this? Neither place can be trusted: not read.
            QStringList differs { u"patient id"_s };
            if (name.date != date)
                differs.append(u"date"_s);
            if (name.dataType != type)
                differs.append(u"data type"_s);
            reject(path,
                u"misplaced: the file name's %1 (%2) differ from the folders it is "
                "stored in (%3)"_s.arg(differs.join(u", "_s),
                    name.patientId + u'/' + name.date + u'/' + name.dataType,
                    id + u'/' + date + u'/' + type));
            return;
        }
        if (name.date != date) {
            issue(FileIssue::Severity::Warning, path,
                u"the file name's date (%1) differs from its date folder (%2)"_s.arg(
                    name.date, date));
        }
        if (name.dataType != type) {
            issue(FileIssue::Severity::Warning, path,
                u"the file name's data type (%1) differs from its data type folder (%2)"_s.arg(
                    name.dataType, type));
        }
        if (info.size() > m_options.maxFileBytes) {
            reject(path,
                u"the file is %1 bytes, over the limit of %2"_s.arg(info.size())
                    .arg(m_options.maxFileBytes));
            return;
        }
        m_result.entries.append(
            FileEntry { path, relative(path), info.fileName(), name, info.size() });
    }

    void reject(const QString &absolute, const QString &message)
    {
        ++m_result.filesRejected;
        issue(FileIssue::Severity::Error, absolute, message);
    }

    // Files below a rejected folder, for the counts (bounded: symbolic links may loop).
    static int countFiles(const QString &dir, int depth = 0)
    {
        if (depth > 8)
            return 0;
        int n = 0;
        const QFileInfoList infos = QDir(dir).entryInfoList(
            QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QFileInfo &info : infos)
            n += info.isDir() ? countFiles(info.absoluteFilePath(), depth + 1) : 1;
        return n;
    }

    QString m_root;
    const StorageOptions &m_options;
    WalkResult m_result;
};

} // namespace

WalkResult walkStorage(
    const QString &root, const QString &onlyPatient, const StorageOptions &options)
{
    return Walker(root, options).run(onlyPatient);
}

} // namespace renkei::ssmix2::detail

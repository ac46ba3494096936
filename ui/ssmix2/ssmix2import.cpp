#include "ssmix2/ssmix2import.h"

#include "cache/cache.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace renkei::ui {

Ssmix2Import::Ssmix2Import(QString cachePath, crypto::KeyStore &store, QString scope,
    QString network, QList<net::Ssmix2Folder> folders, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_store(store)
    , m_scope(std::move(scope))
    , m_network(std::move(network))
    , m_folders(std::move(folders))
{
}

Ssmix2Import::~Ssmix2Import()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void Ssmix2Import::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_results.clear();
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_thread->start();
}

void Ssmix2Import::run()
{
    QList<Ssmix2FolderResult> results;
    auto opened = cache::Cache::open(m_cachePath, m_store, m_scope);
    for (int i = 0; i < m_folders.size() && !m_cancel; ++i) {
        const net::Ssmix2Folder &folder = m_folders.at(i);
        if (!opened) {
            results.append({ folder, opened.error() });
            continue;
        }
        const QFileInfo info(folder.path);
        if (!info.exists()) {
            results.append({ folder,
                Error { Error::Kind::Io, u"the folder does not exist"_s, {}, folder.path,
                    u"missing"_s } });
            continue;
        }
        ssmix2::ImportOptions options;
        options.network = m_network;
        options.storage.facilityCode = folder.facilityCode;
        options.storage.facilityName = folder.facilityName;
        auto summary = ssmix2::importStorage(
            *opened.value(), folder.path, options, [this, i](const ssmix2::ImportProgress &p) {
                Q_EMIT progress(i, p.patientsDone, p.patientsTotal);
                return !m_cancel.load();
            });
        results.append({ folder, std::move(summary) });
    }
    m_results = std::move(results); // read by the GUI thread only after the thread finished
}

bool Ssmix2Import::anyFailed(const QList<Ssmix2FolderResult> &results)
{
    for (const Ssmix2FolderResult &r : results) {
        if (!r.summary || (r.summary->filesRead == 0 && r.summary->patients == 0))
            return true;
    }
    return false;
}

QString Ssmix2Import::describeError(const Error &e)
{
    if (e.code == u"missing"_s)
        return tr("The folder was not found. If it is on a shared drive, check that the share is "
                  "mounted and reachable from this computer.");
    if (e.kind == Error::Kind::Io && e.message == u"not a folder"_s)
        return tr("This is a file, not a folder. Choose the SS-MIX2 storage's root folder.");
    if (e.kind == Error::Kind::Io)
        return tr("The folder cannot be read (no permission, or the share was disconnected).");
    return tr("The import failed: %1").arg(e.describe());
}

QString Ssmix2Import::report(const QList<Ssmix2FolderResult> &results, bool cancelled)
{
    QStringList parts;
    if (cancelled)
        parts.append(tr("The import was cancelled. What was imported before stays in the cache."));
    for (const Ssmix2FolderResult &r : results) {
        QString title = QDir::toNativeSeparators(r.folder.path);
        if (!r.folder.facilityName.isEmpty())
            title = u"%1 (%2)"_s.arg(r.folder.facilityName, title);
        QStringList lines { title };
        if (!r.summary) {
            lines.append(describeError(r.summary.error()));
            parts.append(lines.join(u'\n'));
            continue;
        }
        const ssmix2::ImportSummary &s = r.summary.value();
        if (s.filesRead == 0 && s.patients == 0) {
            lines.append(tr("No SS-MIX2 files were found. Choose the storage's root folder (the "
                            "one holding the three-digit folders) or one patient's folder."));
            parts.append(lines.join(u'\n'));
            continue;
        }
        lines.append(tr("Patients: %1 (%2 joined to the network's patients)")
                         .arg(s.patients)
                         .arg(s.matched));
        if (s.withoutFacilityCode > 0)
            lines.append(tr("%n patient(s) could not be joined: the facility code is not known. "
                            "Enter it in Network Settings.",
                nullptr, s.withoutFacilityCode));
        lines.append(tr("Files: %1 read of %2; values stored: %3, unchanged: %4, removed: %5")
                         .arg(s.filesRead)
                         .arg(s.files)
                         .arg(s.resources)
                         .arg(s.unchanged)
                         .arg(s.deleted));
        if (!s.issues.isEmpty())
            lines.append(tr("%n file(s) had problems and were skipped or read in part.", nullptr,
                int(s.issues.size())));
        if (!s.notMapped.isEmpty()) {
            QStringList types;
            for (auto it = s.notMapped.cbegin(); it != s.notMapped.cend(); ++it)
                types.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value()));
            lines.append(tr("Not imported (not supported yet): %1").arg(types.join(u", "_s)));
        }
        parts.append(lines.join(u'\n'));
    }
    return parts.join(u"\n\n"_s);
}

} // namespace renkei::ui

#pragma once

#include "net/networkprofile.h"
#include "ssmix2/import.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace renkei::crypto {
class KeyStore;
}

namespace renkei::ui {

// One folder's outcome: its summary, or why it could not be imported.
struct Ssmix2FolderResult {
    net::Ssmix2Folder folder;
    Result<ssmix2::ImportSummary> summary;
};

// Imports SS-MIX2 folders into a cache off the GUI thread (issue 8 §4). The worker opens its
// own connection to the cache (a Cache is one per thread) with the window's key store, imports
// each folder in turn (ssmix2::importStorage) and reports progress; cancel() stops after the
// patient being written (what was written stays, as the CLI's import does).
class Ssmix2Import : public QObject {
    Q_OBJECT
public:
    // `store` must outlive the import (the window's opener keeps it).
    Ssmix2Import(QString cachePath, crypto::KeyStore &store, QString scope, QString network,
        QList<net::Ssmix2Folder> folders, QObject *parent = nullptr);
    ~Ssmix2Import() override; // cancels and waits for the worker

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    bool wasCancelled() const { return m_cancel; }
    const QList<Ssmix2FolderResult> &results() const { return m_results; }

    // The outcome in words for the user: per folder, patients, matched, files, resources,
    // problems, message types not imported; or the reason it failed.
    static QString report(const QList<Ssmix2FolderResult> &results, bool cancelled);
    static bool anyFailed(const QList<Ssmix2FolderResult> &results);

Q_SIGNALS:
    // folder: 0-based index of the folder being imported.
    void progress(int folder, int patientsDone, int patientsTotal);
    void finished();

private:
    void run(); // on the worker thread
    static QString describeError(const Error &error);

    QString m_cachePath;
    crypto::KeyStore &m_store;
    QString m_scope;
    QString m_network;
    QList<net::Ssmix2Folder> m_folders;
    QList<Ssmix2FolderResult> m_results; // written by the worker, read after finished()
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
};

} // namespace renkei::ui

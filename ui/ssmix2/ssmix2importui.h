#pragma once

#include "net/networkprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QProgressDialog;
class QWidget;

namespace renkei::ui {

class PatientOpener;
class Ssmix2Import;

// File > Import SS-MIX2… (issue 8 §4): imports the signed-in network profile's SS-MIX2 folders
// (Network Settings), or a folder chosen now when the profile has none, into the window's cache
// off the GUI thread, with a progress dialog that can cancel; then says what was imported and
// refreshes the cached patient list. Dependencies are injected; tests answer the seams.
class Ssmix2ImportUi : public QObject {
    Q_OBJECT
public:
    Ssmix2ImportUi(QWidget &window, PatientOpener &opener);
    ~Ssmix2ImportUi() override;

    QAction *action() const { return m_action; }
    // Imports `folders` into the open cache as sources of `network`. False (message shown) when
    // no cache is open or an import is already running.
    bool importFolders(const QString &network, const QList<net::Ssmix2Folder> &folders);
    Ssmix2Import *running() const;

    // Seams: the folder to import when the profile has none (default: QFileDialog), the
    // profile's folders (default: the ProfileStore on QSettings) and the message at the end
    // (default: a message box).
    void setFolderChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }
    void setProfileFolders(std::function<QList<net::Ssmix2Folder>(const QString &network)> f)
    {
        m_profileFolders = std::move(f);
    }
    void setMessageSink(std::function<void(const QString &text, bool error)> sink)
    {
        m_sink = std::move(sink);
    }

Q_SIGNALS:
    void importFinished();

private:
    void trigger();
    void onProgress(int folder, int done, int total);
    void onFinished();
    void showMessage(const QString &text, bool error);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget &m_window;
    PatientOpener &m_opener;
    QAction *m_action;
    QPointer<Ssmix2Import> m_import;
    QPointer<QProgressDialog> m_progress;
    int m_folderCount = 0;
    std::function<QString()> m_chooser;
    std::function<QList<net::Ssmix2Folder>(const QString &)> m_profileFolders;
    std::function<void(const QString &, bool)> m_sink;
};

} // namespace renkei::ui

#include "ssmix2/ssmix2importui.h"

#include "net/profilestore.h"
#include "ssmix2/ssmix2import.h"
#include "workspace/patientopener.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace renkei::ui {

Ssmix2ImportUi::Ssmix2ImportUi(QWidget &window, PatientOpener &opener)
    : QObject(&window)
    , m_window(window)
    , m_opener(opener)
    , m_action(new QAction(this))
{
    m_action->setObjectName(u"importSsmix2Action"_s);
    connect(m_action, &QAction::triggered, this, &Ssmix2ImportUi::trigger);
    m_window.installEventFilter(this);
    retranslate();
}

Ssmix2ImportUi::~Ssmix2ImportUi()
{
    delete m_import.data(); // cancels and waits for the worker
}

Ssmix2Import *Ssmix2ImportUi::running() const
{
    return m_import.data();
}

void Ssmix2ImportUi::trigger()
{
    const QString network = m_opener.networkId();
    if (!m_opener.cache() || network.isEmpty()) {
        showMessage(tr("Sign in to a network first: SS-MIX2 data is imported into that "
                       "network's cache."),
            true);
        return;
    }
    QList<net::Ssmix2Folder> folders;
    if (m_profileFolders) {
        folders = m_profileFolders(network);
    } else {
        QSettings settings;
        net::ProfileStore store(settings);
        if (auto profile = store.load(network))
            folders = profile->ssmix2Folders;
    }
    if (folders.isEmpty()) {
        const QString path = m_chooser
            ? m_chooser()
            : QFileDialog::getExistingDirectory(&m_window, tr("Choose an SS-MIX2 Folder"));
        if (path.isEmpty())
            return;
        folders.append({ path, {}, {} });
    }
    importFolders(network, folders);
}

bool Ssmix2ImportUi::importFolders(const QString &network, const QList<net::Ssmix2Folder> &folders)
{
    if (m_import) {
        showMessage(tr("An SS-MIX2 import is already running."), true);
        return false;
    }
    if (!m_opener.cache() || !m_opener.keyStore()) {
        showMessage(tr("Sign in to a network first: SS-MIX2 data is imported into that "
                       "network's cache."),
            true);
        return false;
    }
    m_folderCount = int(folders.size());
    m_import = new Ssmix2Import(
        m_opener.cachePath(), *m_opener.keyStore(), m_opener.cacheScope(), network, folders, this);
    connect(m_import, &Ssmix2Import::progress, this, &Ssmix2ImportUi::onProgress);
    connect(m_import, &Ssmix2Import::finished, this, &Ssmix2ImportUi::onFinished);

    m_progress = new QProgressDialog(&m_window);
    m_progress->setObjectName(u"ssmix2ImportProgress"_s);
    m_progress->setWindowTitle(tr("Import SS-MIX2"));
    m_progress->setLabelText(tr("Reading the SS-MIX2 folder…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_import, &Ssmix2Import::cancel);
    m_action->setEnabled(false);
    m_import->start();
    return true;
}

void Ssmix2ImportUi::onProgress(int folder, int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setLabelText(m_folderCount > 1
            ? tr("Importing folder %1 of %2: patient %3 of %4")
                  .arg(folder + 1)
                  .arg(m_folderCount)
                  .arg(done)
                  .arg(total)
            : tr("Importing patient %1 of %2").arg(done).arg(total));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void Ssmix2ImportUi::onFinished()
{
    const QList<Ssmix2FolderResult> results = m_import->results();
    const bool cancelled = m_import->wasCancelled();
    m_import->deleteLater();
    m_import = nullptr;
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    m_action->setEnabled(true);
    Q_EMIT m_opener.cachedPatientsChanged(); // the search panel's cached list re-reads
    showMessage(Ssmix2Import::report(results, cancelled), Ssmix2Import::anyFailed(results));
    Q_EMIT importFinished();
}

void Ssmix2ImportUi::showMessage(const QString &text, bool error)
{
    if (m_sink) {
        m_sink(text, error);
        return;
    }
    if (error)
        QMessageBox::warning(&m_window, tr("Import SS-MIX2"), text);
    else
        QMessageBox::information(&m_window, tr("Import SS-MIX2"), text);
}

bool Ssmix2ImportUi::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void Ssmix2ImportUi::retranslate()
{
    m_action->setText(tr("Import SS-&MIX2…"));
    m_action->setStatusTip(tr("Import the network's SS-MIX2 folders into the cache"));
}

} // namespace renkei::ui

#include "workspace/viewerui.h"

#include "cache/cache.h"
#include "crypto/keychainkeystore.h"
#include "screenlock.h"
#include "session.h"
#include "sessionui.h"
#include "uilogging.h"
#include "workspace/patientarea.h"
#include "workspace/patientbanner.h"
#include "workspace/patientopener.h"
#include "workspace/patientsearchpanel.h"
#include "workspace/vieweraudit.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {
const QString kWarekiKey = u"ui/wareki"_s;
}

ViewerUi::ViewerUi(QMainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_opener(new PatientOpener(this))
    , m_search(new PatientSearchPanel(*m_opener, &window))
    , m_audit(new ViewerAudit(*m_opener, this))
    , m_area(new PatientArea(*m_opener, &window))
    , m_layoutMenu(new QMenu(&window))
    , m_findPatient(new QAction(this))
    , m_closePatient(new QAction(this))
    , m_wareki(new QAction(this))
    , m_separator(new QAction(this))
{
    m_search->setObjectName(u"patientSearch"_s);
    m_layoutMenu->setObjectName(u"layoutMenu"_s);
    Workspace *workspace = m_area->workspace();
    connect(m_layoutMenu, &QMenu::aboutToShow, this,
        [this, workspace] { workspace->fillLayoutMenu(m_layoutMenu); });
    // Filled once now so the presets are reachable from the keyboard before the menu shows.
    workspace->fillLayoutMenu(m_layoutMenu);

    m_findPatient->setObjectName(u"findPatientAction"_s);
    m_findPatient->setShortcut(QKeySequence::Find);
    connect(m_findPatient, &QAction::triggered, m_search, &PatientSearchPanel::focusSearch);
    m_closePatient->setObjectName(u"closePatientAction"_s);
    m_closePatient->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closePatient->setEnabled(false);
    connect(m_closePatient, &QAction::triggered, m_opener, &PatientOpener::close);
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(u"focusPane%1Action"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [workspace, i] { workspace->focusPane(i); });
        m_paneActions.append(action);
    }
    m_wareki->setObjectName(u"warekiAction"_s);
    m_wareki->setCheckable(true);
    m_wareki->setChecked(QSettings().value(kWarekiKey, false).toBool());
    m_area->banner()->setShowWareki(m_wareki->isChecked());
    connect(m_wareki, &QAction::toggled, this, [this](bool on) {
        m_area->banner()->setShowWareki(on);
        QSettings().setValue(kWarekiKey, on);
    });
    m_separator->setSeparator(true);
    connect(m_search, &PatientSearchPanel::networkSearchStarted, m_audit, &ViewerAudit::searched);
    connect(m_opener, &PatientOpener::recordChanged, this,
        [this](const auto &record) { m_closePatient->setEnabled(record != nullptr); });
    m_window.installEventFilter(this);
    retranslate();
}

ViewerUi::~ViewerUi() = default;

QList<QAction *> ViewerUi::viewActions() const
{
    QList<QAction *> list { m_findPatient };
    list += m_paneActions;
    list += { m_wareki, m_separator };
    return list;
}

void ViewerUi::attachSession(SessionUi &sessionUi, bool demo)
{
    m_session = sessionUi.session();
    m_sessionUi = &sessionUi;
    m_demo = demo;
    connect(m_session, &Session::signedIn, this, &ViewerUi::onSignedIn);
    connect(m_session, &Session::signedOut, this, &ViewerUi::onSignedOut);
    connect(&sessionUi, &SessionUi::lockedChanged, this, &ViewerUi::onLocked);
    if (m_session->status() == Session::Status::SignedIn)
        onSignedIn();
}

void ViewerUi::onSignedIn()
{
    const net::NetworkProfile &profile = m_session->profile();
    const QString account = m_session->options().account;
    const QString scope = cache::Cache::keyScope(profile.id, account);
    if (!m_opener->cache()) {
        // The demo's cache is encrypted with a key that lives in memory only (DESIGN.md); a
        // real network's key is kept in the system keychain.
        const Result<void> opened = m_demo
            ? m_opener->openEphemeralCache(scope)
            : m_opener->openCache(cache::Cache::defaultPath(profile.id, account),
                std::make_unique<crypto::KeychainKeyStore>(), scope);
        if (!opened)
            qCWarning(lcUi) << "the cache did not open:" << errorKindName(opened.error().kind);
    }
    m_opener->setNetwork(m_session->transport(), profile.fhirBaseUrl, profile.id);
    m_area->workspace()->setSettingsScope(profile.id + u':' + account);
    m_audit->signedIn(profile.id, account, ViewerAudit::retentionDays(profile));
    if (m_sessionUi && m_audit->log())
        m_sessionUi->screenLock()->setAuditLog(m_audit->log()); // failed unlocks go there too
    Q_EMIT cacheChanged();
}

void ViewerUi::onSignedOut()
{
    m_lockedKey.clear();
    m_opener->close();
    if (m_sessionUi)
        m_sessionUi->screenLock()->setAuditLog(nullptr);
    m_audit->signedOut();
    m_opener->setNetwork(nullptr, {}, {});
    m_search->clearResults();
    m_search->refreshCached();
    Q_EMIT cacheChanged();
}

void ViewerUi::onLocked(bool locked)
{
    if (locked) {
        // Nothing of the patient stays in any view while the screen is locked.
        m_lockedKey = m_opener->currentKey();
        m_opener->close();
        m_search->clearResults();
        return;
    }
    m_search->refreshCached();
    if (!m_lockedKey.isEmpty())
        m_opener->openCached(std::exchange(m_lockedKey, QString()));
}

bool ViewerUi::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ViewerUi::retranslate()
{
    m_layoutMenu->setTitle(tr("&Layout"));
    m_findPatient->setText(tr("&Find Patient"));
    m_closePatient->setText(tr("&Close Patient"));
    for (int i = 0; i < m_paneActions.size(); ++i)
        m_paneActions.at(i)->setText(tr("Go to Pane &%1").arg(i + 1));
    m_wareki->setText(tr("Show Japanese Era Dates (和暦)"));
}

} // namespace renkei::ui

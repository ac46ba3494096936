#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace renkei::ui {

class PatientArea;
class PatientOpener;
class PatientSearchPanel;
class ViewerAudit;
class Session;
class SessionUi;

// The viewer's part of the main window, kept out of MainWindow (as SessionUi is): the patient
// opener and its cache, the search panel, the patient area (banner + workspace), the View
// menu's layout entries and the shortcuts (Ctrl+F search, Ctrl+1..3 panes, Ctrl+W close,
// F5 sync). With a session it opens the cache on sign-in (the demo's: encrypted, key in memory
// only; a real network's: Cache::defaultPath with its key in the keychain), clears every view
// on lock and sign-out, and reopens the patient after an unlock.
class ViewerUi : public QObject {
    Q_OBJECT
public:
    explicit ViewerUi(QMainWindow &window);
    ~ViewerUi() override;

    PatientOpener *opener() const { return m_opener; }
    PatientSearchPanel *searchPanel() const { return m_search; }
    PatientArea *patientArea() const { return m_area; }
    QMenu *layoutMenu() const { return m_layoutMenu; }
    QList<QAction *> viewActions() const; // Find Patient, panes 1–3, 和暦, separator
    QAction *closePatientAction() const { return m_closePatient; }

    void attachSession(SessionUi &sessionUi, bool demo);
    ViewerAudit *audit() const { return m_audit; }

Q_SIGNALS:
    // The cache opened or closed (the window shows the search panel when there is one).
    void cacheChanged();

private:
    void onSignedIn();
    void onSignedOut();
    void onLocked(bool locked);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow &m_window;
    PatientOpener *m_opener;
    PatientSearchPanel *m_search;
    ViewerAudit *m_audit;
    PatientArea *m_area;
    QMenu *m_layoutMenu;
    QAction *m_findPatient;
    QAction *m_closePatient;
    QAction *m_wareki;
    QList<QAction *> m_paneActions;
    QAction *m_separator;
    Session *m_session = nullptr;
    SessionUi *m_sessionUi = nullptr;
    bool m_demo = false;
    QString m_lockedKey;
};

} // namespace renkei::ui

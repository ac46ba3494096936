#pragma once

#include "cache/cachetypes.h"
#include "workspace/patientlistmodel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace renkei::net {
class FhirPaging;
}

namespace renkei::ui {

class PatientOpener;

// The patient search panel (issue 6 §1), left of the workspace. Offline: the cached patients,
// filtered as you type (name in kanji or kana, hiragana and half-width kana too, id, birth date
// in 西暦 or 和暦, sex), the recently viewed first. Online (signed in): the network's Patient
// search with the same fields. Enter or a double click opens the patient through the opener.
class PatientSearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit PatientSearchPanel(PatientOpener &opener, QWidget *parent = nullptr);
    ~PatientSearchPanel() override;

    // Re-reads the cached patients (after a sync, a forget, another cache).
    void refreshCached();
    void clearResults(); // on lock and sign-out: nothing of any patient stays listed
    void focusSearch();
    void setHeaderVisible(bool visible);
    void searchNetwork();

    QLineEdit *queryEdit() const { return m_query; }
    QLineEdit *birthEdit() const { return m_birth; }
    QComboBox *sexCombo() const { return m_sex; }
    QListView *listView() const { return m_list; }
    PatientListModel *model() const { return m_model; }
    QPushButton *networkButton() const { return m_networkButton; }

    // Normalised for matching: NFKC (half-width kana, full-width digits), hiragana as
    // katakana, no spaces, lower case.
    static QString matchText(const QString &text);

Q_SIGNALS:
    // A network search went out (the names of its parameters only, for the audit log).
    void networkSearchStarted(const QStringList &parameters);

protected:
    void changeEvent(QEvent *event) override;

private:
    void filterLocal();
    void activate(const QModelIndex &index);
    void updateNetworkState();
    void retranslateUi();
    void showStatus(const QString &text, bool error = false);
    void finishNetworkSearch();

    PatientOpener &m_opener;
    QLabel *m_header = nullptr;
    QLineEdit *m_query = nullptr;
    QLineEdit *m_birth = nullptr;
    QComboBox *m_sex = nullptr;
    QPushButton *m_networkButton = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_list = nullptr;
    PatientListModel *m_model = nullptr;
    QTimer *m_typing = nullptr;
    QList<cache::CachedPatient> m_cached;
    QList<PatientListEntry> m_networkResults;
    QPointer<net::FhirPaging> m_search;
    bool m_cacheFailed = false;
};

} // namespace renkei::ui

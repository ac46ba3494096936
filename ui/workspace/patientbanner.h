#pragma once

#include <QDate>
#include <QDateTime>
#include <QFrame>

#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui {

// The patient banner (issue 6 §1), always above the workspace while a patient is open: kanji
// name with kana, age and birth date (和暦 beside it when asked), sex, the regional id, an
// allergy badge (red when any allergy is active), the number of facilities sharing data, the
// last sync time, and a sync button with progress and cancel.
class PatientBanner : public QFrame {
    Q_OBJECT
public:
    explicit PatientBanner(QWidget *parent = nullptr);
    ~PatientBanner() override;

    // nullptr clears every patient value.
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record);
    void setToday(QDate today) { m_today = today; } // a seam for tests; null: the clock
    void setShowWareki(bool show);
    bool showWareki() const { return m_showWareki; }

    // Sync: offered when the network is reachable; progress while it runs.
    void setSyncAvailable(bool available);
    void setLastSync(const QDateTime &when);
    void setSyncRunning(bool running);
    // `expected` < 0: unknown (a busy bar); `phase` is already in words.
    void setSyncProgress(qint64 stored, qint64 expected, const QString &phase);

    // For tests and accessibility: the badge's state.
    bool allergyAlert() const { return m_allergyAlert; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *allergyBadge() const { return m_allergy; }
    QLabel *facilitiesLabel() const { return m_facilities; }
    QToolButton *syncButton() const { return m_sync; }

Q_SIGNALS:
    void syncRequested();
    void syncCancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QDate today() const;

    std::shared_ptr<const clinical::PatientRecord> m_record;
    QLabel *m_name = nullptr;
    QLabel *m_kana = nullptr;
    QLabel *m_ageSex = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_idCaption = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_allergy = nullptr;
    QLabel *m_facilities = nullptr;
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_sync = nullptr;
    QToolButton *m_cancel = nullptr;
    QDate m_today;
    QDateTime m_lastSyncTime;
    bool m_showWareki = false;
    bool m_allergyAlert = false;
    bool m_syncAvailable = false;
    bool m_syncRunning = false;
    QString m_phase;
};

} // namespace renkei::ui

#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;

namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui::emergency {

struct EmergencyFacts;

// The one-screen emergency view (救急時医療情報共有, issue 7 §3): a red banner while the
// break-the-glass access lasts (with its reason), the patient, then allergies and
// contraindications, current medications, major diagnoses, recent key labs and the last discharge
// summary's diagnoses, each a card; nothing to click to see them.
class EmergencyView : public QWidget {
    Q_OBJECT
public:
    explicit EmergencyView(QWidget *parent = nullptr);

    // `reason` empty: opened on the normal consent path (no banner).
    void show(const std::shared_ptr<const clinical::PatientRecord> &record, QDate asOf,
        const QString &reason);
    void clear(); // drops every patient value (lock, end of access)

    QLabel *banner() const { return m_banner; }
    QPushButton *endButton() const { return m_end; }
    // The cards' text as shown (tests read it).
    QString cardText(const QString &objectName) const;

Q_SIGNALS:
    void endRequested();

private:
    QLabel *card(const QString &objectName, int row, int column, int columnSpan = 1);
    void fill(QLabel *card, const QString &title, const QList<struct EmergencyLine> &lines,
        const QString &empty, const QString &subtitle = {});

    QLabel *m_banner = nullptr;
    QPushButton *m_end = nullptr;
    QLabel *m_patient = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_allergies = nullptr;
    QLabel *m_medications = nullptr;
    QLabel *m_diagnoses = nullptr;
    QLabel *m_labs = nullptr;
    QLabel *m_discharge = nullptr;
};

} // namespace renkei::ui::emergency

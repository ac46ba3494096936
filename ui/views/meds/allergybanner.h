#pragma once

#include <QWidget>

#include <memory>

class QLabel;

namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui {

// The allergies above the medication list: a red banner naming each active allergy (substance,
// category, criticality, reactions, where it was recorded) when there is any; a quiet line when
// none is recorded or all are resolved (a missing record is not "no allergy": the words say so).
class AllergyBanner : public QWidget {
    Q_OBJECT
public:
    explicit AllergyBanner(QWidget *parent = nullptr);

    void setRecord(std::shared_ptr<const clinical::PatientRecord> record);
    bool isAlert() const { return m_alert; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    std::shared_ptr<const clinical::PatientRecord> m_record;
    QLabel *m_icon;
    QLabel *m_text;
    bool m_alert = false;
};

} // namespace renkei::ui

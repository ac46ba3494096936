#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace renkei::ui::emergency {

// Break the glass: opening a patient outside the normal consent path needs a reason, which goes
// to the audit log with the access. A common reason from the list, or one's own words; OK stays
// disabled until there is a reason.
class BreakGlassDialog : public QDialog {
    Q_OBJECT
public:
    explicit BreakGlassDialog(const QString &patientLabel, QWidget *parent = nullptr);

    QString reason() const; // trimmed; empty when none given
    QComboBox *reasonList() const { return m_list; }
    QPlainTextEdit *reasonText() const { return m_text; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QComboBox *m_list;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace renkei::ui::emergency

#include "breakglassdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::emergency {

BreakGlassDialog::BreakGlassDialog(const QString &patientLabel, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"breakGlassDialog"_s);
    setWindowTitle(tr("Emergency Access"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>You are opening %1 outside the normal consent path.</b><br/>"
                                "Give the reason. It is recorded in the audit log with your name "
                                "and the time, and the network may review it.")
                                 .arg(patientLabel.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QComboBox(this);
    m_list->setObjectName(u"reasonList"_s);
    m_list->addItem(tr("Choose a reason…"));
    m_list->addItem(tr("Emergency transport: the patient cannot give consent"));
    m_list->addItem(tr("Unconscious or confused on arrival"));
    m_list->addItem(tr("Life-threatening condition: immediate treatment"));
    m_list->addItem(tr("Other (describe below)"));
    layout->addWidget(m_list);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"reasonText"_s);
    m_text->setPlaceholderText(tr("Details (required for \"Other\")"));
    m_text->setMaximumHeight(90);
    layout->addWidget(m_text);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open in Emergency View"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_list, &QComboBox::currentIndexChanged, this, &BreakGlassDialog::updateOk);
    connect(m_text, &QPlainTextEdit::textChanged, this, &BreakGlassDialog::updateOk);
    updateOk();
}

QString BreakGlassDialog::reason() const
{
    const int index = m_list->currentIndex();
    const QString details = m_text->toPlainText().simplified();
    // No choice, or "Other": the details are the reason.
    if (index <= 0 || index == m_list->count() - 1)
        return details;
    const QString chosen = m_list->currentText();
    return details.isEmpty() ? chosen : chosen + u": "_s + details;
}

void BreakGlassDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace renkei::ui::emergency

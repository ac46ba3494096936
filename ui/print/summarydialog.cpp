#include "summarydialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print {

SummaryDialog::SummaryDialog(Purpose purpose, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
{
    setObjectName(u"summaryDialog"_s);
    setWindowTitle(purpose == Purpose::Print ? tr("Print Patient Summary")
                                             : tr("Export Patient Summary as PDF"));
    auto *layout = new QVBoxLayout(this);

    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (Section s : allSections()) {
        auto *box = new QCheckBox(sectionLabel(s), sections);
        box->setObjectName(u"section-"_s + sectionName(s));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &SummaryDialog::updateOk);
        sectionLayout->addWidget(box);
        m_boxes.insert(s, box);
    }
    layout->addWidget(sections);

    auto *period = new QGroupBox(tr("Period (encounters, documents, laboratory results)"), this);
    auto *form = new QHBoxLayout(period);
    m_from = new QDateEdit(today.addYears(-1), period);
    m_to = new QDateEdit(today, period);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(u"yyyy/MM/dd"_s);
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &SummaryDialog::updateOk);
    }
    m_from->setObjectName(u"fromDate"_s);
    m_to->setObjectName(u"toDate"_s);
    form->addWidget(m_from);
    form->addWidget(new QLabel(u"〜"_s, period));
    form->addWidget(m_to);
    form->addStretch();
    layout->addWidget(period);

    auto *note = new QLabel(tr("Allergies, active problems and current medications are as of "
                               "the end of the period."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Print ? tr("Preview…") : tr("Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

QString SummaryDialog::sectionLabel(Section section) const
{
    switch (section) {
    case Section::Allergies:
        return tr("Allergies and contraindications");
    case Section::Problems:
        return tr("Active problems");
    case Section::Medications:
        return tr("Current medications");
    case Section::Labs:
        return tr("Recent laboratory results");
    case Section::Encounters:
        return tr("Recent encounters");
    case Section::Documents:
        return tr("Recent documents");
    }
    return {};
}

SummaryOptions SummaryDialog::options() const
{
    SummaryOptions o;
    o.sections.clear();
    for (Section s : allSections()) {
        if (m_boxes.value(s)->isChecked())
            o.sections.append(s);
    }
    o.from = m_from->date();
    o.to = m_to->date();
    return o;
}

void SummaryDialog::setOptions(const SummaryOptions &options)
{
    for (Section s : allSections())
        m_boxes.value(s)->setChecked(options.has(s));
    m_to->setDate(options.effectiveTo(m_today));
    m_from->setDate(options.effectiveFrom(m_today));
    updateOk();
}

void SummaryDialog::updateOk()
{
    bool any = false;
    for (QCheckBox *box : std::as_const(m_boxes))
        any = any || box->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any && m_from->date() <= m_to->date());
}

} // namespace renkei::ui::print

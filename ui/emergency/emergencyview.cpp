#include "emergencyview.h"

#include "clinical/patientrecord.h"
#include "emergencysummary.h"
#include "views/meds/recordformat.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::emergency {

EmergencyView::EmergencyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"emergencyView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bannerRow = new QFrame(this);
    bannerRow->setObjectName(u"emergencyBannerRow"_s);
    bannerRow->setStyleSheet(u"#emergencyBannerRow { background: #b00020; }"
                             "QLabel { color: white; font-weight: bold; }"_s);
    auto *bannerLayout = new QHBoxLayout(bannerRow);
    bannerLayout->setContentsMargins(14, 8, 14, 8);
    m_banner = new QLabel(bannerRow);
    m_banner->setObjectName(u"emergencyBanner"_s);
    m_banner->setWordWrap(true);
    m_end = new QPushButton(tr("End Emergency Access"), bannerRow);
    m_end->setObjectName(u"endEmergencyButton"_s);
    connect(m_end, &QPushButton::clicked, this, &EmergencyView::endRequested);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_end);
    layout->addWidget(bannerRow);

    m_patient = new QLabel(this);
    m_patient->setObjectName(u"emergencyPatient"_s);
    m_patient->setTextFormat(Qt::RichText);
    m_patient->setContentsMargins(16, 10, 16, 6);
    layout->addWidget(m_patient);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    m_grid = new QGridLayout(body);
    m_grid->setContentsMargins(12, 4, 12, 12);
    m_grid->setSpacing(10);
    m_allergies = card(u"allergiesCard"_s, 0, 0);
    m_allergies->setStyleSheet(u"QLabel { background: #fff5f5; border: 2px solid #b00020;"
                               " border-radius: 6px; }"_s);
    m_medications = card(u"medicationsCard"_s, 0, 1);
    m_diagnoses = card(u"diagnosesCard"_s, 1, 0);
    m_labs = card(u"labsCard"_s, 1, 1);
    m_discharge = card(u"dischargeCard"_s, 2, 0, 2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setRowStretch(3, 1);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
    clear();
}

QLabel *EmergencyView::card(const QString &objectName, int row, int column, int columnSpan)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(10);
    label->setStyleSheet(u"QLabel { background: palette(base); border: 1px solid #c9d1dc;"
                         " border-radius: 6px; }"_s);
    m_grid->addWidget(label, row, column, 1, columnSpan);
    return label;
}

void EmergencyView::fill(QLabel *card, const QString &title, const QList<EmergencyLine> &lines,
    const QString &empty, const QString &subtitle)
{
    QString html = u"<div style=\"font-size: 12pt; font-weight: bold; color: #1d3c6e\">"_s
        + title.toHtmlEscaped() + u"</div>"_s;
    if (!subtitle.isEmpty())
        html += u"<div style=\"color: #555\">"_s + subtitle.toHtmlEscaped() + u"</div>"_s;
    if (lines.isEmpty())
        html += u"<p style=\"color: #555\">"_s + empty.toHtmlEscaped() + u"</p>"_s;
    for (const EmergencyLine &l : lines) {
        html += u"<p style=\"margin-top: 6px\">"_s
            + (l.alert ? u"<span style=\"color: #b00020; font-weight: bold\">"_s
                       : u"<span style=\"font-weight: bold\">"_s)
            + l.text.toHtmlEscaped() + u"</span>"_s;
        if (!l.detail.isEmpty())
            html += u"<br/><span style=\"color: #555; font-size: small\">"_s
                + l.detail.toHtmlEscaped() + u"</span>"_s;
        html += u"</p>"_s;
    }
    card->setText(html);
}

void EmergencyView::show(
    const std::shared_ptr<const clinical::PatientRecord> &record, QDate asOf, const QString &reason)
{
    if (!record) {
        clear();
        return;
    }
    const EmergencyFacts facts = EmergencyFacts::build(record, asOf);
    m_banner->parentWidget()->setVisible(!reason.isEmpty());
    m_banner->setText(tr("EMERGENCY ACCESS (break the glass) — reason: %1 — this access is "
                         "recorded in the audit log.")
                          .arg(reason));
    const model::Patient &p = record->patient();
    const auto age = record->ageAt(asOf);
    QString line = u"<span style=\"font-size: 16pt; font-weight: bold\">"_s
        + p.displayName().toHtmlEscaped() + u"</span>"_s;
    if (!p.kanaName.isEmpty())
        line += u"　<span style=\"color: #555\">"_s + p.kanaName.toHtmlEscaped() + u"</span>"_s;
    QStringList facts2;
    if (p.birthDate.isValid())
        facts2 << tr("born %1").arg(format::date(p.birthDate));
    if (age)
        facts2 << tr("%n years", nullptr, *age);
    facts2 << (p.sex == model::Sex::Male  ? tr("male")
            : p.sex == model::Sex::Female ? tr("female")
                                          : tr("sex unknown"));
    facts2 << tr("Regional ID %1").arg(p.id);
    facts2 << tr("data as of %1").arg(format::date(asOf));
    line += u"　"_s + facts2.join(u"　"_s).toHtmlEscaped();
    m_patient->setText(line);

    fill(m_allergies, tr("Allergies and contraindications"), facts.allergies,
        tr("No allergy recorded by any facility."));
    fill(m_medications, tr("Current medications (%1)").arg(facts.medications.size()),
        facts.medications, tr("No current medication."));
    fill(m_diagnoses, tr("Major diagnoses"), facts.diagnoses, tr("No active problem recorded."));
    fill(m_labs, tr("Recent key laboratory results (90 days)"), facts.labs,
        tr("No result in the last 90 days."));
    fill(m_discharge, tr("Last discharge summary: diagnoses"), facts.dischargeDiagnoses,
        facts.dischargeTitle.isEmpty() ? tr("No discharge summary.")
                                       : tr("The summary names no discharge diagnosis."),
        facts.dischargeTitle);
}

void EmergencyView::clear()
{
    m_banner->parentWidget()->setVisible(false);
    m_banner->clear();
    m_patient->clear();
    for (QLabel *l : { m_allergies, m_medications, m_diagnoses, m_labs, m_discharge })
        l->clear();
}

QString EmergencyView::cardText(const QString &objectName) const
{
    auto *label = findChild<QLabel *>(objectName);
    if (!label)
        return {};
    QString text = label->text();
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    return text;
}

} // namespace renkei::ui::emergency

#include "workspace/patientbanner.h"

#include "clinical/patientrecord.h"
#include "model/wareki.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

// A facility's own patient number (urn:oid:1.2.392.100495.20.3.51.1 + code): not the regional id.
const QString kFacilityPatientIdPrefix = u"urn:oid:1.2.392.100495.20.3.51."_s;

QLabel *makeLabel(QWidget *parent, const QString &name, double scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    if (bold)
        f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Midlight);
    return line;
}

} // namespace

PatientBanner::PatientBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"patientBanner"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_name = makeLabel(this, u"bannerName"_s, 1.45, true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kana = makeLabel(this, u"bannerKana"_s, 0.9);
    m_kana->setForegroundRole(QPalette::PlaceholderText);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(0);
    nameBox->addWidget(m_kana);
    nameBox->addWidget(m_name);

    m_ageSex = makeLabel(this, u"bannerAgeSex"_s, 1.05, true);
    m_birth = makeLabel(this, u"bannerBirth"_s, 0.95);
    auto *birthBox = new QVBoxLayout;
    birthBox->setSpacing(2);
    birthBox->addWidget(m_ageSex);
    birthBox->addWidget(m_birth);

    m_idCaption = makeLabel(this, u"bannerIdCaption"_s, 0.85);
    m_idCaption->setForegroundRole(QPalette::PlaceholderText);
    m_id = makeLabel(this, u"bannerRegionalId"_s, 1.0);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *idBox = new QVBoxLayout;
    idBox->setSpacing(2);
    idBox->addWidget(m_idCaption);
    idBox->addWidget(m_id);

    m_allergy = makeLabel(this, u"bannerAllergyBadge"_s, 0.95, true);
    m_allergy->setMargin(4);
    m_facilities = makeLabel(this, u"bannerFacilities"_s, 0.95);
    m_facilities->setMargin(4);

    m_lastSync = makeLabel(this, u"bannerLastSync"_s, 0.9);
    m_lastSync->setForegroundRole(QPalette::PlaceholderText);
    m_lastSync->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"bannerSyncProgress"_s);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_progress->hide();
    auto *syncBox = new QVBoxLayout;
    syncBox->setSpacing(3);
    syncBox->addWidget(m_lastSync);
    syncBox->addWidget(m_progress, 0, Qt::AlignRight);

    m_sync = new QToolButton(this);
    m_sync->setObjectName(u"bannerSyncButton"_s);
    m_sync->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_sync->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sync->setShortcut(QKeySequence(Qt::Key_F5));
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"bannerSyncCancel"_s);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancel->hide();
    connect(m_sync, &QToolButton::clicked, this, &PatientBanner::syncRequested);
    connect(m_cancel, &QToolButton::clicked, this, &PatientBanner::syncCancelRequested);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(18, 10, 14, 10);
    row->setSpacing(16);
    row->addLayout(nameBox);
    row->addWidget(separator(this));
    row->addLayout(birthBox);
    row->addWidget(separator(this));
    row->addLayout(idBox);
    row->addSpacing(4);
    row->addWidget(m_allergy, 0, Qt::AlignVCenter);
    row->addWidget(m_facilities, 0, Qt::AlignVCenter);
    row->addStretch(1);
    row->addLayout(syncBox);
    row->addWidget(m_sync);
    row->addWidget(m_cancel);
    retranslateUi();
}

PatientBanner::~PatientBanner() = default;

void PatientBanner::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_record = std::move(record);
    if (!m_record) {
        m_lastSyncTime = {};
        setSyncRunning(false);
    }
    retranslateUi();
}

void PatientBanner::setShowWareki(bool show)
{
    m_showWareki = show;
    retranslateUi();
}

void PatientBanner::setSyncAvailable(bool available)
{
    m_syncAvailable = available;
    retranslateUi();
}

void PatientBanner::setLastSync(const QDateTime &when)
{
    m_lastSyncTime = when;
    retranslateUi();
}

void PatientBanner::setSyncRunning(bool running)
{
    m_syncRunning = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_phase.clear();
    }
    retranslateUi();
}

void PatientBanner::setSyncProgress(qint64 stored, qint64 expected, const QString &phase)
{
    m_phase = phase;
    if (expected > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, stored * 1000 / expected)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_lastSync->setText(expected > 0 ? tr("%1: %2 of %3").arg(phase).arg(stored).arg(expected)
                                     : tr("%1: %2 received").arg(phase).arg(stored));
}

QDate PatientBanner::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PatientBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void PatientBanner::retranslateUi()
{
    m_sync->setText(tr("Sync"));
    m_sync->setToolTip(tr("Get this patient's latest data from the network (F5)"));
    m_sync->setAccessibleName(tr("Sync this patient"));
    m_cancel->setToolTip(tr("Stop the sync (what has arrived is kept)"));
    m_cancel->setAccessibleName(tr("Stop the sync"));
    m_idCaption->setText(tr("Regional ID"));
    m_sync->setEnabled(m_record && m_syncAvailable && !m_syncRunning);
    m_sync->setVisible(m_record != nullptr);

    if (!m_record) {
        for (QLabel *label :
            { m_name, m_kana, m_ageSex, m_birth, m_id, m_allergy, m_facilities, m_lastSync })
            label->clear();
        m_allergy->setStyleSheet(QString());
        m_allergyAlert = false;
        setAccessibleName(tr("No patient open"));
        return;
    }
    const model::Patient &patient = m_record->patient();
    m_name->setText(patient.displayName());
    m_kana->setText(patient.kanaName != patient.displayName() ? patient.kanaName : QString());

    QString sex;
    switch (patient.sex) {
    case model::Sex::Male:
        sex = tr("Male");
        break;
    case model::Sex::Female:
        sex = tr("Female");
        break;
    case model::Sex::Other:
        sex = tr("Other");
        break;
    case model::Sex::Unknown:
        sex = tr("Sex unknown");
        break;
    }
    const auto age = m_record->ageAt(today());
    m_ageSex->setText(age ? tr("%n year(s)", nullptr, *age) + u"  "_s + sex : sex);
    if (patient.birthDate.isValid()) {
        QString birth = tr("Born %1").arg(patient.birthDate.toString(u"yyyy/MM/dd"_s));
        const QString wareki = model::warekiLong(patient.birthDate);
        if (m_showWareki && !wareki.isEmpty())
            birth += u" ("_s + wareki + u')';
        m_birth->setText(birth);
        m_birth->setToolTip(wareki);
    } else {
        m_birth->setText(tr("Birth date unknown"));
    }

    QString regional;
    for (const model::Identifier &id : patient.identifiers) {
        if (!id.system.startsWith(kFacilityPatientIdPrefix) && !id.value.isEmpty()) {
            regional = id.value;
            break;
        }
    }
    m_id->setText(regional.isEmpty() ? patient.id : regional);

    // Allergies: red when any is active, with what they are in the tooltip.
    const auto &active = m_record->activeAllergies();
    m_allergyAlert = !active.empty();
    if (m_allergyAlert) {
        QStringList names;
        for (const int i : active) {
            const model::Allergy &a = m_record->resources().allergies.at(i);
            names.append(!a.display.isEmpty() ? a.display : a.code.text);
        }
        m_allergy->setText(u"⚠ "_s + tr("Allergies: %n", nullptr, int(active.size())));
        m_allergy->setToolTip(names.join(u'\n'));
        m_allergy->setStyleSheet(
            u"QLabel { color: white; background: #c62828; border-radius: 4px; padding: 2px 8px; }"_s);
        m_allergy->setAccessibleName(tr("Active allergies: %1").arg(names.join(u", "_s)));
    } else {
        m_allergy->setText(tr("No known allergies"));
        m_allergy->setToolTip(QString());
        m_allergy->setStyleSheet(
            u"QLabel { color: #4b5563; background: #eef0f3; border-radius: 4px; padding: 2px 8px; }"_s);
        m_allergy->setAccessibleName(m_allergy->text());
    }
    const int facilities = m_record->sharingFacilityCount();
    m_facilities->setText(tr("%n facilities sharing", nullptr, facilities));
    m_facilities->setStyleSheet(
        u"QLabel { color: #1a4f9c; background: #e8f0fb; border-radius: 4px; padding: 2px 8px; }"_s);
    QStringList facilityNames;
    for (const auto &f : m_record->facilities())
        facilityNames.append(f.name);
    m_facilities->setToolTip(facilityNames.join(u'\n'));

    if (!m_syncRunning) {
        const QDateTime when = m_lastSyncTime.isValid() ? m_lastSyncTime : m_record->lastUpdated();
        m_lastSync->setText(when.isValid()
                ? tr("Last sync %1").arg(when.toLocalTime().toString(u"yyyy/MM/dd HH:mm"_s))
                : tr("Not synced yet"));
    }
    setAccessibleName(tr("Patient: %1").arg(patient.displayName()));
}

} // namespace renkei::ui

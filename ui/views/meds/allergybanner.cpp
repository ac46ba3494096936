#include "views/meds/allergybanner.h"

#include "clinical/patientrecord.h"
#include "views/meds/recordformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

QString categoryText(const QString &category)
{
    if (category == u"medication"_s)
        return AllergyBanner::tr("drug");
    if (category == u"food"_s)
        return AllergyBanner::tr("food");
    if (category == u"environment"_s)
        return AllergyBanner::tr("environment");
    if (category == u"biologic"_s)
        return AllergyBanner::tr("biologic");
    return {};
}

} // namespace

AllergyBanner::AllergyBanner(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"allergyBanner"_s);
    m_text->setObjectName(u"allergyText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setFixedSize(22, 22);
    m_icon->setPixmap(format::warningIcon(Qt::white).pixmap(20, 20));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    refresh();
}

void AllergyBanner::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_record = std::move(record);
    refresh();
}

QString AllergyBanner::text() const
{
    return m_text->text();
}

void AllergyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void AllergyBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    if (m_alert) {
        p.setPen(format::warningColour().darker(115));
        p.setBrush(format::warningColour());
    } else {
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(palette().color(QPalette::AlternateBase));
    }
    p.drawRoundedRect(r, 6, 6);
}

void AllergyBanner::refresh()
{
    const clinical::PatientRecord *record = m_record.get();
    const auto &allergies = record ? record->resources().allergies : QList<model::Allergy>();
    m_alert = record && record->hasActiveAllergy();
    m_icon->setVisible(m_alert);
    QPalette pal = m_text->palette();
    pal.setColor(
        QPalette::WindowText, m_alert ? QColor(Qt::white) : palette().color(QPalette::Text));
    m_text->setPalette(pal);
    if (!record) {
        m_text->clear();
        setAccessibleName(QString());
        update();
        return;
    }
    QString html;
    if (m_alert) {
        QStringList items;
        for (const int a : record->activeAllergies()) {
            const model::Allergy &allergy = allergies.at(a);
            QStringList details;
            const QString category = categoryText(allergy.category);
            if (!category.isEmpty())
                details.append(category);
            if (allergy.criticality == u"high"_s)
                details.append(tr("high risk"));
            if (!allergy.reactions.isEmpty())
                details.append(allergy.reactions.join(u'・'));
            const int facility = record->facilityOf(clinical::ResourceKind::Allergy, a);
            if (facility >= 0)
                details.append(format::facilityName(record, facility));
            QString name = allergy.display.isEmpty() ? allergy.code.displayText() : allergy.display;
            if (name.isEmpty())
                name = tr("(substance not given)");
            QString item = u"<b>"_s + name.toHtmlEscaped() + u"</b>"_s;
            if (!details.isEmpty())
                item += u"（"_s + details.join(u"・"_s).toHtmlEscaped() + u"）"_s;
            items.append(item);
        }
        html = u"<b>"_s
            + tr("Allergies (%n)", nullptr, int(record->activeAllergies().size())).toHtmlEscaped()
            + u"</b>　"_s + items.join(u"　／　"_s);
    } else if (allergies.isEmpty()) {
        html = tr("No allergy recorded by any facility (this does not mean there is none).")
                   .toHtmlEscaped();
    } else {
        html = tr("No active allergy (%n resolved or refuted).", nullptr, int(allergies.size()))
                   .toHtmlEscaped();
    }
    m_text->setText(html);
    setAccessibleName(m_text->text());
    update();
}

} // namespace renkei::ui

#include "aboutdialog.h"

#include "appicon.h"
#include "productname.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const BuildInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_description(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_buildLabel(new QLabel(this))
    , m_qtLabel(new QLabel(this))
    , m_openSslLabel(new QLabel(this))
    , m_qtValue(valueLabel(QString(), u"qtVersionValue"_s, this))
    , m_openSslValue(valueLabel(QString(), u"openSslVersionValue"_s, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_closeButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
{
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(QSize(72, 72)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    // The product's two names are shown together in either language.
    auto *nameJa = new QLabel(productNameJapanese(), this);
    nameJa->setObjectName(u"productNameJapanese"_s);
    QFont nameFont = nameJa->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    nameJa->setFont(nameFont);
    auto *nameEn = new QLabel(productNameEnglish(), this);
    nameEn->setObjectName(u"productNameEnglish"_s);
    QFont enFont = nameEn->font();
    enFont.setPointSizeF(enFont.pointSizeF() * 1.15);
    nameEn->setFont(enFont);
    nameEn->setForegroundRole(QPalette::PlaceholderText);

    m_description->setObjectName(u"description"_s);
    m_description->setWordWrap(true);

    auto *details = new QFormLayout;
    details->setLabelAlignment(Qt::AlignRight);
    details->setHorizontalSpacing(16);
    details->setVerticalSpacing(6);
    details->addRow(m_versionLabel, valueLabel(info.version, u"versionValue"_s, this));
    details->addRow(m_buildLabel,
        valueLabel(u"%1 (%2)"_s.arg(info.buildId, info.buildType), u"buildValue"_s, this));
    details->addRow(m_qtLabel, m_qtValue);
    details->addRow(m_openSslLabel, m_openSslValue);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(nameJa);
    text->addWidget(nameEn);
    text->addSpacing(10);
    text->addWidget(m_description);
    text->addSpacing(14);
    text->addLayout(details);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    m_copyButton->setObjectName(u"copyVersionButton"_s);
    m_buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    // Our own Close button, not QDialogButtonBox::Close, so that it speaks Japanese even where
    // Qt's translations (qtbase_ja.qm) are not installed.
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setDefault(true);
    m_buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyVersionText);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(18);
    layout->addLayout(top);
    layout->addWidget(m_buttons);

    retranslateUi();
    setMinimumWidth(540);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Renkei Viewer"));
    m_description->setText(tr("Brings a patient's records from every facility in a regional "
                              "healthcare network together in one view."));
    m_versionLabel->setText(tr("Version:"));
    m_buildLabel->setText(tr("Build:"));
    m_qtLabel->setText(tr("Qt:"));
    m_openSslLabel->setText(tr("OpenSSL:"));
    m_qtValue->setText(withBuildVersion(m_info.qtVersion, m_info.qtBuildVersion));
    m_openSslValue->setText(withBuildVersion(m_info.openSslVersion, m_info.openSslBuildVersion));
    m_copyButton->setText(tr("&Copy Version Information"));
    m_closeButton->setText(tr("Close"));
}

QString AboutDialog::withBuildVersion(const QString &runtime, const QString &built) const
{
    if (built.isEmpty() || built == runtime)
        return runtime;
    //: The version in use, then the version the program was built against.
    return tr("%1 (built with %2)").arg(runtime, built);
}

void AboutDialog::copyVersionText()
{
    QApplication::clipboard()->setText(m_info.versionText());
}

} // namespace renkei::ui

#pragma once

#include "util/buildinfo.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace renkei::ui {

// Help > About: the product in Japanese and English, what it is for, and the versions a support
// request needs (ours, the build, the Qt and OpenSSL runtimes and the versions built against),
// which the user can copy.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const BuildInfo &info, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyVersionText();
    QString withBuildVersion(const QString &runtime, const QString &built) const;

    BuildInfo m_info;
    QLabel *m_description;
    QLabel *m_versionLabel;
    QLabel *m_buildLabel;
    QLabel *m_qtLabel;
    QLabel *m_openSslLabel;
    QLabel *m_qtValue;
    QLabel *m_openSslValue;
    QDialogButtonBox *m_buttons;
    QPushButton *m_closeButton;
    QPushButton *m_copyButton;
};

} // namespace renkei::ui

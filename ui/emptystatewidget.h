#pragma once

#include <QWidget>

class QLabel;

namespace renkei::ui {

// A calm, centred message for an area that has nothing to show yet: a title and a hint below
// it. The owner sets (and on a language change, resets) the words.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    QString title() const;
    QString hint() const;

private:
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace renkei::ui

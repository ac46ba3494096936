#pragma once

#include <QWidget>

class QIcon;
class QLabel;

namespace renkei::ui {

// A calm, centred message for an area that has nothing to show yet: a title and a hint below
// it. The owner sets (and on a language change, resets) the words.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    // Compact: for a narrow side panel (smaller title, tighter margins).
    enum class Size { Regular, Compact };

    explicit EmptyStateWidget(Size size = Size::Regular, QWidget *parent = nullptr);

    // A quiet picture above the title (shown at reduced opacity); none by default.
    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setHint(const QString &hint);
    QString title() const;
    QString hint() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace renkei::ui

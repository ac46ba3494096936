#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace renkei::ui {

// The find bar under the reader (Ctrl+F): the words, "2 / 5", previous and next (Shift+Enter,
// Enter, F3), close (Esc). It only asks; the owner searches and reports with setResult().
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void activate(); // show, focus, select the words
    QString text() const;
    void clearText();
    // current: 0-based, -1 for none; count -1 while still searching.
    void setResult(int current, int count, const QString &detail = {});
    // Nothing to search in what is shown: no count, only why.
    void setUnavailable(const QString &why);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_edit;
    QLabel *m_count;
    QLabel *m_detail;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace renkei::ui

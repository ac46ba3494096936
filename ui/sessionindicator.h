#pragma once

#include "session.h"

#include <QWidget>

class QLabel;

namespace renkei::ui {

// The status bar's view of the session: a coloured dot and "who · which network · state"
// (signed out, signing in, signed in, renewing, expired); the tooltip says until when the
// access is valid. Never a patient datum, never a token.
class SessionIndicator : public QWidget {
    Q_OBJECT
public:
    explicit SessionIndicator(Session &session, QWidget *parent = nullptr);

    QString text() const; // what the label shows (tests)
    static QString statusText(Session::Status status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    Session &m_session;
    QLabel *m_dot;
    QLabel *m_label;
};

} // namespace renkei::ui

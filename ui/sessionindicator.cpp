#include "sessionindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace renkei::ui {

SessionIndicator::SessionIndicator(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dot(new QLabel(u"●"_s, this))
    , m_label(new QLabel(this))
{
    setObjectName(u"sessionIndicator"_s);
    m_dot->setObjectName(u"sessionIndicatorDot"_s);
    m_label->setObjectName(u"sessionIndicatorLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    connect(&m_session, &Session::statusChanged, this, &SessionIndicator::update);
    connect(&m_session, &Session::profileChanged, this, &SessionIndicator::update);
    connect(&m_session, &Session::renewed, this, &SessionIndicator::update);
    connect(&m_session, &Session::signedIn, this, &SessionIndicator::update);
    update();
}

QString SessionIndicator::text() const
{
    return m_label->text();
}

QString SessionIndicator::statusText(Session::Status status)
{
    switch (status) {
    case Session::Status::SignedOut:
        return tr("Signed out");
    case Session::Status::SigningIn:
        return tr("Signing in…");
    case Session::Status::SignedIn:
        return tr("Signed in");
    case Session::Status::Refreshing:
        return tr("Renewing the session…");
    case Session::Status::Expired:
        return tr("Session expired: sign in again");
    }
    return {};
}

void SessionIndicator::update()
{
    const Session::Status status = m_session.status();
    QStringList parts;
    if (m_session.isActive() && !m_session.userLabel().isEmpty())
        parts.append(m_session.userLabel());
    if (m_session.hasProfile() && status != Session::Status::SignedOut)
        parts.append(m_session.profile().displayName);
    parts.append(statusText(status));
    m_label->setText(parts.join(u"  ·  "_s));
    // The status bar lays out its permanent widgets lazily; a minimum makes it give the room.
    m_label->setMinimumWidth(m_label->sizeHint().width());

    QString colour = u"#8a8f98"_s; // signed out: grey
    if (status == Session::Status::SigningIn || status == Session::Status::Refreshing)
        colour = u"#2f6fab"_s;
    else if (status == Session::Status::SignedIn)
        colour = u"#2e8540"_s;
    else if (status == Session::Status::Expired)
        colour = u"#c2410c"_s;
    m_dot->setStyleSheet(u"color: %1;"_s.arg(colour));

    QString tip;
    if (m_session.hasProfile())
        tip = tr("Network: %1").arg(m_session.profile().displayName);
    const QDateTime expires = m_session.expiresAt();
    if (status == Session::Status::SignedIn && expires.isValid()) {
        tip += u'\n'
            + tr("Access valid until %1 (renewed automatically)")
                  .arg(QLocale().toString(expires.toLocalTime().time(), u"HH:mm"_s));
    }
    setToolTip(tip);
}

void SessionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace renkei::ui

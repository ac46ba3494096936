#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace renkei::ui {

IdleWatcher::IdleWatcher(net::Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_lastActivity(net::nowFrom(m_clock))
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::checkNow);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

int IdleWatcher::minutesFromSettings(const QSettings &settings)
{
    bool ok = false;
    const int minutes = settings.value(u"lock/idleMinutes"_s, kDefaultMinutes).toInt(&ok);
    if (!ok || minutes < 1)
        return kDefaultMinutes;
    return qMin(minutes, kMaxMinutes);
}

void IdleWatcher::start()
{
    if (!m_filtering && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filtering = true;
    }
    noteActivity();
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
    if (m_filtering && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_filtering = false;
}

void IdleWatcher::noteActivity()
{
    m_lastActivity = net::nowFrom(m_clock);
    m_reported = false;
}

void IdleWatcher::checkNow()
{
    if (m_reported)
        return;
    if (m_lastActivity.secsTo(net::nowFrom(m_clock)) < m_timeoutSeconds)
        return;
    m_reported = true;
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::Shortcut:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace renkei::ui

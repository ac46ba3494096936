#pragma once

#include "net/clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QSettings;

namespace renkei::ui {

// Notices that nobody has used the application for a while (the idle lock). An application-wide
// event filter takes every keyboard, mouse, wheel and touch event as activity; a timer asks the
// Clock every few seconds whether the last activity is older than the limit. Time comes from
// the Clock seam only, so tests move it instead of waiting ten minutes.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 10;
    static constexpr int kMaxMinutes = 8 * 60;

    explicit IdleWatcher(net::Clock clock = {}, QObject *parent = nullptr);
    ~IdleWatcher() override;

    // lock/idleMinutes (1..480; default 10). A later per-network policy may lower it.
    static int minutesFromSettings(const QSettings &settings);

    void setTimeoutSeconds(qint64 seconds) { m_timeoutSeconds = seconds; }
    qint64 timeoutSeconds() const { return m_timeoutSeconds; }
    void setCheckIntervalMs(int ms) { m_timer.setInterval(ms); }

    // Watches the application's input (installs the event filter) and checks periodically.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    void noteActivity(); // now counts as activity
    QDateTime lastActivity() const { return m_lastActivity; }
    // Emits idle() when the limit has passed since the last activity (once per idle spell).
    void checkNow();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    net::Clock m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    qint64 m_timeoutSeconds = qint64(kDefaultMinutes) * 60;
    bool m_reported = false;
    bool m_filtering = false;
};

} // namespace renkei::ui

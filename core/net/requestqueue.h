#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

// A bounded number of requests in flight: acquire() runs `start` now when a slot is free, or
// later, in order; release() frees the slot. A waiter whose owner was destroyed is skipped.
namespace renkei::net {

class RequestQueue {
public:
    explicit RequestQueue(int maxInFlight = 6);

    void acquire(QObject *owner, std::function<void()> start);
    void release();
    // Forgets a waiter that has not started (a cancelled call); true if it was waiting.
    bool withdraw(QObject *owner);

    int inFlight() const { return m_inFlight; }
    int waiting() const { return int(m_waiting.size()); }
    int maxInFlight() const { return m_max; }

private:
    struct Waiter {
        QPointer<QObject> owner;
        std::function<void()> start;
    };
    void pump();

    int m_max;
    int m_inFlight = 0;
    QList<Waiter> m_waiting;
};

} // namespace renkei::net

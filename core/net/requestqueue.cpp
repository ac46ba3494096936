#include "net/requestqueue.h"

#include <algorithm>

namespace renkei::net {

RequestQueue::RequestQueue(int maxInFlight)
    : m_max(std::max(1, maxInFlight))
{
}

void RequestQueue::acquire(QObject *owner, std::function<void()> start)
{
    m_waiting.append({ owner, std::move(start) });
    pump();
}

void RequestQueue::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
    pump();
}

bool RequestQueue::withdraw(QObject *owner)
{
    const auto removed = m_waiting.removeIf([owner](const Waiter &w) { return w.owner == owner; });
    return removed > 0;
}

void RequestQueue::pump()
{
    while (m_inFlight < m_max && !m_waiting.isEmpty()) {
        Waiter next = m_waiting.takeFirst();
        if (!next.owner)
            continue;
        ++m_inFlight;
        next.start();
    }
}

} // namespace renkei::net

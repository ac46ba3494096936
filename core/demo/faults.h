#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

// Fault switches for the demo network: what a misbehaving regional network does, per path.
// Set from tests (DemoServer::addFault) or from the command line (parseFault, the syntax in
// docs/demo-network.md):  [<path regex>=]<action>[,<action>...][,count:N]
namespace renkei::demo {

struct Fault {
    QString pathPattern; // a regular expression searched in the request path; empty: every path
    int status = 0; // answer with this status (and an OperationOutcome) instead
    int retryAfterSeconds = -1; // with status: a Retry-After header
    int delayMs = 0; // wait this long before answering
    qint64 cutAfterBytes = -1; // close the connection after this many bytes of the response
    bool hang = false; // never answer
    bool malformed = false; // a body that is not valid JSON
    QByteArray contentType; // replace the Content-Type header
    bool expiredToken = false; // the presented access token expires now (the check fails)
    bool revokedToken = false; // the presented access token is revoked now
    bool loopNext = false; // a Bundle's `next` link points back at this very page
    bool mutateBetweenPages = false; // after a page is served, resources in its search change
    int count = -1; // apply to the next N matching requests; -1: always

    QString describe() const; // the same syntax parseFault() reads
};

Result<Fault> parseFault(const QString &spec);

// Everything that applies to one request (several faults may match; their actions combine).
struct FaultPlan {
    int status = 0;
    int retryAfterSeconds = -1;
    int delayMs = 0;
    qint64 cutAfterBytes = -1;
    bool hang = false;
    bool malformed = false;
    QByteArray contentType;
    bool expiredToken = false;
    bool revokedToken = false;
    bool loopNext = false;
    bool mutateBetweenPages = false;

    bool any() const;
};

class FaultSet {
public:
    // Returns an id for remove().
    int add(const Fault &fault);
    bool remove(int id);
    void clear();
    bool isEmpty() const { return m_entries.isEmpty(); }
    QList<Fault> faults() const;

    // The faults that match `path`, merged; counts of those that applied go down by one and
    // spent faults are dropped.
    FaultPlan take(const QString &path);

private:
    struct Entry {
        int id = 0;
        Fault fault;
        QRegularExpression regex;
    };
    QList<Entry> m_entries;
    int m_nextId = 1;
};

} // namespace renkei::demo

#pragma once

// Helpers shared by the audit tests: a log with a few entries, and raw SQL on its file through a
// second connection (the way an attacker without the key would edit it).
#include "audit/auditlog.h"
#include "crypto/keystore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace renkei::test {

inline audit::AuditIdentity auditIdentity()
{
    return audit::AuditIdentity { QStringLiteral("demo-net"), QStringLiteral("dr.tanaka"),
        QStringLiteral("ws-01") };
}

// Appends `count` entries (open, print, emergency view, ... in turn) for patient keys "pk-<n>".
inline bool fillAuditLog(audit::AuditLog &log, int count)
{
    using audit::Action;
    const Action actions[] = { Action::SignIn, Action::Open, Action::Print, Action::EmergencyView,
        Action::Search, Action::Sync, Action::Export, Action::SignOut };
    for (int i = 0; i < count; ++i) {
        audit::AuditDetails d;
        const Action a = actions[i % 8];
        if (a == Action::Print)
            d = audit::AuditDetails { { QStringLiteral("labs") }, QStringLiteral("printer-3F"), {},
                audit::Outcome::Success, {} };
        if (a == Action::EmergencyView)
            d.reason = QStringLiteral("unconscious on arrival");
        const QString patient = (a == Action::SignIn || a == Action::SignOut)
            ? QString()
            : QStringLiteral("pk-") + QString::number(i);
        if (!log.append(a, patient, d))
            return false;
    }
    return true;
}

// Runs SQL statements on `path` through its own connection.
inline bool rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace renkei::test

namespace renkei::test {

// Changes one stored blob (`column` of entry `seq`) in place, through a second connection.
template <typename Edit>
bool editEntryBlob(const QString &path, qint64 seq, const QString &column, Edit edit)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT ") + column + QStringLiteral(" FROM entries WHERE seq = ?"));
            q.addBindValue(seq);
            if (q.exec() && q.next()) {
                QByteArray blob = q.value(0).toByteArray();
                q.finish();
                edit(blob);
                QSqlQuery u(db);
                u.prepare(QStringLiteral("UPDATE entries SET ") + column
                    + QStringLiteral(" = ? WHERE seq = ?"));
                u.addBindValue(blob);
                u.addBindValue(seq);
                ok = u.exec();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace renkei::test

namespace renkei::test {

// How many lines of `ndjson` are AuditEvent resources; -1 when a line is anything else.
inline int auditEventLines(const QByteArray &ndjson)
{
    const QList<QByteArray> lines = ndjson.trimmed().split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError
            || doc[QStringLiteral("resourceType")].toString() != QStringLiteral("AuditEvent"))
            return -1;
    }
    return int(lines.size());
}

} // namespace renkei::test

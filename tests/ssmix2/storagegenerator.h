#pragma once

#include <QString>

// Synthetic SS-MIX2 messages and files (ISO-2022-JP, CR-terminated), shared by the storage and
// import tests. All data is made up.
namespace renkei::test::ssmix2gen {

// MSH with the sending facility (MSH-4) and the message type (MSH-9) as %1 and %2.
QString msh(const QString &facility, const QString &messageType);
QString pid(const QString &id);
// OUL^R22 with five numeric OBX results of `value`.
QString labMessage(const QString &id, const QString &facility, double value);
// RDE^O11 with one RXE of the HOT9 code `drug`.
QString prescription(const QString &id, const QString &drug, const QString &facility = {});
QString demographics(const QString &id, const QString &facility = {});

// Writes one file at its storage place; returns the file name (empty on failure).
QString put(const QString &root, const QString &id, const QString &date, const QString &type,
    const QString &order, const QString &timestamp, const QString &flag, const QString &text);

} // namespace renkei::test::ssmix2gen

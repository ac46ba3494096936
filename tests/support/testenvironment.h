#pragma once

#include <QByteArray>
#include <QString>

namespace renkei::test {

// The folder with the test data shipped in the repo (tests/data).
QString dataDir();
// Reads a file under tests/data; fails the current test (QFAIL) through an empty result.
QByteArray readData(const QString &relativePath);

} // namespace renkei::test

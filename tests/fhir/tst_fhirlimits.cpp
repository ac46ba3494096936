#include "fhir/reader.h"

#include <QTest>
QTEST_GUILESS_MAIN(QObject)

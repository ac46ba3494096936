#pragma once

#include <QLoggingCategory>

// One logging category per module (DESIGN.md "Errors"). Never log patient data: names, ids,
// birth dates, resource bodies. Log resource types, counts, sizes, JSON paths and timings.
Q_DECLARE_LOGGING_CATEGORY(lcFhir)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

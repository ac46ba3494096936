#pragma once

#include <QLoggingCategory>

// The audit log's own category (DESIGN.md "Errors"): sequence numbers, counts and break kinds
// only; never an entry's content.
Q_DECLARE_LOGGING_CATEGORY(lcAudit)

#pragma once

#include <QLoggingCategory>

// The module's category, `renkei.ssmix2` (util/logging.h is shared; this one is ours). Never log
// patient data: no ids, names, file names (they carry the patient id) or message text; counts,
// timings and error kinds only.
Q_DECLARE_LOGGING_CATEGORY(lcSsmix2)

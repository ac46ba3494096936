#pragma once

#include <QLoggingCategory>

// The widgets' logging category (renkei.ui). Never a patient datum, token, PIN or code.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

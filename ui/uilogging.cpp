#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "renkei.ui", QtInfoMsg)

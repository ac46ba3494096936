#include "util/logging.h"

Q_LOGGING_CATEGORY(lcFhir, "renkei.fhir", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "renkei.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "renkei.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "renkei.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "renkei.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "renkei.app", QtInfoMsg)

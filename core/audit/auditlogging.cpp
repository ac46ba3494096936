#include "audit/auditlogging.h"

Q_LOGGING_CATEGORY(lcAudit, "renkei.audit", QtInfoMsg)

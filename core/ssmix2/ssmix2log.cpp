#include "ssmix2/ssmix2log.h"

Q_LOGGING_CATEGORY(lcSsmix2, "renkei.ssmix2", QtInfoMsg)

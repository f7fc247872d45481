#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "linnet.storage")
Q_LOGGING_CATEGORY(lcChat, "linnet.chat")
Q_LOGGING_CATEGORY(lcWorker, "linnet.worker")

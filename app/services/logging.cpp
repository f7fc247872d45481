#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "linnet.storage")
Q_LOGGING_CATEGORY(lcChat, "linnet.chat")
Q_LOGGING_CATEGORY(lcWorker, "linnet.worker")
Q_LOGGING_CATEGORY(lcDownloads, "linnet.downloads")
Q_LOGGING_CATEGORY(lcModels, "linnet.models")

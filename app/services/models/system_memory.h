// The machine's physical memory, to say which models fit.
#pragma once

#include <QtGlobal>

namespace linnet::app {

// Total physical memory in bytes; 0 when the system does not say.
qint64 totalPhysicalMemory();

} // namespace linnet::app

// A starting point's state for one model. Apart from start_points.h because it holds the
// engine's State: the services that read states include it, the window does not.
#pragma once

#include "start_points.h"

#include "linnet/state.h"

namespace linnet::app {

struct StartPointState {
    linnet::State state;
    int token_count = 0;
};

} // namespace linnet::app

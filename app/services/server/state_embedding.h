// An embedding of a text: a vector taken from the state after reading it.
//
// Which part: the last layer's channel-mix token shift, the normalised hidden vector
// of the last token as it enters the last layer's feed-forward block (n_embed floats,
// at the same offset in the state for every RWKV version). An RNN's state has read
// the whole text, and this is the deepest summary of it short of the output head:
// the vector the next token's prediction is made from, as last-token pooling in
// decoder embedding models. The WKV matrices also summarise the text but are
// head_size times larger and dominated by recent tokens' decay, so they make poor,
// huge vectors. The vector is scaled to length 1, so a dot product is the cosine.
#pragma once

#include "linnet/state.h"

#include <vector>

namespace linnet::app {

std::vector<float> stateEmbedding(const linnet::State& state);

} // namespace linnet::app

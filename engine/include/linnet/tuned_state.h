// State-tuned files: a `.pth` (or safetensors) file that holds only
// `blocks.N.att.time_state`, one (heads, head size, head size) tensor per layer,
// trained as the initial state of one base model (a "state tuning" of RWKV-LM or
// RWKV-PEFT). It starts a chat from that state instead of from zeros.
//
//   auto model = linnet::Model::load("rwkv7-g1-1.5b.pth");
//   linnet::State state = linnet::load_tuned_state("rwkv7-g1-1.5b-role.pth", *model);
//   model->feed(tokens, state, logits);
#pragma once

#include "linnet/model.h"
#include "linnet/state.h"

#include <cstdint>
#include <string>
#include <vector>

namespace linnet {

// The initial state `model` gets from the file: its WKV matrices from the file, the
// token-shift parts zero. Throws Error(StateMismatch) when the file's tensors are not
// exactly blocks.0 … blocks.L-1 of shape (H, S, S) for this model, and the errors of
// the .pth / safetensors readers for damaged or unsafe files.
State load_tuned_state(const std::string& path, const Model& model);

// The state's WKV matrices in that layout: the bytes of a torch.save archive of
// blocks.N.att.time_state, fp32 (H, S, S), which load_tuned_state reads back exactly and
// RWKV-Runner and ai00 load as an initial state. The layout cannot carry the token-shift
// parts or the logits. Throws Error(InvalidArgument) for an RWKV-4 state, which has no
// matrix part.
std::vector<uint8_t> tuned_state_pth(const State& state);

} // namespace linnet

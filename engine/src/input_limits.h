// What the engine accepts from a file it did not write (a model, a saved state, a
// tokenizer): every size a file declares is checked against these before anything is
// allocated or indexed, so a hostile file is refused with a message instead of making
// the process crash or ask for more memory than the machine has. Each limit is far
// above what a real file holds (the figures say which file comes nearest).
#pragma once

#include <cstddef>
#include <cstdint>

namespace linnet::limits {

// Tensors of a model file. RWKV-7 14B has ~1,400 tensors; names are under 64 bytes.
inline constexpr size_t kMaxTensorCount = 65536;
inline constexpr size_t kMaxTensorNameBytes = 1024;
inline constexpr size_t kMaxTensorDims = 8;
// Elements in one tensor (every dimension at least 1): a 14B model's largest matrix has
// ~0.4 G elements; 2^40 is beyond any disk.
inline constexpr uint64_t kMaxTensorElements = uint64_t(1) << 40;

// A safetensors header is JSON before the data: the format's reference reader stops at
// 100 MiB; real headers are under 200 kB.
inline constexpr uint64_t kMaxSafetensorsHeaderBytes = uint64_t(100) << 20;

// PyTorch pickles (data.pkl of a .pth): a 14B checkpoint's pickle is ~0.2 MB with
// ~1,400 dictionary entries. Memoised values are shared, never copied per use, and the
// total of string bytes a pickle may hold alive is bounded.
inline constexpr size_t kMaxPickleMemoEntries = size_t(1) << 20;
inline constexpr size_t kMaxPickleContainerItems = size_t(1) << 20;
inline constexpr size_t kMaxPickleStackDepth = size_t(1) << 16;
inline constexpr uint64_t kMaxPickleStringBytes = uint64_t(64) << 20;
inline constexpr uint64_t kMaxPickleBytes = uint64_t(64) << 20;

// A saved state's logits: one per vocabulary entry (the largest RWKV vocabulary is 65,536).
inline constexpr uint64_t kMaxStateLogits = uint64_t(1) << 24;

// Tokenizers. The World vocabulary has 65,529 lines of under 200 bytes; tokenizer.json
// of GPT-NeoX is 2.1 MB.
inline constexpr size_t kMaxVocabularyLineBytes = 4096;
inline constexpr size_t kMaxVocabularyEntries = size_t(1) << 20;
inline constexpr uint64_t kMaxTokenizerJsonBytes = uint64_t(64) << 20;

} // namespace linnet::limits

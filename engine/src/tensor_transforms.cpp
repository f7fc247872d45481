#include "tensor_transforms.h"

#include <cstring>

namespace linnet {

namespace {

template <class Element>
void transpose_blocks(const uint8_t* src, uint8_t* dst, uint64_t batch, uint64_t rows, uint64_t cols)
{
    for (uint64_t n = 0; n < batch; ++n) {
        const uint64_t base = n * rows * cols;
        for (uint64_t r = 0; r < rows; ++r)
            for (uint64_t c = 0; c < cols; ++c)
                std::memcpy(dst + (base + c * rows + r) * sizeof(Element), src + (base + r * cols + c) * sizeof(Element),
                            sizeof(Element));
    }
}

} // namespace

std::vector<uint8_t> transpose_last_two(const TensorView& t)
{
    const size_t dims = t.shape.size();
    const uint64_t rows = static_cast<uint64_t>(t.shape[dims - 2]);
    const uint64_t cols = static_cast<uint64_t>(t.shape[dims - 1]);
    const uint64_t batch = rows * cols == 0 ? 0 : t.numel() / (rows * cols);
    std::vector<uint8_t> out(t.bytes.size());
    if (dtype_bytes(t.dtype, 1) == 4)
        transpose_blocks<uint32_t>(t.bytes.data(), out.data(), batch, rows, cols);
    else
        transpose_blocks<uint16_t>(t.bytes.data(), out.data(), batch, rows, cols);
    return out;
}

std::vector<uint8_t> concatenate(const std::vector<const TensorView*>& parts)
{
    std::vector<uint8_t> out;
    for (const TensorView* p : parts)
        out.insert(out.end(), p->bytes.begin(), p->bytes.end());
    return out;
}

std::vector<uint8_t> map_to_f32(DType type, std::span<const uint8_t> bytes, double (*f)(double))
{
    const uint64_t count = bytes.size() / dtype_bytes(type, 1);
    std::vector<float> values(count);
    to_f32(type, bytes.data(), count, values.data());
    for (float& v : values)
        v = static_cast<float>(f(static_cast<double>(v)));
    std::vector<uint8_t> out(count * sizeof(float));
    std::memcpy(out.data(), values.data(), out.size());
    return out;
}

} // namespace linnet

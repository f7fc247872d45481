// Scalar activations in a form compilers vectorise, for kernel sources only: include
// this inside `namespace linnet::kernels::LINNET_ISA { }` so each level has its own
// copy (see kernel_table.h), after <algorithm>, <cstdint> and <cstring>.
// No include guard on purpose: it belongs to the namespace it is included in.

// e^x for the activations, in a form compilers vectorise (libm's expf is a call per
// value): x = n·ln2 + r, e^r by a degree-6 polynomial (Cephes' expf), 2^n from the
// exponent bits. Relative error below 2e-7; inputs are clamped to [−87, 88].
inline float exp(float x)
{
    x = std::min(std::max(x, -87.0f), 88.0f);
    constexpr float magic = 12582912.0f; // 1.5·2^23: adding it rounds to an integer
    const float n = (x * 1.44269504088896341f + magic) - magic;
    const float r = (x - n * 0.693359375f) + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    const int32_t bits = (static_cast<int32_t>(n) + 127) << 23;
    float scale;
    std::memcpy(&scale, &bits, 4);
    return p * scale;
}

inline float sigmoid(float x) { return 1.0f / (1.0f + exp(-x)); }
inline float tanh(float x) { return 1.0f - 2.0f / (exp(2.0f * x) + 1.0f); }


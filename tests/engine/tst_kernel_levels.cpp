// Every kernel of the engine's own (engine/src/kernel_table.h) at every CPU level this
// machine has, against the lowest (AVX2): bit-identical where the arithmetic does not
// depend on the vector width, within 1e-5 relative where sums are taken in a different
// order (norms, dot products) — relative to the value, or to the output's RMS where a
// sum cancels to near zero. A kernel added to LINNET_KERNELS gets a row here.
#include "dtype.h"
#include "kernels.h"
#include "linnet/cpu.h"
#include "wkv.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

using namespace linnet;

namespace {

std::vector<float> random_floats(size_t n, uint32_t seed, float low = -3.0f, float high = 3.0f)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> any(low, high);
    std::vector<float> v(n);
    for (float& x : v)
        x = any(rng);
    return v;
}

std::vector<uint8_t> random_bytes(size_t n, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<uint8_t> v(n);
    for (uint8_t& b : v)
        b = static_cast<uint8_t>(rng());
    return v;
}

// Integer results compared as floats (every int8 and uint16 is exact in a float).
template <class T>
void append(std::vector<float>& out, const std::vector<T>& values)
{
    out.insert(out.end(), values.begin(), values.end());
}

enum class Match { Bits, Relative };

struct Case {
    const char* name;
    Match match;
    std::function<std::vector<float>()> run; // through kernels.h, at the level in use
};

constexpr int kRows = 5, kWidth = 2051;     // odd width: the vector loops' tails run
constexpr size_t kLong = 70001;             // long enough to be split across threads
constexpr int kHeads = 4, kHeadSize = 64;

std::vector<float> elementwise(void (*f)(float*, size_t))
{
    auto x = random_floats(kLong, 1, -20.0f, 20.0f);
    f(x.data(), x.size());
    return x;
}

std::vector<float> binary(void (*f)(float*, const float*, size_t))
{
    auto x = random_floats(kLong, 2);
    const auto y = random_floats(kLong, 3);
    f(x.data(), y.data(), x.size());
    return x;
}

std::vector<float> to_f32_of(DType type)
{
    const size_t count = type == DType::F16 || type == DType::BF16 ? 65536 : 32 * 257;
    auto src = random_bytes(dtype_bytes(type, count), 4);
    if (type == DType::F16 || type == DType::BF16) // every 16-bit pattern once
        for (size_t i = 0; i < count; ++i) {
            src[2 * i] = static_cast<uint8_t>(i);
            src[2 * i + 1] = static_cast<uint8_t>(i >> 8);
        }
    std::vector<float> out(count);
    to_f32(type, src.data(), count, out.data());
    return out;
}

std::vector<float> wkv7_of(int rows)
{
    const size_t n = static_cast<size_t>(rows) * kHeads * kHeadSize;
    const auto r = random_floats(n, 5), k = random_floats(n, 6), v = random_floats(n, 7);
    const auto w = random_floats(n, 8, 0.5f, 0.99f), alpha = random_floats(n, 9, 0.0f, 1.0f);
    const auto kappa = random_floats(n, 10, -0.125f, 0.125f);
    auto state = random_floats(static_cast<size_t>(kHeads) * kHeadSize * kHeadSize, 11, -1.0f, 1.0f);
    std::vector<float> y(n);
    wkv7(rows, kHeads, kHeadSize, r.data(), w.data(), k.data(), v.data(), kappa.data(), alpha.data(), state.data(),
         y.data());
    append(y, state);
    return y;
}

std::vector<float> wkv5_of(size_t w_stride)
{
    const int rows = 9;
    const size_t c = static_cast<size_t>(kHeads) * kHeadSize, n = rows * c;
    const auto r = random_floats(n, 12), k = random_floats(n, 13), v = random_floats(n, 14);
    const auto w = random_floats(n, 15, 0.5f, 0.99f), u = random_floats(c, 16);
    auto state = random_floats(c * kHeadSize, 17, -1.0f, 1.0f);
    std::vector<float> y(n);
    wkv5(rows, kHeads, kHeadSize, r.data(), k.data(), v.data(), w.data(), w_stride, u.data(), state.data(), y.data());
    append(y, state);
    return y;
}

// RWKV-7's per-row weights, and the chunk's LoRA outputs.
struct V7Inputs {
    std::vector<float> w0, a0, v0, k_k, k_a, r_k;
    kernels::V7RowWeights weights() const
    {
        return {kHeads * kHeadSize, kHeads, kHeadSize, w0.data(), a0.data(), v0.data(), k_k.data(), k_a.data(),
                r_k.data()};
    }
};

V7Inputs v7_inputs()
{
    const size_t c = kHeads * kHeadSize;
    return {random_floats(c, 20), random_floats(c, 21), random_floats(c, 22),
            random_floats(c, 23), random_floats(c, 24), random_floats(c, 25)};
}

std::vector<float> v7_prepare(bool first_layer)
{
    const auto in = v7_inputs();
    const size_t n = kRows * kHeads * kHeadSize;
    auto w = random_floats(n, 26), alpha = random_floats(n, 27), k = random_floats(n, 28), v = random_floats(n, 29);
    const auto gate = random_floats(n, 30);
    auto v_first = random_floats(n, 31);
    std::vector<float> kappa(n);
    kernels::v7_prepare_rows(in.weights(), first_layer, kRows, w.data(), alpha.data(), k.data(), kappa.data(),
                             v.data(), gate.data(), v_first.data());
    for (const auto* part : {&alpha, &k, &kappa, &v, &v_first})
        append(w, *part);
    return w;
}

std::vector<Case> cases()
{
    return {
        {"layer_norm", Match::Relative,
         [] {
             const auto x = random_floats(kRows * kWidth, 40), w = random_floats(kWidth, 41),
                        b = random_floats(kWidth, 42);
             std::vector<float> y(x.size());
             kernels::layer_norm(x.data(), y.data(), kRows, kWidth, w.data(), b.data(), 1e-5f);
             return y;
         }},
        {"group_norm", Match::Relative,
         [] {
             auto x = random_floats(kRows * kHeads * kHeadSize, 43);
             const auto w = random_floats(kHeads * kHeadSize, 44), b = random_floats(kHeads * kHeadSize, 45);
             kernels::group_norm(x.data(), kRows, kHeads, kHeadSize, w.data(), b.data(), 64e-5f);
             return x;
         }},
        {"shift_delta", Match::Bits,
         [] {
             const auto a = random_floats(kRows * kWidth, 46);
             auto last = random_floats(kWidth, 47);
             std::vector<float> delta(a.size());
             kernels::shift_delta(a.data(), last.data(), delta.data(), kRows, kWidth);
             append(delta, last);
             return delta;
         }},
        {"mix", Match::Bits,
         [] {
             const auto a = random_floats(kRows * kWidth, 48), d = random_floats(kRows * kWidth, 49),
                        m = random_floats(kWidth, 50);
             std::vector<float> out(a.size());
             kernels::mix(a.data(), d.data(), m.data(), out.data(), kRows, kWidth);
             return out;
         }},
        {"sigmoid_inplace", Match::Bits, [] { return elementwise(kernels::sigmoid_inplace); }},
        {"tanh_inplace", Match::Bits, [] { return elementwise(kernels::tanh_inplace); }},
        {"silu_inplace", Match::Bits, [] { return elementwise(kernels::silu_inplace); }},
        {"relu_squared_inplace", Match::Bits, [] { return elementwise(kernels::relu_squared_inplace); }},
        {"add_inplace", Match::Bits, [] { return binary(kernels::add_inplace); }},
        {"multiply_inplace", Match::Bits, [] { return binary(kernels::multiply_inplace); }},
        {"sigmoid_product_inplace", Match::Bits, [] { return binary(kernels::sigmoid_product_inplace); }},
        {"add_product_inplace", Match::Bits,
         [] {
             auto x = random_floats(kLong, 51);
             const auto a = random_floats(kLong, 52), b = random_floats(kLong, 53);
             kernels::add_product_inplace(x.data(), a.data(), b.data(), x.size());
             return x;
         }},
        {"to_bf16", Match::Bits,
         [] {
             const auto x = random_floats(kLong, 54, -1e6f, 1e6f);
             std::vector<uint16_t> y(x.size());
             kernels::to_bf16(x.data(), y.data(), x.size());
             std::vector<float> out;
             append(out, y);
             return out;
         }},
        {"quantise_rows", Match::Bits,
         [] {
             auto x = random_floats(kRows * kWidth, 55);
             std::fill(x.begin() + kWidth, x.begin() + 2 * kWidth, 0.0f); // an all-zero row
             std::vector<int8_t> q(x.size());
             std::vector<float> scales(kRows);
             kernels::quantise_rows(x.data(), q.data(), scales.data(), kRows, kWidth);
             append(scales, q);
             return scales;
         }},
        {"scale_rows", Match::Bits,
         [] {
             auto y = random_floats(kRows * kWidth, 56);
             const auto s = random_floats(kRows, 57);
             kernels::scale_rows(y.data(), s.data(), kRows, kWidth);
             return y;
         }},
        {"to_f32 F16", Match::Bits, [] { return to_f32_of(DType::F16); }},
        {"to_f32 BF16", Match::Bits, [] { return to_f32_of(DType::BF16); }},
        {"to_f32 Q4_0", Match::Bits, [] { return to_f32_of(DType::Q4_0); }},
        {"to_f32 Q4_1", Match::Bits, [] { return to_f32_of(DType::Q4_1); }},
        {"to_f32 Q5_0", Match::Bits, [] { return to_f32_of(DType::Q5_0); }},
        {"to_f32 Q5_1", Match::Bits, [] { return to_f32_of(DType::Q5_1); }},
        {"to_f32 Q8_0", Match::Bits, [] { return to_f32_of(DType::Q8_0); }},
        {"wkv5 per-token decay", Match::Bits, [] { return wkv5_of(kHeads * kHeadSize); }},
        {"wkv5 one decay", Match::Bits, [] { return wkv5_of(0); }},
        {"wkv7 by rows", Match::Relative, [] { return wkv7_of(3); }},
        {"wkv7 transposed", Match::Bits, [] { return wkv7_of(16); }},
        {"v4_recurrence", Match::Bits,
         [] {
             const int c = kWidth;
             const auto k = random_floats(kRows * c, 60), v = random_floats(kRows * c, 61),
                        first = random_floats(c, 62), decay = random_floats(c, 63, -2.0f, -0.01f);
             auto aa = random_floats(c, 64), bb = random_floats(c, 65, 0.1f, 2.0f), pp = random_floats(c, 66);
             auto r = random_floats(kRows * c, 67);
             kernels::v4_recurrence(kRows, c, k.data(), v.data(), first.data(), decay.data(), aa.data(), bb.data(),
                                    pp.data(), r.data());
             for (const auto* part : {&aa, &bb, &pp})
                 append(r, *part);
             return r;
         }},
        {"v6_lora_mix", Match::Bits,
         [] {
             constexpr int mixes = 5;
             const auto a = random_floats(kRows * kWidth, 68), delta = random_floats(kRows * kWidth, 69);
             std::vector<std::vector<float>> maa, xs;
             const float* maa_p[mixes];
             float* xs_p[mixes];
             for (int i = 0; i < mixes; ++i) {
                 maa.push_back(random_floats(kWidth, 70 + i));
                 xs.push_back(random_floats(kRows * kWidth, 80 + i));
             }
             for (int i = 0; i < mixes; ++i) {
                 maa_p[i] = maa[i].data();
                 xs_p[i] = xs[i].data();
             }
             kernels::v6_lora_mix(a.data(), delta.data(), maa_p, xs_p, mixes, kRows, kWidth);
             std::vector<float> out;
             for (const auto& x : xs)
                 append(out, x);
             return out;
         }},
        {"v6_decay", Match::Bits,
         [] {
             auto w = random_floats(kRows * kWidth, 90);
             const auto decay = random_floats(kWidth, 91);
             kernels::v6_decay(w.data(), decay.data(), kRows, kWidth);
             return w;
         }},
        {"v7_prepare_rows layer 0", Match::Relative, [] { return v7_prepare(true); }},
        {"v7_prepare_rows", Match::Relative, [] { return v7_prepare(false); }},
        {"v7_finish_rows", Match::Relative,
         [] {
             const auto in = v7_inputs();
             const size_t n = kRows * kHeads * kHeadSize;
             const auto r = random_floats(n, 92), k = random_floats(n, 93), v = random_floats(n, 94),
                        g = random_floats(n, 95);
             auto y = random_floats(n, 96);
             kernels::v7_finish_rows(in.weights(), kRows, r.data(), k.data(), v.data(), g.data(), y.data());
             return y;
         }},
    };
}

double rms(const std::vector<float>& v)
{
    double sum = 0;
    for (float x : v)
        sum += double(x) * x;
    return v.empty() ? 0.0 : std::sqrt(sum / v.size());
}

// Where a and b differ beyond `match` allows: the first such index, or -1.
long first_difference(const std::vector<float>& a, const std::vector<float>& b, Match match)
{
    const double scale = rms(b);
    for (size_t i = 0; i < a.size(); ++i) {
        if (match == Match::Bits) {
            if (std::memcmp(&a[i], &b[i], sizeof(float)) != 0)
                return static_cast<long>(i);
        } else if (const double size = std::max({std::fabs(double(a[i])), std::fabs(double(b[i])), scale});
                   !(std::fabs(double(a[i]) - b[i]) <= 1e-5 * size)) {
            return static_cast<long>(i);
        }
    }
    return -1;
}

} // namespace

class KernelLevelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(cpu_level() != CpuLevel::Unsupported, "this machine lacks AVX2");
        started_at_ = cpu_level();
        QString names;
        for (CpuLevel level : cpu_levels_available())
            names += QString(" ") + cpu_level_name(level);
        qInfo("levels on this machine:%s", qPrintable(names));
    }

    void cleanupTestCase() { set_cpu_level(cpu_best_level()); }

    void kernel_data()
    {
        QTest::addColumn<int>("index");
        const auto all = cases();
        for (size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << static_cast<int>(i);
    }

    void kernel()
    {
        QFETCH(int, index);
        const Case c = cases()[index];
        const auto levels = cpu_levels_available();
        QVERIFY(set_cpu_level(levels.front()));
        const auto lowest = c.run();
        QVERIFY(!lowest.empty());
        for (size_t l = 1; l < levels.size(); ++l) {
            QVERIFY(set_cpu_level(levels[l]));
            const auto out = c.run();
            QCOMPARE(out.size(), lowest.size());
            const long at = first_difference(out, lowest, c.match);
            // The message reads out[at], so only when there is a difference.
            if (at >= 0)
                QFAIL(qPrintable(QString("%1 differs from %2 at %3: %4 vs %5")
                                     .arg(cpu_level_name(levels[l]), cpu_level_name(levels.front()))
                                     .arg(at)
                                     .arg(double(out[at]), 0, 'g', 9)
                                     .arg(double(lowest[at]), 0, 'g', 9)));
        }
    }

    // LINNET_CPU=avx2 (set by CTest for this run) is what the kernels start with.
    void environment_level()
    {
        const QByteArray wanted = qgetenv("LINNET_CPU");
        if (wanted.isEmpty())
            QSKIP("LINNET_CPU is not set for this run");
        QCOMPARE(QByteArray(cpu_level_name(started_at_)), wanted);
        QVERIFY(cpu_override_note().empty());
    }

    void refuses_levels_above_this_cpu()
    {
        if (cpu_best_level() == CpuLevel::Avx512Bf16)
            QSKIP("this machine has every level");
        QVERIFY(!set_cpu_level(CpuLevel::Avx512Bf16));
    }

private:
    CpuLevel started_at_ = CpuLevel::Unsupported;
};

QTEST_GUILESS_MAIN(KernelLevelsTest)
#include "tst_kernel_levels.moc"

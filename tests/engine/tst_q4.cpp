// The 4-bit kernels (engine/src/q4.h) at every ISA level this CPU has, against the
// product of the dequantised weights and the quantised inputs in double: within float
// rounding, and the same bits at every level and for every row count.
#include "dtype.h"
#include "kernels.h"
#include "q4.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

using namespace linnet;

namespace {

struct Case {
    int out, in, group;
};

struct Level {
    const char* name;
    void (*run)(const q4::Product&);
    bool available;
};

std::vector<Level> levels()
{
    __builtin_cpu_init();
    const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c");
    const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni");
    return {{"generic", q4::run_generic, true}, {"avx2", q4::run_avx2, avx2}, {"avx512", q4::run_avx512, avx512}};
}

std::vector<float> random_values(size_t n, uint32_t seed, float scale, float offset = 0)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(offset, scale);
    std::vector<float> v(n);
    for (float& x : v)
        x = normal(rng);
    return v;
}

} // namespace

class Q4Test : public QObject {
    Q_OBJECT

private slots:
    // The scales are stored as halves: our conversion rounds as the compiler's _Float16 does
    // (nearest, ties to even), over every exponent, subnormals, ties and overflow.
    void halves_round_like_the_compiler()
    {
        int checked = 0;
        for (uint64_t bits = 0; bits <= 0xffffffffull; bits += 0x1fff + (bits & 0x3)) {
            const auto b = static_cast<uint32_t>(bits);
            float f;
            std::memcpy(&f, &b, 4);
            if (std::isnan(f))
                continue;
            const _Float16 h = static_cast<_Float16>(f);
            uint16_t expected;
            std::memcpy(&expected, &h, 2);
            QCOMPARE(linnet::f32_to_f16(f), expected);
            if (linnet::f16_to_f32(expected) != static_cast<float>(h))
                QFAIL("f16_to_f32 differs from _Float16");
            ++checked;
        }
        QVERIFY(checked > 500000);
    }

    void group_sizes()
    {
        QCOMPARE(q4::group_for(2048, 64), 64);
        QCOMPARE(q4::group_for(2048, 128), 128);
        QCOMPARE(q4::group_for(96, 64), 32);
        QCOMPARE(q4::group_for(72, 64), 8);
        QCOMPARE(q4::group_for(100, 64), 0);
        // 16 rows × 64 inputs in one group: 512 bytes of nibbles, 64 of the super-group's
        // two scales, 32 of indices, padded to 64.
        QCOMPARE(q4::block_bytes(64, 64), size_t(512 + 128));
        QCOMPARE(q4::bytes(17, 64, 32), size_t(2 * (512 + 128)));
        // A full super-group: 148 bytes per row and 256 weights (4.625 bits a weight).
        QCOMPARE(q4::block_bytes(2048, 32), size_t(8 * 16 * 148));
        // Shorter last super-groups: 320 = 256 + 2 groups, 96 = 3 groups.
        QCOMPARE(q4::block_bytes(320, 32), size_t(16 * 148 + 128 + 2 * 256));
        QCOMPARE(q4::block_bytes(96, 32), size_t(192 + 3 * 256));
        QCOMPARE(q4::super_group(1120, 32, 4).groups, 3);
    }

    // Each group's levels, 8-bit indices of its super-group's scales, fit its values about
    // as well as the 16 levels between its extremes would in float, and over many groups
    // better (the refit moves them to where values are). When the groups of a super-group
    // differ a hundredfold in spread, the small ones' scale indices are 2 or 3 (steps of
    // 40 %) and their error can reach a few times their own float levels'; on average it
    // stays near them. (Indices rounded to the nearest grid step: 54 and 270 times worse.)
    void packing_fits_each_group_data()
    {
        QTest::addColumn<bool>("uneven");
        QTest::addColumn<double>("mean_bound");
        QTest::addColumn<double>("worst_bound");
        QTest::addRow("even groups") << false << 0.9 << 1.1;
        QTest::addRow("uneven groups") << true << 1.3 << 6.0;
    }
    void packing_fits_each_group()
    {
        QFETCH(bool, uneven);
        QFETCH(double, mean_bound);
        QFETCH(double, worst_bound);
        const int out = 40, in = 512, group = 32;
        auto w = random_values(out * in, 5, 0.1f, 0.02f);
        if (uneven)
            for (size_t i = 0; i < w.size(); ++i)
                w[i] *= (i / group) % 3 == 0 ? 1.0f : (i / group) % 3 == 1 ? 0.1f : 0.01f;
        std::vector<uint8_t> packed(q4::bytes(out, in, group));
        q4::pack_rows(w.data(), out, in, group, packed.data());
        double total = 0, total_extremes = 0, worst = 0;
        for (int r = 0; r < out; ++r)
            for (int g = 0; g < in / group; ++g) {
                const float* v = w.data() + r * in + g * group;
                const auto [lo, hi] = std::minmax_element(v, v + group);
                const double step = (double(*hi) - *lo) / 15;
                double error = 0, extremes = 0;
                for (int i = 0; i < group; ++i) {
                    const double e = q4::dequantised(packed.data(), in, group, r, g * group + i) - v[i];
                    const double level = *lo + step * std::round((v[i] - *lo) / step);
                    error += e * e;
                    extremes += (level - v[i]) * (level - v[i]);
                }
                worst = std::max(worst, error / extremes);
                total += error / extremes;
                total_extremes += 1;
            }
        qInfo("squared error against the extremes' levels: mean %.4f, worst group %.4f", total / total_extremes, worst);
        QVERIFY2(worst < worst_bound, qPrintable(QString::number(worst)));
        QVERIFY2(total < mean_bound * total_extremes, qPrintable(QString::number(total / total_extremes)));
    }

    void kernels_match_double_data()
    {
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("rows");
        // Full super-groups, shorter last ones (320 = 256 + 64, 1120 = 4 · 256 + 96), a
        // super-group of one group, groups of 8 and 128.
        const Case cases[] = {{64, 64, 32},  {256, 2048, 64}, {2048, 256, 128}, {200, 72, 8}, {48, 512, 128},
                              {16, 8, 8},    {40, 320, 32},   {32, 1120, 32},   {64, 2048, 32}};
        for (const Case& c : cases)
            for (int rows : {1, 3, 14}) // tiles of 1, 3 (few tokens), 8 + 6 (many)
                QTest::addRow("%dx%d g%d, %d rows", c.out, c.in, c.group, rows) << c.out << c.in << c.group << rows;
    }
    void kernels_match_double()
    {
        QFETCH(int, out);
        QFETCH(int, in);
        QFETCH(int, group);
        QFETCH(int, rows);
        const auto w = random_values(static_cast<size_t>(out) * in, 1, 1.0f / std::sqrt(float(in)), 0.01f);
        std::vector<uint8_t> packed(q4::bytes(out, in, group));
        q4::pack_rows(w.data(), out, in, group, packed.data());
        auto x = random_values(static_cast<size_t>(rows) * in, 2, 1.0f);
        x[3 % x.size()] = 9.0f; // an outlier, as activations have
        std::vector<int8_t> xq(x.size());
        std::vector<float> sx(rows);
        std::vector<int16_t> sums(static_cast<size_t>(rows) * q4::sums_per_row(in, group));
        kernels::quantise_rows(x.data(), xq.data(), sx.data(), rows, in);
        q4::group_sums(xq.data(), rows, in, group, sums.data());

        // The exact product, and the magnitude of the kernel's terms (its float rounding
        // scales with it): per weight |d·q| + |m| ≤ 15·|d| + |m|, times |x|.
        const int ld = out + 5; // outputs need not be dense
        std::vector<double> exact(static_cast<size_t>(rows) * out), magnitude(exact.size());
        for (int t = 0; t < rows; ++t)
            for (int n = 0; n < out; ++n)
                for (int k = 0; k < in; ++k) {
                    const double x_k = double(xq[t * in + k]) * sx[t];
                    exact[t * out + n] += double(q4::dequantised(packed.data(), in, group, n, k)) * x_k;
                    const q4::Levels l = q4::levels(packed.data(), in, group, n, k);
                    magnitude[t * out + n] += (15 * std::abs(double(l.d)) + std::abs(double(l.m))) * std::abs(x_k);
                }
        std::vector<float> first;
        for (const Level& level : levels()) {
            if (!level.available) {
                qInfo("%s: not on this CPU", level.name);
                continue;
            }
            std::vector<float> y(static_cast<size_t>(rows) * ld, -1.0f);
            level.run({packed.data(), in, group, out, xq.data(), sums.data(), sx.data(), rows, y.data(), ld});
            double worst = 0;
            for (int t = 0; t < rows; ++t) {
                for (int n = 0; n < out; ++n) {
                    const double e = std::abs(y[t * ld + n] - exact[t * out + n]) / (magnitude[t * out + n] + 1e-30);
                    worst = std::max(worst, e);
                }
                for (int n = out; n < ld; ++n)
                    QCOMPARE(y[t * ld + n], -1.0f); // nothing beyond the rows is written
            }
            // Per super-group the integer sums' conversion and two fused multiply-adds, then
            // the row scale; each rounding within 2^-24 of the magnitude.
            QVERIFY2(worst < 6e-8 * (3 * q4::super_groups(in, group) + 2), qPrintable(QString("%1: relative error %2").arg(level.name).arg(worst)));
            // Every level and every row count: the same bits.
            std::vector<float> one(ld, -1.0f);
            level.run({packed.data(), in, group, out, xq.data() + (rows - 1) * in, sums.data() + (rows - 1) * q4::sums_per_row(in, group),
                       sx.data() + rows - 1, 1, one.data(), ld});
            QVERIFY2(std::equal(one.begin(), one.begin() + out, y.begin() + (rows - 1) * ld), level.name);
            if (first.empty())
                first = y;
            QVERIFY2(y == first, level.name);
        }
    }
};

QTEST_APPLESS_MAIN(Q4Test)
#include "tst_q4.moc"

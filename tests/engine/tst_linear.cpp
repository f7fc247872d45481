// Linear's products through oneDNN against exact (double) products, for every weight
// type and the shapes RWKV uses (square, FFN, low-rank, odd widths, and matrices stored
// as several parts): one row (generation) and several rows (prompts) must agree. Also
// the arena the converted weights live in.
#include "dtype.h"
#include "kernels.h"
#include "matmul.h"
#include "s8_rows.h"
#include "weight_arena.h"
#include "linnet/cpu.h"

#include <QFile>
#include <QTest>

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

using namespace linnet;

namespace {

struct Shape {
    int out, in;
};

// This process's resident anonymous memory (Linux), in KB.
long resident_anon_kb()
{
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').first().toLong();
    return 0;
}

std::vector<float> random_values(size_t n, uint32_t seed, float scale)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, scale);
    std::vector<float> v(n);
    for (float& x : v)
        x = normal(rng);
    return v;
}

} // namespace

class LinearTest : public QObject {
    Q_OBJECT

private slots:
    void one_row_and_many_rows_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("in");
        const Shape shapes[] = {{64, 64}, {256, 64}, {64, 256}, {96, 2048}, {2048, 96}, {768, 768}, {32, 64},
                                {160, 2048}, {2048, 160}, {8192, 2048}, {200, 72},
                                {16384, 512}}; // 8192×2048 and 16384×512 are stored as several parts
        const char* names[] = {"f32", "bf16", "s8", "q4"};
        for (int t = 0; t < 4; ++t)
            for (const Shape& s : shapes)
                QTest::addRow("%s %dx%d", names[t], s.out, s.in) << t << s.out << s.in;
    }
    void one_row_and_many_rows()
    {
        QFETCH(int, type);
        QFETCH(int, out);
        QFETCH(int, in);
        MatmulRuntime runtime(4, 2);
        const auto weights = random_values(static_cast<size_t>(out) * in, 1, 1.0f / std::sqrt(float(in)));
        Linear linear(runtime, static_cast<WeightType>(type), out, in);
        linear.load([&](int first, int count, float* rows) {
            std::copy_n(weights.begin() + static_cast<size_t>(first) * in, static_cast<size_t>(count) * in, rows);
        });
        // The same row alone (the one-row primitive) and twice (the two-row one).
        auto x = random_values(in, 2, 1.0f);
        std::vector<float> two(2 * static_cast<size_t>(in)), y_two(2 * static_cast<size_t>(out)), y_one(out);
        std::copy(x.begin(), x.end(), two.begin());
        std::copy(x.begin(), x.end(), two.begin() + in);
        linear.apply(two.data(), 2, y_two.data());
        linear.apply(x.data(), 1, y_one.data());
        double worst = 0, exact_worst = 0;
        for (int n = 0; n < out; ++n) {
            double exact = 0;
            for (int k = 0; k < in; ++k)
                exact += double(weights[static_cast<size_t>(n) * in + k]) * x[k];
            worst = std::max({worst, std::abs(double(y_one[n]) - y_two[n]), std::abs(double(y_two[n]) - y_two[out + n])});
            exact_worst = std::max({exact_worst, std::abs(double(y_one[n]) - exact), std::abs(double(y_two[n]) - exact)});
        }
        // Same inputs and weights: only the order of the float additions differs (int8 and
        // 4-bit sums are exact integers: the same bits).
        QVERIFY2(type >= 2 ? worst == 0 : worst < 1e-4, qPrintable(QString("one row vs two rows: max diff %1").arg(worst)));

        // On one thread and on two (the automatic thread count switches between them while
        // generating): every part runs on a one-thread primitive, so the same primitives
        // and bit for bit the same results.
        const int threads = omp_get_max_threads();
        const size_t primitives = runtime.primitive_count();
        std::vector<float> y_other(out), y_two_other(2 * static_cast<size_t>(out));
        omp_set_num_threads(threads == 1 ? 2 : 1);
        linear.apply(x.data(), 1, y_other.data());
        linear.apply(two.data(), 2, y_two_other.data());
        omp_set_num_threads(threads);
        QCOMPARE(runtime.primitive_count(), primitives);
        QVERIFY(y_other == y_one);
        QVERIFY(y_two_other == y_two);
        // And both are the precision's approximation of the exact product.
        // (4 bits: 16 levels per group, ~0.12 of a value's spread per weight; tst_q4
        // checks the 4-bit products exactly against their dequantised weights.)
        const double allowed = type == 0 ? 1e-4 : type == 1 ? 0.05 : type == 2 ? 0.1 : 0.8;
        QVERIFY2(exact_worst < allowed, qPrintable(QString("max diff to exact %1").arg(exact_worst)));
    }

    // Independent products share one parallel region (the threads share out the
    // matrices' parts): the same bits as one product at a time, for one and for two rows,
    // on one and on two threads, with an empty Linear skipped.
    void products_together_equal_products_alone()
    {
        const int threads_before = omp_get_max_threads();
        MatmulRuntime runtime(4, 2);
        const Shape shapes[] = {{1024, 512}, {96, 512}, {2048, 96}};
        std::vector<Linear> linears;
        for (int i = 0; i < 3; ++i) {
            const auto [out, in] = shapes[i];
            const auto weights = random_values(static_cast<size_t>(out) * in, 10 + i, 1.0f / std::sqrt(float(in)));
            linears.emplace_back(runtime, static_cast<WeightType>(2 - i), out, in); // s8, bf16, f32
            linears.back().load([&](int first, int count, float* rows) {
                std::copy_n(weights.begin() + static_cast<size_t>(first) * in, static_cast<size_t>(count) * in, rows);
            });
        }
        const Linear empty;
        std::vector<std::vector<float>> x, alone(3), together(3);
        for (int i = 0; i < 3; ++i)
            x.push_back(random_values(2 * static_cast<size_t>(shapes[i].in), 20 + i, 1.0f));
        for (int rows : {1, 2}) {
            for (int threads : {1, 2}) {
                omp_set_num_threads(threads);
                for (int i = 0; i < 3; ++i) {
                    alone[i].assign(rows * static_cast<size_t>(shapes[i].out), 0.0f);
                    together[i].assign(alone[i].size(), -1.0f);
                    linears[i].apply(x[i].data(), rows, alone[i].data());
                }
                float untouched = 7.0f;
                Linear::apply_together({{linears[0], x[0].data(), together[0].data()},
                                        {empty, x[0].data(), &untouched},
                                        {linears[1], x[1].data(), together[1].data()},
                                        {linears[2], x[2].data(), together[2].data()}},
                                       rows);
                for (int i = 0; i < 3; ++i)
                    QVERIFY2(together[i] == alone[i], qPrintable(QString("product %1, %2 rows, %3 threads").arg(i).arg(rows).arg(threads)));
                QCOMPARE(untouched, 7.0f);
            }
        }
        omp_set_num_threads(threads_before);
    }

    // bf16 weights read as stored (a bf16 checkpoint) instead of through fp32: the same
    // bits, for a matrix of one part and one of several, every stored row handed back once.
    void bf16_rows_as_stored_equal_rows_through_fp32_data()
    {
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("in");
        QTest::newRow("one part") << 96 << 2048;
        QTest::newRow("several parts") << 8192 << 2048;
    }
    void bf16_rows_as_stored_equal_rows_through_fp32()
    {
        QFETCH(int, out);
        QFETCH(int, in);
        if (cpu_level() < CpuLevel::Avx512)
            QSKIP("below AVX-512, bf16 weights are kept in fp32 (oneDNN has no bf16 products there)");
        MatmulRuntime runtime(4, 2);
        const size_t n = static_cast<size_t>(out) * in;
        const auto values = random_values(n, 3, 1.0f / std::sqrt(float(in)));
        std::vector<uint16_t> stored(n);
        kernels::to_bf16(values.data(), stored.data(), n);
        std::vector<float> widened(n);
        std::transform(stored.begin(), stored.end(), widened.begin(), bf16_to_f32);
        const Linear::RowReader read = [&](int first, int count, float* rows) {
            std::copy_n(widened.begin() + static_cast<size_t>(first) * in, static_cast<size_t>(count) * in, rows);
        };
        Linear through_fp32(runtime, WeightType::BF16, out, in), as_stored(runtime, WeightType::BF16, out, in);
        through_fp32.load(read);
        std::vector<int> handed_back(out, 0);
        const Linear::Bf16Rows rows{stored.data(), [&](int first, int count) {
                                        for (int r = first; r < first + count; ++r)
                                            ++handed_back[r];
                                    }};
        as_stored.load([](int, int, float*) { QFAIL("read through fp32"); }, &rows);
        QVERIFY(std::all_of(handed_back.begin(), handed_back.end(), [](int c) { return c == 1; }));
        const auto x = random_values(2 * static_cast<size_t>(in), 4, 1.0f);
        std::vector<float> a(2 * static_cast<size_t>(out)), b(a.size());
        through_fp32.apply(x.data(), 2, a.data());
        as_stored.apply(x.data(), 2, b.data());
        QVERIFY(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0);
    }

    // The one-row int8 kernels (s8_rows.h) at every level this CPU has: each output is
    // the exact integer sum times its column scale times the row scale, extremes
    // (±127 in both operands) and inputs past the last full step of 32 included.
    void s8_one_row_kernels_are_exact()
    {
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> value(-127, 127);
        for (const int k : {32, 64, 72, 96, 2048, 2049}) {
            const int n = 37;
            std::vector<int8_t> w(static_cast<size_t>(n) * k), x(k);
            for (auto& v : w)
                v = static_cast<int8_t>(value(rng));
            for (auto& v : x)
                v = static_cast<int8_t>(value(rng));
            std::fill_n(w.begin(), k, int8_t(127)); // row 0: every pair at its largest
            std::fill_n(x.begin(), std::min(k, 64), int8_t(-127));
            std::vector<float> scales(n);
            for (int i = 0; i < n; ++i)
                scales[i] = 0.001f * (i + 1);
            std::vector<float> expected(n), generic(n, -1), avx2(n, -1);
            for (int i = 0; i < n; ++i) {
                int64_t sum = 0;
                for (int j = 0; j < k; ++j)
                    sum += int64_t(w[static_cast<size_t>(i) * k + j]) * x[j];
                expected[i] = static_cast<float>(sum) * scales[i] * 0.5f;
            }
            s8::run_generic({w.data(), k, n, x.data(), scales.data(), 0.5f, generic.data()});
            QVERIFY2(generic == expected, qPrintable(QString("generic, k = %1").arg(k)));
            if (cpu_best_level() >= CpuLevel::Avx2) {
                s8::run_avx2({w.data(), k, n, x.data(), scales.data(), 0.5f, avx2.data()});
                QVERIFY2(avx2 == expected, qPrintable(QString("avx2, k = %1").arg(k)));
            }
        }
    }

    // Matrices follow each other in the arena, so no huge page is left half used
    // between two of them (a mapping per large matrix left ~12 MB a layer resident at
    // the 7.2B shape in int8), and touching them makes only their own bytes resident.
    void arena_packs_matrices_back_to_back()
    {
        WeightArena arena;
        const size_t bytes = (size_t(17) << 20) + 4096; // not a multiple of the huge page
        const long before = resident_anon_kb();
        std::vector<char*> blocks;
        for (int i = 0; i < 16; ++i) {
            auto* p = static_cast<char*>(arena.allocate(bytes));
            QCOMPARE(reinterpret_cast<uintptr_t>(p) % 64, uintptr_t(0));
            QCOMPARE(p[0], char(0));
            QCOMPARE(p[bytes - 1], char(0));
            std::memset(p, 1, bytes);
            blocks.push_back(p);
        }
#if !defined(__SANITIZE_ADDRESS__) // there, resident memory includes the sanitizer's shadow
        // Three chunks (64, 128, 256 MB), each with at most one huge page partly used.
        const long grown = resident_anon_kb() - before;
        const long allowed = static_cast<long>(16 * bytes / 1024) + 4 * 2048;
        QVERIFY2(grown <= allowed, qPrintable(QString("resident grew by %1 KB for %2 KB").arg(grown).arg(16 * bytes / 1024)));
#endif
        const auto at = [](const void* p) { return reinterpret_cast<uintptr_t>(p); };
        QCOMPARE(at(blocks[1]), at(blocks[0]) + bytes);
        QCOMPARE(at(blocks[2]), at(blocks[1]) + bytes);
        QCOMPARE(at(arena.allocate(100)), at(blocks[15]) + bytes);
        QCOMPARE(arena.bytes_allocated(), 16 * bytes + 128);
    }
};

QTEST_APPLESS_MAIN(LinearTest)
#include "tst_linear.moc"

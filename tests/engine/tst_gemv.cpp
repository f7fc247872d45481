// The one-row kernels (gemv.h) against oneDNN's own products on the same weights, for
// every weight type and the shapes RWKV uses (square, FFN, low-rank, odd widths).
#include "matmul.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace linnet;

namespace {

struct Shape {
    int out, in;
};

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

class GemvTest : public QObject {
    Q_OBJECT

private slots:
    void matches_onednn_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("in");
        const Shape shapes[] = {{64, 64}, {256, 64}, {64, 256}, {96, 2048}, {2048, 96}, {768, 768}, {32, 64},
                                {160, 2048}, {2048, 160}, {8192, 2048}, {200, 72}};
        const char* names[] = {"f32", "bf16", "s8"};
        for (int t = 0; t < 3; ++t)
            for (const Shape& s : shapes)
                QTest::addRow("%s %dx%d", names[t], s.out, s.in) << t << s.out << s.in;
    }
    void matches_onednn()
    {
        QFETCH(int, type);
        QFETCH(int, out);
        QFETCH(int, in);
        if (!gemv_available())
            QSKIP("this build has no AVX-512 BF16/VNNI kernels");
        MatmulRuntime runtime(4);
        QVERIFY(runtime.own_gemv());
        const auto weights = random_values(static_cast<size_t>(out) * in, 1, 1.0f / std::sqrt(float(in)));
        Linear linear(runtime, static_cast<WeightType>(type), out, in);
        linear.load([&](int first, int count, float* rows) {
            std::copy_n(weights.begin() + static_cast<size_t>(first) * in, static_cast<size_t>(count) * in, rows);
        });
        // Two equal rows go through oneDNN; one row through the kernels.
        auto x = random_values(in, 2, 1.0f);
        std::vector<float> two(2 * static_cast<size_t>(in)), y_onednn(2 * static_cast<size_t>(out)), y_gemv(out);
        std::copy(x.begin(), x.end(), two.begin());
        std::copy(x.begin(), x.end(), two.begin() + in);
        linear.apply(two.data(), 2, y_onednn.data());
        linear.apply(x.data(), 1, y_gemv.data());
        double worst = 0, exact_worst = 0;
        for (int n = 0; n < out; ++n) {
            double exact = 0;
            for (int k = 0; k < in; ++k)
                exact += double(weights[static_cast<size_t>(n) * in + k]) * x[k];
            worst = std::max(worst, std::abs(double(y_gemv[n]) - y_onednn[n]));
            exact_worst = std::max(exact_worst, std::abs(double(y_gemv[n]) - exact));
        }
        // Same inputs and weights: only the order of the float additions differs.
        QVERIFY2(worst < 1e-4, qPrintable(QString("max diff to oneDNN %1").arg(worst)));
        // And both are the precision's approximation of the exact product.
        const double allowed = type == 0 ? 1e-4 : type == 1 ? 0.05 : 0.1;
        QVERIFY2(exact_worst < allowed, qPrintable(QString("max diff to exact %1").arg(exact_worst)));
    }
};

QTEST_APPLESS_MAIN(GemvTest)
#include "tst_gemv.moc"

// The RWKV-7 recurrence (engine/src/wkv.h) against the formula in double precision, for
// a chunk read in one call and token by token: short chunks run on the state as stored,
// long ones on its transpose (64 values at a time for head size 64, 16 for 32, and by
// rows for 24), and both must give the same values.
#include "test_data.h"
#include "wkv.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace linnet;

namespace {

struct Inputs {
    int rows, heads, size;
    std::vector<float> r, w, k, v, kappa, alpha, state;
};

Inputs random_inputs(int rows, int heads, int size, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> any(-1.0f, 1.0f), decay(0.5f, 0.99f), rate(0.0f, 1.0f);
    const size_t n = static_cast<size_t>(rows) * heads * size;
    Inputs in{rows, heads, size, {}, {}, {}, {}, {}, {}, {}};
    for (auto* values : {&in.r, &in.k, &in.v, &in.kappa})
        for (size_t i = 0; i < n; ++i)
            values->push_back(any(rng));
    for (size_t i = 0; i < n; ++i) {
        in.w.push_back(decay(rng));
        in.alpha.push_back(rate(rng));
        in.kappa[i] /= std::sqrt(float(size)); // κ is normalised per head in the model
    }
    for (size_t i = 0; i < static_cast<size_t>(heads) * size * size; ++i)
        in.state.push_back(any(rng));
    return in;
}

// The formula of wkv.h, in double.
std::vector<double> exact(const Inputs& in, std::vector<double>& state)
{
    const size_t c = static_cast<size_t>(in.heads) * in.size, s2 = static_cast<size_t>(in.size) * in.size;
    std::vector<double> y(in.rows * c);
    for (int t = 0; t < in.rows; ++t)
        for (int h = 0; h < in.heads; ++h) {
            double* a = state.data() + h * s2;
            const size_t o = t * c + static_cast<size_t>(h) * in.size;
            for (int i = 0; i < in.size; ++i) {
                double s = 0, acc = 0;
                for (int j = 0; j < in.size; ++j)
                    s -= a[i * in.size + j] * in.kappa[o + j];
                for (int j = 0; j < in.size; ++j) {
                    double& x = a[i * in.size + j];
                    x = x * in.w[o + j] + double(in.v[o + i]) * in.k[o + j] + s * in.kappa[o + j] * in.alpha[o + j];
                    acc += x * in.r[o + j];
                }
                y[o + i] = acc;
            }
        }
    return y;
}

} // namespace

class WkvTest : public QObject {
    Q_OBJECT

private slots:
    void wkv7_matches_the_formula_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("size");
        for (int size : {64, 32, 24}) // 24: not a multiple of 16, always by rows
            for (int rows : {1, 2, 7, 8, 9, 128})
                QTest::addRow("%d rows, head size %d", rows, size) << rows << size;
    }
    void wkv7_matches_the_formula()
    {
        QFETCH(int, rows);
        QFETCH(int, size);
        const int heads = 3;
        const Inputs in = random_inputs(rows, heads, size, 7 * rows + size);
        std::vector<double> state(in.state.begin(), in.state.end());
        const std::vector<double> want = exact(in, state);
        const size_t c = static_cast<size_t>(heads) * size;

        // The whole chunk in one call.
        std::vector<float> chunk_state = in.state, y(rows * c);
        wkv7(rows, heads, size, in.r.data(), in.w.data(), in.k.data(), in.v.data(), in.kappa.data(), in.alpha.data(),
             chunk_state.data(), y.data());
        // One token per call.
        std::vector<float> token_state = in.state, y1(rows * c);
        for (int t = 0; t < rows; ++t) {
            const size_t o = t * c;
            wkv7(1, heads, size, in.r.data() + o, in.w.data() + o, in.k.data() + o, in.v.data() + o,
                 in.kappa.data() + o, in.alpha.data() + o, token_state.data(), y1.data() + o);
        }
        // Values are O(1..10): float sums of 64 products stay within a few ulps of 10.
        const std::vector<float> want_y(want.begin(), want.end()), want_state(state.begin(), state.end());
        auto close = [](const std::vector<float>& got, const std::vector<float>& expected) {
            const double diff = test::max_abs_diff(got, expected);
            QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
        };
        close(y, want_y);
        close(chunk_state, want_state);
        close(y1, want_y);
        close(token_state, want_state);
    }
};

QTEST_APPLESS_MAIN(WkvTest)
#include "tst_wkv.moc"

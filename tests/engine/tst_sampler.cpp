// The sampler: each option produces the distribution ChatRWKV's pipeline defines,
// and a seed makes every run reproducible.
#include "linnet/error.h"
#include "linnet/sampler.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace linnet;

namespace {

// logits whose softmax is exactly `p` (p > 0)
std::vector<float> logits_for(const std::vector<double>& p)
{
    std::vector<float> z;
    for (double x : p)
        z.push_back(static_cast<float>(std::log(x)));
    return z;
}

std::vector<double> histogram(Sampler& s, std::span<const float> logits, int draws)
{
    std::vector<double> h(logits.size(), 0.0);
    for (int i = 0; i < draws; ++i)
        h[s.sample(logits)] += 1.0 / draws;
    return h;
}

void expect_distribution(const std::vector<float>& got, const std::vector<double>& want)
{
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i)
        QVERIFY2(std::abs(got[i] - want[i]) < 1e-6,
                 qPrintable(QString("p[%1] = %2, expected %3").arg(i).arg(got[i]).arg(want[i])));
}

} // namespace

class SamplerTest : public QObject {
    Q_OBJECT

private slots:
    void greedy_takes_lowest_id_on_ties()
    {
        Sampler s({.temperature = 0});
        const std::vector<float> z = {0.5f, 2.0f, -1.0f, 2.0f};
        QCOMPARE(s.sample(z), 1);
        expect_distribution(s.distribution(z), {0, 1, 0, 0});
    }

    void plain_softmax()
    {
        Sampler s({});
        expect_distribution(s.distribution(logits_for({0.1, 0.2, 0.3, 0.4})), {0.1, 0.2, 0.3, 0.4});
    }

    void temperature_on_probabilities()
    {
        Sampler s({.temperature = 0.5f});
        // p^(1/T), renormalised: 0.1², 0.2², 0.3², 0.4² over their sum 0.3
        expect_distribution(s.distribution(logits_for({0.1, 0.2, 0.3, 0.4})), {0.01 / 0.3, 0.04 / 0.3, 0.09 / 0.3, 0.16 / 0.3});
    }

    void top_p_keeps_the_smallest_prefix_reaching_p()
    {
        Sampler s({.top_p = 0.6f});
        // sorted 0.4, 0.3 (cumulative 0.7 ≥ 0.6): cutoff 0.3
        expect_distribution(s.distribution(logits_for({0.1, 0.2, 0.3, 0.4})), {0, 0, 0.3 / 0.7, 0.4 / 0.7});
    }

    void top_p_x_also_keeps_likely_tokens()
    {
        Sampler s({.top_p = 0.4f, .top_p_x = 0.25f});
        // top-p alone keeps 0.4; top-p-x keeps 0.3 too (0.3 > 0.25), not 0.2
        expect_distribution(s.distribution(logits_for({0.1, 0.2, 0.3, 0.4})), {0, 0, 0.3 / 0.7, 0.4 / 0.7});
    }

    void top_k()
    {
        Sampler s({.top_k = 2});
        expect_distribution(s.distribution(logits_for({0.1, 0.2, 0.3, 0.4})), {0, 0, 0.3 / 0.7, 0.4 / 0.7});
        Sampler ties({.top_k = 1});
        expect_distribution(ties.distribution(logits_for({0.25, 0.25, 0.25, 0.25})), {1, 0, 0, 0});
    }

    void top_a()
    {
        Sampler s({.top_a = 0.5f});
        // limit = 0.5 · 0.6² = 0.18: drops 0.1 and 0.05... keeps 0.6 and 0.25
        expect_distribution(s.distribution(logits_for({0.6, 0.25, 0.1, 0.05})), {0.6 / 0.85, 0.25 / 0.85, 0, 0});
    }

    void banned_tokens()
    {
        Sampler s({.banned = {3}});
        expect_distribution(s.distribution(logits_for({0.1, 0.2, 0.3, 0.4})), {0.1 / 0.6, 0.2 / 0.6, 0.3 / 0.6, 0});
    }

    void presence_and_frequency_penalties_with_decay()
    {
        Sampler s({.presence_penalty = 0.5f, .frequency_penalty = 0.25f, .penalty_decay = 0.5f});
        const auto z = logits_for({0.25, 0.25, 0.25, 0.25});
        s.accept(1);
        s.accept(1); // occurrences: token 1 → 1·0.5 + 1 = 1.5
        s.accept(2); // then token 1 → 0.75, token 2 → 1
        const double w1 = std::exp(-(0.5 + 0.75 * 0.25)), w2 = std::exp(-(0.5 + 1.0 * 0.25));
        const double sum = 2 + w1 + w2;
        expect_distribution(s.distribution(z), {1 / sum, w1 / sum, w2 / sum, 1 / sum});
    }

    void draws_follow_the_distribution_and_the_seed()
    {
        const auto z = logits_for({0.1, 0.2, 0.3, 0.4});
        Sampler a({.seed = 42}), b({.seed = 42}), c({.seed = 43});
        std::vector<int> ra, rb, rc;
        for (int i = 0; i < 200; ++i) {
            ra.push_back(a.sample(z));
            rb.push_back(b.sample(z));
            rc.push_back(c.sample(z));
        }
        QCOMPARE(ra, rb);
        QVERIFY(ra != rc);
        Sampler d({.seed = 1});
        const auto h = histogram(d, z, 40000);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(std::abs(h[i] - 0.1 * (i + 1)) < 0.01, qPrintable(QString("token %1: %2").arg(i).arg(h[i])));
    }

    void invalid_settings_are_refused()
    {
        for (SamplingParams p : {SamplingParams{.temperature = -1}, SamplingParams{.top_p = 0},
                                 SamplingParams{.top_p = 1.5f}, SamplingParams{.top_k = -2},
                                 SamplingParams{.penalty_decay = 0}, SamplingParams{.temperature = NAN}}) {
            QVERIFY(!p.validate().empty());
            QVERIFY_THROWS_EXCEPTION(Error, Sampler{p});
        }
    }

    void large_vocabulary()
    {
        // 65536 tokens, one dominant: top-p 0.5 keeps exactly it.
        std::vector<float> z(65536, 0.0f);
        z[777] = 20.0f;
        Sampler s({.top_p = 0.5f, .seed = 3});
        for (int i = 0; i < 10; ++i)
            QCOMPARE(s.sample(z), 777);
    }
};

QTEST_APPLESS_MAIN(SamplerTest)
#include "tst_sampler.moc"

// One case of the reference vectors (../shared/vectors/*.json), checked against a model
// in one mode: logits after each of the first tokens, the last logits and their argmax,
// the state's sums and the 32-token greedy continuation. Shared by the tests of the
// .bin files and of the official checkpoints.
#pragma once

#include "linnet/model.h"
#include "linnet/sampler.h"
#include "test_data.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <span>
#include <vector>

namespace linnet::test {

inline constexpr double kLogitTolerance = 1e-4;

inline std::vector<float> run(Model& model, State& state, std::span<const int32_t> tokens, Mode mode)
{
    std::vector<float> logits(model.info().n_vocab);
    model.feed(tokens, state, logits, {.mode = mode});
    return logits;
}

// Checks logits_first, logits_last, argmax, state sums and the greedy continuation of
// one vector entry, starting from `start` (fresh copies for every check). In RNN mode
// the first tokens go one at a time; in sequence mode each prefix at once.
inline void check_reference_case(Model& model, const State& start, std::span<const int32_t> prompt, const QJsonObject& expected, Mode mode)
{
    const QJsonArray first = expected["logits_first"].toArray();
    State incremental = start;
    for (int i = 0; i < first.size(); ++i) {
        std::vector<float> logits;
        if (mode == Mode::Rnn) {
            logits = run(model, incremental, prompt.subspan(i, 1), mode);
        } else {
            State fresh = start;
            logits = run(model, fresh, prompt.first(i + 1), mode);
        }
        const double diff = max_abs_diff(logits, floats(first[i].toArray()));
        QVERIFY2(diff <= kLogitTolerance, qPrintable(QString("token %1: max diff %2").arg(i).arg(diff)));
    }
    State state = start;
    auto logits = run(model, state, prompt, mode);
    const double diff = max_abs_diff(logits, floats(expected["logits_last"].toArray()));
    QVERIFY2(diff <= kLogitTolerance, qPrintable(QString("last logits: max diff %1").arg(diff)));
    QCOMPARE(argmax(logits), expected["argmax_last"].toInt());
    if (expected.contains("state_abs_sum")) {
        double sum = 0, abs_sum = 0;
        for (float x : state.values()) {
            sum += x;
            abs_sum += std::abs(x);
        }
        const double want = expected["state_abs_sum"].toDouble();
        QVERIFY2(std::abs(abs_sum - want) <= 1e-4 * std::abs(want), qPrintable(QString("state |sum| %1, expected %2").arg(abs_sum).arg(want)));
        const double want_sum = expected["state_sum"].toDouble();
        QVERIFY2(std::abs(sum - want_sum) <= 1e-3 * std::max(1.0, std::abs(want_sum)),
                 qPrintable(QString("state sum %1, expected %2").arg(sum).arg(want_sum)));
    }
    std::vector<int32_t> greedy;
    for (int i = 0; i < 32; ++i) {
        const int32_t token = argmax(logits);
        greedy.push_back(token);
        logits = run(model, state, std::span(&token, 1), Mode::Rnn);
    }
    QCOMPARE(greedy, ints(expected["greedy_tokens"].toArray()));
}

} // namespace linnet::test

// Benchmark (not a test): saving and restoring one conversation state through SQLite,
// for the RWKV-7 1.5B shape (24 layers × 2048 channels × (2 + 64): 13 MB, plus the
// 65536 logits a before-reply state carries). As in the inference worker, the log is
// checkpointed after each save, apart (reported as "checkpoint").
//
//   build/tests/bench/bench_state_store [--rounds N] [--dir DIR]
#include "bench_shape.h"
#include "conversation_store.h"
#include "database.h"
#include "state_store.h"
#include "stored_state.h"

#include "linnet/state.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace linnet::app;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"rounds", "Repetitions (best and median are reported).", "n", "10"});
    parser.addOption({"dir", "Folder for the database (default: a temporary one).", "dir"});
    parser.process(app);
    const int rounds = std::max(1, parser.value("rounds").toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet("dir") ? parser.value("dir") : temporary.path();

    const linnet::ModelInfo info = rwkv7_1p5b_shape();
    linnet::State state = linnet::State::initial(info);
    std::mt19937 rng(1);
    std::normal_distribution<float> normal;
    for (float& v : state.values())
        v = normal(rng);
    std::vector<float> logits(info.n_vocab);
    for (float& v : logits)
        v = normal(rng);
    state.set_logits(logits);

    Database db(dir + "/bench.db", Checkpoints::WhenAsked);
    ConversationStore conversations(db);
    StateStore states(db);
    const qint64 c = conversations.create("bench");
    const qint64 m = conversations.addMessage(c, 0, "user", "hello");

    std::vector<double> save_ms, restore_ms, checkpoint_ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        db.transaction([&] { states.save(c, m, StateKind::BeforeReply, state, 1000 + i); });
        save_ms.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        const auto back = states.find(m, StateKind::BeforeReply, info.fingerprint);
        restore_ms.push_back(t.nsecsElapsed() / 1e6);
        if (!back || !(back->state == state)) {
            std::fprintf(stderr, "restored state differs\n");
            return 1;
        }
        t.restart();
        db.checkpoint();
        checkpoint_ms.push_back(t.nsecsElapsed() / 1e6);
    }
    auto report = [](const char* what, std::vector<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("%-10s best %.1f ms, median %.1f ms, worst %.1f ms\n", what, v.front(), v[v.size() / 2], v.back());
    };
    std::printf("state of %.1f MB (%zu floats + %zu logits)\n", state.serialized_size() / 1048576.0, state.values().size(),
                state.logits().size());
    report("save", save_ms);
    report("restore", restore_ms);
    report("checkpoint", checkpoint_ms);
    return 0;
}

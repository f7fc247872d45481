// Benchmark (not a test): how soon a chat is ready to read the user's message, with the
// RWKV-7 1.5B state shape (24 layers × 2048 channels: 12.4 MB of state), on a data
// folder on disk:
//   start point  a new chat from a starting point: the conversation is made and the
//                starting point's saved state is found and decoded (what ChatSession
//                does before feeding the user's turn);
//   switch       ‹ › to another version: the head moves to that branch and its saved
//                state (after its last reply) is found and decoded.
// The weights play no part in either (nothing is read), so no model file is needed.
//
//   build/tests/bench/bench_branching [--rounds N] [--dir DIR]
#include "bench_shape.h"
#include "branching.h"
#include "conversation_store.h"
#include "database.h"
#include "start_point_state.h"
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

namespace {

linnet::State random_state(const linnet::ModelInfo& info, unsigned seed)
{
    linnet::State state = linnet::State::initial(info);
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    for (float& v : state.values())
        v = normal(rng);
    return state;
}

void report(const char* what, std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    std::printf("%-12s best %.1f ms, median %.1f ms, worst %.1f ms\n", what, v.front(), v[v.size() / 2], v.back());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"rounds", "Repetitions (best, median and worst are reported).", "n", "20"});
    parser.addOption({"dir", "Folder for the database (default: a temporary one).", "dir"});
    parser.process(app);
    const int rounds = std::max(1, parser.value("rounds").toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet("dir") ? parser.value("dir") : temporary.path();

    const linnet::ModelInfo info = rwkv7_1p5b_shape();
    const std::string key = info.fingerprint;

    Database db(dir + "/bench.db", Checkpoints::WhenAsked);
    ConversationStore conversations(db);
    StateStore states(db);
    StartPoints starts(db);
    const qint64 start = starts.add("bench", "System: a long prompt\n\n", "text");
    starts.saveState(start, random_state(info, 1), 3000);

    // One chat with two versions of its second reply, each with its state saved.
    const qint64 chat = conversations.create("bench");
    const qint64 u1 = conversations.addMessage(chat, 0, "user", "one");
    const qint64 r1 = conversations.addMessage(chat, u1, "assistant", "first");
    const qint64 u2 = conversations.addMessage(chat, r1, "user", "two");
    const qint64 a = conversations.addMessage(chat, u2, "assistant", "version 1");
    const qint64 b = conversations.addMessage(chat, u2, "assistant", "version 2");
    states.save(chat, a, StateKind::AfterReply, random_state(info, 2), 100, key);
    states.save(chat, b, StateKind::AfterReply, random_state(info, 3), 100, key);
    db.checkpoint();

    std::vector<double> start_ms, switch_ms;
    Branching branching(db);
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 c = conversations.create();
        conversations.setStartPoint(c, start);
        const auto sp = starts.find(conversations.get(c).start_point_id);
        const auto ready = starts.state(sp->id, key);
        start_ms.push_back(t.nsecsElapsed() / 1e6);
        if (!ready || ready->state.values().size() != size_t(info.state_floats()))
            return std::fprintf(stderr, "no starting point state\n"), 1;

        t.restart();
        const qint64 head = branching.switchTo(i % 2 ? a : b);
        const auto restored = states.find(head, StateKind::AfterReply, key);
        switch_ms.push_back(t.nsecsElapsed() / 1e6);
        if (!restored)
            return std::fprintf(stderr, "no saved state after the switch\n"), 1;
        conversations.remove(c);
    }
    std::printf("RWKV-7 1.5B state: %.1f MB\n", random_state(info, 1).serialized_size() / 1048576.0);
    report("start point", start_ms);
    report("switch", switch_ms);
    return 0;
}

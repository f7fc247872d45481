// The automatic thread count against made-up token times: a quiet machine (more threads
// faster), one where other programs keep cores busy (fewer threads faster), the change
// between the two, the memory-bandwidth swings of a shared host, and 8 cores.
#include "thread_governor.h"

#include <QTest>

#include <functional>

using namespace linnet;

namespace {

// Runs `tokens` tokens whose time depends on the thread count (and the token index);
// returns how many ran on each thread count.
std::map<int, int> run(ThreadGovernor& g, int tokens, const std::function<double(int threads, int token)>& ms,
                       int first = 0)
{
    std::map<int, int> used;
    for (int i = first; i < first + tokens; ++i) {
        const int n = g.threads();
        ++used[n];
        g.record(ms(n, i));
    }
    return used;
}

double quiet(int threads, int) { return threads == 2 ? 3.0 : 4.7; }
double busy(int threads, int) { return threads == 2 ? 18.0 : 5.0; }

} // namespace

class ThreadGovernorTest : public QObject {
    Q_OBJECT

private slots:
    void quiet_machine_keeps_every_thread()
    {
        ThreadGovernor g(2);
        QCOMPARE(g.threads(), 2);
        auto used = run(g, 4000, quiet);
        QCOMPARE(g.threads(), 2);
        // Trials of 1 thread back off: 4 tokens after 3, then 64, 128, … then every 1024 tokens.
        QVERIFY2(used[1] <= 4 * 8, qPrintable(QString::number(used[1])));
        QVERIFY(used[1] > 0); // it does keep looking
    }

    void busy_from_the_start_is_found_at_once()
    {
        // 3 tokens, the trial (1 + 3 on 1 thread), the check (1 + 3 on 2): then 1 thread.
        ThreadGovernor g(2);
        const int t = ThreadGovernor::kTrialTokens;
        auto used = run(g, 3 * t + 2, busy);
        QCOMPARE(g.threads(), 1);
        QCOMPARE(used[2], 2 * t + 1);
        QCOMPARE(used[1], t + 1);
    }

    // The host takes a core away for a few tokens: 2 threads slow down 6× (which starts a
    // trial) and are fast again by the time the trial is over, so nothing changes.
    void a_moments_load_changes_nothing()
    {
        ThreadGovernor g(2);
        run(g, 3000, quiet);
        int token = 0;
        auto used = run(g, 40, [&](int n, int) { return ++token <= 6 ? busy(n, 0) : quiet(n, 0); });
        QCOMPARE(g.threads(), 2);
        QVERIFY(used[1] <= ThreadGovernor::kTrialTokens + 1);
    }

    void busy_cores_move_to_fewer_threads_and_back()
    {
        ThreadGovernor g(2);
        run(g, 3000, quiet); // long quiet: trials are now 1024 tokens apart
        QCOMPARE(g.threads(), 2);
        // A program starts: tokens slow down 6×, which starts a trial at once.
        auto used = run(g, 20, busy);
        QCOMPARE(g.threads(), 1);
        // 3 slow tokens, the trial, then 1 + 3 checking that 2 threads are still slow.
        QVERIFY2(used[2] <= 2 * ThreadGovernor::kTrialTokens + 1, qPrintable(QString::number(used[2])));
        used = run(g, 2000, busy);
        QCOMPARE(g.threads(), 1);
        QVERIFY(used[2] <= 4 * 8);
        // It ends: 1 thread is no faster than before, so only the next periodic trial (at
        // most kMaxInterval tokens away) finds 2.
        used = run(g, ThreadGovernor::kMaxInterval + 2 * ThreadGovernor::kTrialTokens, quiet);
        QCOMPARE(g.threads(), 2);
    }

    // The host's memory bandwidth halves for a while: every count slows alike, so a trial
    // runs (the slowdown looks like a busy core) but nothing changes.
    void bandwidth_swings_change_nothing()
    {
        ThreadGovernor g(2);
        run(g, 500, quiet);
        auto used = run(g, 500, [](int n, int i) { return quiet(n, i) * ((i / 100) % 2 ? 1.8 : 1.0); });
        QCOMPARE(g.threads(), 2);
        QVERIFY2(used[1] <= 4 * 6, qPrintable(QString::number(used[1])));
    }

    void eight_cores_find_the_fastest_count()
    {
        // Three cores busy: 4 threads is best (8 fight for cores; 2 and 1 are too few).
        auto ms = [](int n, int) { return n == 8 ? 40.0 : n == 4 ? 6.0 : n == 2 ? 9.0 : 16.0; };
        ThreadGovernor g(8);
        QCOMPARE(g.threads(), 8);
        run(g, 200, ms);
        QCOMPARE(g.threads(), 4);
        auto used = run(g, 3000, ms);
        QCOMPARE(g.threads(), 4);
        QVERIFY(used[4] > 2900);
    }

    void one_thread_is_one_thread()
    {
        ThreadGovernor g(1);
        auto used = run(g, 100, busy);
        QCOMPARE(used[1], 100);
    }
};

QTEST_APPLESS_MAIN(ThreadGovernorTest)
#include "tst_thread_governor.moc"

// The inference worker on its own thread: queued calls, queued results, Stop within
// one token, cancelled prompt reading, clear errors.
#include "chat_fixture.h"
#include "conversation_store.h"
#include "inference_worker.h"
#include "state_store.h"
#include "stored_state.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace linnet;
using namespace linnet::app;

namespace {

template <class... Args>
void invoke(InferenceWorker* w, void (InferenceWorker::*slot)(Args...), std::remove_cvref_t<Args>... args)
{
    QMetaObject::invokeMethod(w, [=] { (w->*slot)(args...); }, Qt::QueuedConnection);
}

} // namespace

class InferenceWorkerTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString dbPath() const { return DataLocation(dir_.path()).databasePath(); }

    // Loads the tiny RWKV-7 on one thread; true once it is loaded.
    static bool loadTinyModel(InferenceWorker* w)
    {
        QSignalSpy loaded(w, &InferenceWorker::modelLoaded);
        invoke(w, &InferenceWorker::loadModel, test::tiny_model("7v0-834K-FP32"), EngineSettings{"cpu fp32", 1});
        return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 10000);
    }

private slots:
    void load_failure_is_reported()
    {
        InferenceThread thread(dbPath(), {});
        QSignalSpy failed(thread.worker(), &InferenceWorker::modelFailed);
        QSignalSpy turn_failed(thread.worker(), &InferenceWorker::turnFailed);
        invoke(thread.worker(), &InferenceWorker::loadModel, QString("/no/such/model.bin"), EngineSettings{});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(failed.first().at(1).toString().contains("Cannot open"));
        invoke(thread.worker(), &InferenceWorker::send, qint64(0), QString("hi"), QJsonObject{});
        QTRY_VERIFY_WITH_TIMEOUT(!turn_failed.isEmpty(), 10000);
        QVERIFY(turn_failed.first().at(1).toString().contains("No model"));
    }

    // Until a strategy is chosen, each model runs in its RWKV version's default precision.
    void automatic_strategy_is_the_versions_default()
    {
        InferenceThread thread(dbPath(), {});
        QSignalSpy loaded(thread.worker(), &InferenceWorker::modelLoaded);
        QCOMPARE(EngineSettings{}.strategy, kAutomaticStrategy);
        invoke(thread.worker(), &InferenceWorker::loadModel, test::tiny_model("7v0-834K-FP32"), EngineSettings{});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        QCOMPARE(qvariant_cast<LoadedModel>(loaded.last().at(1)).strategy, QString("cpu bf16i4"));
        invoke(thread.worker(), &InferenceWorker::loadModel, test::tiny_model("4v0-660K-FP32"), EngineSettings{});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2, 10000);
        QCOMPARE(qvariant_cast<LoadedModel>(loaded.last().at(1)).strategy, QString("cpu bf16i8"));
    }

    void reply_streams_on_the_worker_thread()
    {
        InferenceThread thread(dbPath(), {});
        InferenceWorker* w = thread.worker();
        QVERIFY(w->thread() != QThread::currentThread());
        QSignalSpy loaded(w, &InferenceWorker::modelLoaded);
        QSignalSpy progress(w, &InferenceWorker::modelLoadProgress);
        QSignalSpy text(w, &InferenceWorker::replyText);
        QSignalSpy finished(w, &InferenceWorker::turnFinished);
        invoke(w, &InferenceWorker::loadModel, test::tiny_model("7v0-834K-FP32"), EngineSettings{"cpu fp32", 1});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(qvariant_cast<LoadedModel>(loaded.first().at(1)).version, QString("7"));
        // One report per layer of the 12-layer model, rising, before it is ready.
        QCOMPARE(progress.count(), 12);
        QCOMPARE(progress.last().at(1).toDouble(), double(12.0f / 13.0f)); // computed in float
        QVERIFY(progress.first().at(1).toDouble() < progress.last().at(1).toDouble());
        invoke(w, &InferenceWorker::send, qint64(0), QString("Hello"), test::seeded(3, 20));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        const TurnResult r = qvariant_cast<TurnResult>(finished.first().first());
        QString streamed;
        for (const auto& args : text)
            streamed += args.at(1).toString();
        QCOMPARE(streamed, r.reply);
        QCOMPARE(r.reply_tokens, 20);
        QVERIFY(r.state_bytes > 0);
        // The worker checkpoints after the turn (its commits never do): the saved states
        // (2 × ~200 KB) are in the database file itself, not only in the log.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dbPath()).size() > 2 * r.state_bytes, 5000);
    }

    void stop_takes_effect_within_one_token()
    {
        InferenceThread thread(dbPath(), {});
        InferenceWorker* w = thread.worker();
        QVERIFY(loadTinyModel(w));

        // Greedy with penalties runs long; the first streamed piece triggers Stop, called
        // directly from the worker's signal (as a button would, from another thread).
        int pieces_before_stop = -1;
        int pieces = 0;
        QObject::connect(w, &InferenceWorker::replyText, w, [&](qint64, const QString&) {
            ++pieces;
            if (pieces_before_stop < 0) {
                pieces_before_stop = pieces;
                w->requestStop();
            }
        }, Qt::DirectConnection);
        QSignalSpy finished(w, &InferenceWorker::turnFinished);
        invoke(w, &InferenceWorker::send, qint64(0), QString("Tell me a story"),
               QJsonObject{{"temperature", 0}, {"max_tokens", 5000}});
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        const TurnResult r = qvariant_cast<TurnResult>(finished.first().first());
        QCOMPARE(r.finish_reason, FinishReason::Stopped);
        QVERIFY2(pieces - pieces_before_stop <= 1, qPrintable(QString("%1 pieces after Stop").arg(pieces - pieces_before_stop)));
        QVERIFY(r.reply_tokens <= pieces_before_stop + 4); // a piece may hold back a few bytes
        // The partial reply and its state are kept.
        Database db(dbPath());
        ConversationStore store(db);
        const auto reply = store.message(r.assistant_message_id);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->text, r.reply);
        QCOMPARE(reply->stats.finish_reason, QString("stopped"));
        auto model = Model::load(test::tiny_model("7v0-834K-FP32").toStdString(), {.threads = 1});
        QVERIFY(StateStore(db).find(reply->id, StateKind::AfterReply, model->info().fingerprint).has_value());
    }

    void reset_waits_for_the_running_turn()
    {
        InferenceThread thread(dbPath(), {});
        InferenceWorker* w = thread.worker();
        QVERIFY(loadTinyModel(w));
        QSignalSpy finished(w, &InferenceWorker::turnFinished);
        invoke(w, &InferenceWorker::send, qint64(0), QString("Hello"), test::seeded(3, 10));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        const qint64 id = qvariant_cast<TurnResult>(finished.first().first()).conversation_id;

        // A second turn and the reset, queued back to back: the reset runs once the turn is stored.
        QStringList order;
        QObject::connect(w, &InferenceWorker::turnFinished, w, [&] { order << "turn"; }, Qt::DirectConnection);
        QObject::connect(w, &InferenceWorker::conversationReset, w, [&] { order << "reset"; }, Qt::DirectConnection);
        QSignalSpy reset(w, &InferenceWorker::conversationReset);
        invoke(w, &InferenceWorker::send, id, QString("And then?"), test::seeded(4, 10));
        invoke(w, &InferenceWorker::reset, id);
        QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty(), 20000);
        QCOMPARE(reset.first().first().toLongLong(), id);
        QCOMPARE(order, (QStringList{"turn", "reset"}));
        Database db(dbPath());
        QCOMPARE(ConversationStore(db).messageCount(id), 0);
        QCOMPARE(StateStore(db).count(id), 0);

        QSignalSpy failed(w, &InferenceWorker::resetFailed);
        invoke(w, &InferenceWorker::reset, qint64(9999));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(failed.first().at(1).toString().contains("9999"));
    }

    void long_prompt_reading_reports_progress_and_cancels()
    {
        InferenceThread thread(dbPath(), {});
        InferenceWorker* w = thread.worker();
        QVERIFY(loadTinyModel(w));
        qint64 last_done = 0, total = 0;
        int reports = 0;
        QObject::connect(w, &InferenceWorker::promptProgress, w, [&](qint64, qint64 done, qint64 all) {
            last_done = done;
            total = all;
            if (++reports == 3)
                w->requestStop();
        }, Qt::DirectConnection);
        QSignalSpy finished(w, &InferenceWorker::turnFinished);
        const QString paste = QString("A long pasted document line. ").repeated(2000); // 60 kB
        invoke(w, &InferenceWorker::send, qint64(0), paste, QJsonObject{});
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const TurnResult r = qvariant_cast<TurnResult>(finished.first().first());
        QCOMPARE(r.finish_reason, FinishReason::Cancelled);
        QCOMPARE(reports, 3);
        QVERIFY(last_done < total);
        QCOMPARE(r.assistant_message_id, qint64(0));
        // The user's message is kept; it can be answered later.
        Database db(dbPath());
        QVERIFY(ConversationStore(db).message(r.user_message_id).has_value());
    }
};

QTEST_GUILESS_MAIN(InferenceWorkerTest)
#include "tst_inference_worker.moc"

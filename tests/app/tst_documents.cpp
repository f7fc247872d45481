// Documents read into a chat and state files, end to end with the tiny models: a
// document is read once (later questions read only themselves), a cancel or a killed
// process leaves the chat as it was; a state exported and imported into another data
// folder gives the same logits, and every damaged or foreign file is refused without
// writing anything.
#include "chat_fixture.h"
#include "cli_runner.h"
#include "conversation_store.h"
#include "documents.h"
#include "start_point_reader.h"
#include "state_store.h"
#include "stored_state.h"
#include "state_transfer.h"

#include "linnet/tuned_state.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace linnet;
using namespace linnet::app;
using linnet::test::ChatFixture;
using linnet::test::seeded;

namespace {

QString document_text(int bytes)
{
    QString text = "# Field notes\n\n";
    for (int i = 0; text.size() < bytes; ++i)
        text += QString("Day %1: the heron at pond %2 caught %3 fish.\n").arg(i).arg(i % 7).arg(i % 5);
    return text.left(bytes);
}

QString write_text(const QString& path, const QString& text)
{
    test::write_file(path, text.toUtf8());
    return path;
}

// A one-page PDF whose page shows `line` (Helvetica); offsets in its table are exact.
QByteArray tiny_pdf(const QByteArray& line)
{
    const QByteArray content = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

int question_tokens(const QString& text)
{
    return QString("User: %1\n\nAssistant:").arg(text).toUtf8().size();
}

int rows(Database& db, const char* table)
{
    return db.scalar(QString("SELECT COUNT(*) FROM %1").arg(table)).toInt();
}

} // namespace

class DocumentsTest : public QObject {
    Q_OBJECT

private slots:
    void a_document_is_read_once()
    {
        QTemporaryDir dir;
        ChatFixture f(dir.path());
        const DocumentText doc = readDocument(write_text(dir.filePath("notes.md"), document_text(20000)));
        QCOMPARE(doc.name, QString("notes.md"));
        int reports = 0;
        qsizetype last = 0;
        TurnCallbacks callbacks;
        callbacks.reading = [&](qsizetype done, qsizetype total) {
            ++reports;
            QVERIFY(done > last && done <= total);
            last = done;
        };
        const TurnResult read = f.session.attach(0, doc.name, doc.text, {}, callbacks);
        QCOMPARE(read.finish_reason, FinishReason::Read);
        QVERIFY(read.prompt_tokens > 20000);
        QVERIFY2(reports > 1, "the document is read in chunks, with progress");
        const auto stored = ConversationStore(f.db).message(read.user_message_id);
        QCOMPARE(stored->document_name, QString("notes.md"));
        QCOMPARE(stored->stats.prompt_tokens, read.prompt_tokens);

        const TurnResult asked = f.session.send(read.conversation_id, "Which pond?", seeded(2));
        QVERIFY(asked.state_restored);
        QCOMPARE(asked.prompt_tokens, question_tokens("Which pond?"));
        QVERIFY(asked.prompt_tokens < 50);

        // Rebuilt from the stored text (as for another model), the chat answers the same.
        StateStore(f.db).removeAll(read.conversation_id);
        const TurnResult rebuilt = f.session.regenerate(read.conversation_id, seeded(2));
        QVERIFY(!rebuilt.state_restored);
        QCOMPARE(rebuilt.reply, asked.reply);
    }

    void a_cancelled_read_leaves_the_chat_usable()
    {
        QTemporaryDir dir;
        ChatFixture f(dir.path());
        const TurnResult first = f.session.send(0, "Hello", seeded(1));
        std::atomic<bool> stop{false};
        TurnCallbacks callbacks;
        callbacks.stop = &stop;
        callbacks.reading = [&](qsizetype, qsizetype) { stop = true; };
        const TurnResult cancelled = f.session.attach(first.conversation_id, "notes.txt", document_text(20000), {}, callbacks);
        QCOMPARE(cancelled.finish_reason, FinishReason::Cancelled);
        QCOMPARE(ConversationStore(f.db).messageCount(first.conversation_id), 2);
        const TurnResult next = f.session.send(first.conversation_id, "Still there?", seeded(2));
        QVERIFY(next.state_restored);
        QCOMPARE(next.prompt_tokens, question_tokens("Still there?"));
    }

    void a_killed_read_loses_nothing()
    {
        QTemporaryDir dir;
        const QString model = test::tiny_model("7v0-834K-FP32");
        const test::CliRun first = test::run_cli({"chat", "--data-dir", dir.path(), "--model", model, "--threads", "1",
                                                 "--message", "Hello", "--seed", "1", "--quiet"});
        QCOMPARE(first.status, 0);
        const QString id = QString::number(first.json["conversation_id"].toInteger());
        const QString file = write_text(dir.filePath("big.txt"), document_text(400000));
        QProcess reading;
        reading.start(QStringLiteral(LINNET_CLI), {"attach", "--data-dir", dir.path(), "--model", model, "--threads",
                                                   "1", "--conversation", id, file});
        QVERIFY(reading.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return reading.readAllStandardError().contains("reading") ||
                                             reading.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(reading.state(), QProcess::Running); // killed midway, not after the end
        reading.kill(); // SIGKILL
        reading.waitForFinished();
        Database db(DataLocation(dir.path()).databasePath());
        QCOMPARE(ConversationStore(db).messageCount(id.toLongLong()), 2);
        QCOMPARE(StateStore(db).count(id.toLongLong()), 2);
        const test::CliRun next = test::run_cli({"chat", "--data-dir", dir.path(), "--model", model, "--threads", "1",
                                                "--conversation", id, "--message", "Again", "--quiet"});
        QCOMPARE(next.status, 0);
        QVERIFY(next.json["state_restored"].toBool());
    }

    void pdf_and_bad_files()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("letter.pdf");
        test::write_file(pdf, tiny_pdf("Dear reader, the heron is grey."));
        QCOMPARE(readDocument(pdf).text, QString("Dear reader, the heron is grey."));
        test::write_file(dir.filePath("fake.pdf"), "not a pdf at all");
        QVERIFY_THROWS_EXCEPTION(StorageError, readDocument(dir.filePath("fake.pdf")));
        test::write_file(dir.filePath("latin1.txt"), QByteArray("caf\xe9 au lait"));
        QVERIFY_THROWS_EXCEPTION(StorageError, readDocument(dir.filePath("latin1.txt")));
        test::write_file(dir.filePath("latin1.txt"), QByteArray("caf\xe9"));
        QVERIFY_THROWS_EXCEPTION(StorageError, readDocument(dir.filePath("latin1.txt")));
        test::write_file(dir.filePath("empty.txt"), "  \n");
        QVERIFY_THROWS_EXCEPTION(StorageError, readDocument(dir.filePath("empty.txt")));
        QVERIFY_THROWS_EXCEPTION(StorageError, readDocument(dir.filePath("image.png")));
    }

    void an_exported_state_gives_the_same_logits_elsewhere()
    {
        QTemporaryDir here, there;
        const QString file = here.filePath("chat.lnstate");
        std::vector<float> original(1), imported(1);
        {
            ChatFixture f(here.path());
            const TurnResult t = f.session.send(0, "Remember the word heron.", seeded(1));
            writeStateFile(file, chatStateFile(f.db, t.conversation_id));
            const auto saved = StateStore(f.db).find(t.assistant_message_id, StateKind::AfterReply,
                                                     f.engine->info().fingerprint);
            State s = saved->state;
            original.resize(f.engine->info().n_vocab);
            const std::vector<int32_t> next = {'U', 's', 'e', 'r'};
            f.engine->feed(next, s, original);
        }
        ChatFixture g(there.path());
        const StateFile read = readStateFile(file);
        QVERIFY(read.text.contains("Remember the word heron."));
        const qint64 id = importStateFile(g.db, read, "Heron", g.engine->info().fingerprint, "tiny v7");
        auto state = StartPoints(g.db).state(id, g.engine->info().fingerprint);
        QVERIFY(state);
        imported.resize(g.engine->info().n_vocab);
        const std::vector<int32_t> next = {'U', 's', 'e', 'r'};
        g.engine->feed(next, state->state, imported);
        QCOMPARE(test::max_abs_diff(original, imported), 0.0);

        // Refused, and nothing written: another model's file, a cut file, a flipped byte.
        ChatFixture v5(there.path(), "5v2-730K-FP32");
        const int before = rows(v5.db, "start_points");
        try {
            importStateFile(v5.db, read, "Other", v5.engine->info().fingerprint, "tiny v5");
            QFAIL("another model's state was imported");
        } catch (const StorageError& e) {
            QVERIFY2(e.message().contains("tiny-rwkv-7v0-834K-FP32.bin") && e.message().contains("tiny v5"),
                     qPrintable(e.message()));
        }
        const QByteArray bytes = test::read_file(file);
        test::write_file(here.filePath("cut.lnstate"), bytes.left(bytes.size() - 100));
        QByteArray flipped = bytes;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
        test::write_file(here.filePath("flipped.lnstate"), flipped);
        for (const char* bad : {"cut.lnstate", "flipped.lnstate"}) {
            try {
                readStateFile(here.filePath(bad));
                QFAIL("a damaged state file was read");
            } catch (const StorageError& e) {
                QVERIFY2(e.message().contains("not an intact Linnet state file"), qPrintable(e.message()));
            }
        }
        QCOMPARE(rows(v5.db, "start_points"), before);
        QCOMPARE(rows(v5.db, "start_point_states"), 1);
    }

    void command_line_attach_and_state_files()
    {
        QTemporaryDir here, there;
        const QString model = test::tiny_model("7v0-834K-FP32");
        const QString doc = write_text(here.filePath("notes.txt"), document_text(3000));
        const test::CliRun attached = test::run_cli({"attach", "--data-dir", here.path(), "--model", model, "--threads",
                                                    "1", doc});
        QCOMPARE(attached.status, 0);
        QVERIFY(attached.json["document_tokens"].toInt() > 3000);
        QVERIFY(attached.stderr_text.contains("reading 100%"));
        const QString id = QString::number(attached.json["conversation_id"].toInteger());
        const QString file = here.filePath("notes.lnstate");
        const test::CliRun exported = test::run_cli({"state", "export", "--data-dir", here.path(), "--conversation", id,
                                                    "--out", file});
        QCOMPARE(exported.status, 0);
        const test::CliRun imported = test::run_cli({"state", "import", file, "--data-dir", there.path(), "--model",
                                                    model, "--threads", "1", "--name", "Notes"});
        QCOMPARE(imported.status, 0);
        const test::CliRun chat = test::run_cli({"chat", "--data-dir", there.path(), "--model", model, "--threads", "1",
                                                "--start-point", "Notes", "--message", "Which pond?", "--quiet"});
        QCOMPARE(chat.status, 0);
        QCOMPARE(chat.json["prompt_tokens"].toInt(), question_tokens("Which pond?"));
        const test::CliRun foreign = test::run_cli({"state", "import", file, "--data-dir", there.path(), "--model",
                                                   test::tiny_model("4v0-660K-FP32"), "--name", "Foreign"});
        QCOMPARE(foreign.status, 1);
        QVERIFY(foreign.stderr_text.contains("tiny-rwkv-4v0-660K-FP32.bin"));
    }

    // The state-tuning layout carries a chat's WKV matrices exactly (RWKV-5.2, 6 and 7,
    // whose matrices are stored transposed from each other) and nothing else; RWKV-4 has
    // none and is refused without writing a file.
    void a_state_exported_as_pth_loads_back_exactly()
    {
        for (const char* name : {"5v2-730K-FP32", "6v0-3m-Q5_1-dequant-FP32", "7v0-834K-FP32"}) {
            QTemporaryDir dir;
            const QString model = test::tiny_model(name);
            const test::CliRun chat = test::run_cli({"chat", "--data-dir", dir.path(), "--model", model, "--threads", "1",
                                                    "--message", "Tell me about herons", "--max-tokens", "8", "--quiet"});
            QCOMPARE(chat.status, 0);
            const QString id = QString::number(chat.json["conversation_id"].toInteger());
            const QString file = dir.filePath("heron.pth");
            const test::CliRun exported = test::run_cli({"state", "export", "--data-dir", dir.path(), "--conversation",
                                                        id, "--format", "pth", "--out", file});
            QCOMPARE(exported.status, 0);
            QCOMPARE(exported.json["format"].toString(), "pth");

            Database db(DataLocation(dir.path()).databasePath());
            const State saved = chatStateFile(db, id.toLongLong()).state;
            const State loaded = load_tuned_state(file.toStdString(), *Model::load(model.toStdString(), {.threads = 1}));
            const qsizetype per_layer = saved.values().size() / saved.n_layer(), shift = 2 * saved.n_embed();
            for (int layer = 0; layer < saved.n_layer(); ++layer) {
                const auto want = saved.values().subspan(layer * per_layer, per_layer);
                const auto got = loaded.values().subspan(layer * per_layer, per_layer);
                QVERIFY2(std::memcmp(want.data() + shift, got.data() + shift, (per_layer - shift) * sizeof(float)) == 0,
                         name);
                QVERIFY2(std::all_of(got.begin(), got.begin() + shift, [](float v) { return v == 0; }),
                         "the token-shift parts are not carried");
            }
            // The exported file comes back as a state-tuned starting point (the command line's
            // --tuned-state), and a chat starts from it.
            const test::CliRun added = test::run_cli({"start-points", "save", "--data-dir", dir.path(), "--model", model,
                                                     "--threads", "1", "--name", "Heron", "--tuned-state", file});
            QVERIFY2(added.status == 0, qPrintable(added.stderr_text));
            const test::CliRun from = test::run_cli({"chat", "--data-dir", dir.path(), "--model", model, "--threads", "1",
                                                    "--start-point", "Heron", "--message", "Hi", "--max-tokens", "4",
                                                    "--quiet"});
            QVERIFY2(from.status == 0, qPrintable(from.stderr_text));
            QCOMPARE(from.json["prompt_tokens"].toInt(), question_tokens("Hi"));
        }
        QTemporaryDir dir;
        const test::CliRun v4 = test::run_cli({"chat", "--data-dir", dir.path(), "--model",
                                              test::tiny_model("4v0-660K-FP32"), "--threads", "1", "--message", "Hi",
                                              "--max-tokens", "4", "--quiet"});
        QCOMPARE(v4.status, 0);
        const QString file = dir.filePath("v4.pth");
        const test::CliRun refused = test::run_cli({"state", "export", "--data-dir", dir.path(), "--conversation",
                                                   QString::number(v4.json["conversation_id"].toInteger()), "--format",
                                                   "pth", "--out", file});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.stderr_text.contains("RWKV-4 state cannot be saved"), qPrintable(refused.stderr_text));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(DocumentsTest)
#include "tst_documents.moc"

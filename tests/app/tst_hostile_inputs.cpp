// linnet-cli against hostile or unusual inputs, each made by the test: a saved state
// with too many logits (from a file and from the database), a model with an empty
// dimension, a FIFO as a model, /dev/zero as a text file, a token file that is not one,
// conversation ids that are not ids, and a 1 MB message with NUL bytes through
// --message-file (a file and standard input).
#include "chat_fixture.h"
#include "checkpoint_writer.h"
#include "cli_runner.h"
#include "conversation_store.h"
#include "data_location.h"
#include "state_store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace linnet;
using namespace linnet::app;
using namespace linnet::test;

namespace {

QString tiny_path(const char* file)
{
    return shared_path(QString("models/tiny/") + file);
}

// Runs linnet-cli with `input` on its standard input; a run that hangs is killed after
// `timeout_ms` and reported as status -2.
CliRun run_with_input(const QStringList& args, const QByteArray& input = {}, int timeout_ms = 60000)
{
    timeout_ms = scaled_ms(timeout_ms);
    QProcess p;
    p.start(QStringLiteral(LINNET_CLI), args);
    if (!p.waitForStarted())
        qFatal("linnet-cli did not start");
    p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
        r.status = -2;
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.stdout_text = QString::fromUtf8(p.readAllStandardOutput());
    r.stderr_text = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.stdout_text.toUtf8()).object();
    return r;
}

QStringList chat_args(const QString& dir)
{
    return {"chat", "--data-dir", dir, "--model", tiny_model("7v0-834K-FP32"), "--threads", "1", "--max-tokens", "4",
            "--seed", "1", "--quiet"};
}

} // namespace

class HostileInputsTest : public QObject {
    Q_OBJECT

private slots:
    void state_file_with_too_many_logits()
    {
        QTemporaryDir dir;
        const QString model_path = tiny_path("tiny-rwkv-4v0-660K-FP16.bin");
        auto model = Model::load(model_path.toStdString(), {.threads = 1});
        for (int count : {300, 4 << 20}) {
            State state = model->initial_state();
            state.set_logits(std::vector<float>(size_t(count), 0.5f));
            const auto bytes = state.serialize();
            const QString path = dir.filePath("state.bin");
            write_file(path, QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())));
            const CliRun r = run_cli({"logits", "--model", model_path, "--tokens", "", "--state-in", path});
            QCOMPARE(r.status, 1);
            QVERIFY2(r.stderr_text.contains(QString("scores for %1 tokens").arg(count)), qPrintable(r.stderr_text));
        }
    }

    // Regenerate takes a reply's state and logits from the database: a blob with the
    // wrong number of logits is not used (the state is rebuilt instead).
    void database_state_with_too_many_logits()
    {
        QTemporaryDir dir;
        ChatFixture f(dir.path());
        const TurnResult first = f.session.send(0, "Hello there", seeded(5));
        State bad = f.engine->initial_state();
        bad.set_logits(std::vector<float>(size_t(1) << 22, 0.5f));
        StateStore(f.db).save(first.conversation_id, first.user_message_id, StateKind::BeforeReply, bad, 1);
        const TurnResult again = f.session.regenerate(first.conversation_id, seeded(5));
        QVERIFY(!again.state_restored);
        QCOMPARE(again.reply, first.reply); // the rebuilt state is the one the first reply had
    }

    void model_with_an_empty_dimension()
    {
        QTemporaryDir dir;
        auto tensors = read_safetensors(read_file(tiny_path("safetensors/tiny-rwkv-4v0-660K-fp32.safetensors")));
        for (auto& t : tensors)
            if (t.name == "emb.weight") {
                t.shape[1] = 0;
                t.data.clear();
            }
        const QString path = dir.filePath("empty.safetensors");
        write_file(path, write_safetensors(tensors));
        for (const QString& command : {QString("info"), QString("logits")}) {
            QStringList args = {command, "--model", path};
            if (command == "logits")
                args << "--tokens" << "1";
            const CliRun r = run_cli(args);
            QCOMPARE(r.status, 1);
            QVERIFY2(r.stderr_text.contains("at least 1"), qPrintable(r.stderr_text));
        }
    }

    // Opening a FIFO waits for a writer that never comes.
    void fifo_as_a_model_is_refused_at_once()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("model.bin");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        const CliRun r = run_with_input({"info", "--model", fifo}, {}, 20000);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.stderr_text.contains("not a regular file"), qPrintable(r.stderr_text));
    }

    void endless_text_file_is_refused()
    {
        const CliRun r = run_with_input({"perplexity", "--model", tiny_path("tiny-rwkv-4v0-660K-FP16.bin"), "--text-file",
                                         "/dev/zero"},
                                        {}, 60000);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.stderr_text.contains("larger than"), qPrintable(r.stderr_text));
    }

    void token_file_contents_are_not_printed_back()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("secret.txt");
        write_file(path, "1,2,my password is hunter2 and more private text\n");
        const CliRun r = run_cli({"perplexity", "--model", tiny_path("tiny-rwkv-4v0-660K-FP16.bin"), "--tokens-file", path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.stderr_text.contains("Entry 3"), qPrintable(r.stderr_text));
        QVERIFY2(!r.stderr_text.contains("private text"), qPrintable(r.stderr_text));
    }

    void conversation_ids_must_be_ids()
    {
        QTemporaryDir dir;
        for (const QString& id : {QString("abc"), QString("-5"), QString("0"), QString("")}) {
            const CliRun r = run_cli(chat_args(dir.path()) << "--conversation" << id << "--message" << "hi");
            QCOMPARE(r.status, 1);
            QVERIFY2(r.stderr_text.contains("--conversation must be the id"), qPrintable(r.stderr_text));
        }
        const CliRun missing = run_cli(chat_args(dir.path()) << "--conversation" << "999" << "--message" << "hi");
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.stderr_text.contains("does not exist"), qPrintable(missing.stderr_text));
        Database db(DataLocation(dir.path()).databasePath());
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM messages").toInt(), 0);
    }

    // argv can carry neither a megabyte nor a NUL byte.
    void message_file_carries_a_megabyte_with_nul_bytes()
    {
        QTemporaryDir dir;
        QByteArray message;
        for (int i = 0; message.size() < 1024 * 1024; ++i)
            message += "line " + QByteArray::number(i) + (i % 7 == 0 ? QByteArray("\0nul\0", 5) : QByteArray()) + "\n";
        const QString path = dir.filePath("message.txt");
        write_file(path, message);
        const CliRun from_file = run_cli(chat_args(dir.path()) << "--message-file" << path);
        QVERIFY2(from_file.status == 0, qPrintable(from_file.stderr_text));
        const CliRun from_stdin = run_with_input(chat_args(dir.path()) << "--message-file" << "-", QByteArray("short\0one", 9));
        QVERIFY2(from_stdin.status == 0, qPrintable(from_stdin.stderr_text));

        Database db(DataLocation(dir.path()).databasePath());
        ConversationStore store(db);
        const auto long_chat = store.branch(from_file.json["conversation_id"].toInteger());
        QCOMPARE(long_chat.size(), 2);
        QCOMPARE(long_chat[0].text.toUtf8(), message);
        QVERIFY(from_file.json["prompt_tokens"].toInt() > 1024 * 1024);
        QCOMPARE(store.branch(from_stdin.json["conversation_id"].toInteger())[0].text.toUtf8(), QByteArray("short\0one", 9));

        const CliRun both = run_cli(chat_args(dir.path()) << "--message" << "x" << "--message-file" << path);
        QCOMPARE(both.status, 1);
    }
};

QTEST_GUILESS_MAIN(HostileInputsTest)
#include "tst_hostile_inputs.moc"

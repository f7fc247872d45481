// linnet-cli, run as a separate process exactly as scripts use it.
#include "cli_runner.h"
#include "test_data.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using linnet::test::floats;
using linnet::test::ints;

namespace {

using Run = linnet::test::CliRun;

Run cli(const QStringList& args)
{
    return linnet::test::run_cli(args);
}

QString model(const QString& file)
{
    return linnet::test::shared_path("models/tiny/" + file);
}

QJsonObject vector_entry(const QString& file, const QString& prompt)
{
    for (const auto& m : linnet::test::read_json("vectors/tiny-models.json")["models"].toArray())
        if (m.toObject()["file"].toString() == file)
            return m.toObject()["results"].toObject()[prompt].toObject();
    qFatal("no vectors for %s", qPrintable(file));
}

// One chat turn in `dir` with the tiny RWKV-7 model (conversation 0: a new one).
Run chat(const QString& dir, const QString& message, int seed, qint64 conversation = 0)
{
    QStringList args = {"chat", "--data-dir", dir, "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--threads", "1",
                        "--message", message, "--seed", QString::number(seed), "--max-tokens", "16", "--quiet"};
    if (conversation)
        args << "--conversation" << QString::number(conversation);
    const Run r = cli(args);
    if (r.status != 0)
        qFatal("chat failed: %s", qPrintable(r.stderr_text));
    return r;
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private slots:
    void info()
    {
        const Run r = cli({"info", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--threads", "1"});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json["version"].toString(), QString("7"));
        QCOMPARE(r.json["layers"].toInt(), 12);
        QCOMPARE(r.json["embedding"].toInt(), 64);
        QCOMPARE(r.json["heads"].toInt(), 1);
        QCOMPARE(r.json["head_size"].toInt(), 64);
        QCOMPARE(r.json["vocab"].toInt(), 256);
        QCOMPARE(r.json["file_type"].toString(), QString("FP32"));
        QVERIFY(r.json["parameters"].toInteger() > 800000);
        QVERIFY(r.stdout_text.count('\n') == 1); // exactly one JSON object

        const Run v6 = cli({"info", "--model", model("tiny-rwkv-6v0-3m-Q5_1.bin"), "--threads", "1"});
        QCOMPARE(v6.json["version"].toString(), QString("6"));
        QCOMPARE(v6.json["file_type"].toString(), QString("Q5_1"));
        QCOMPARE(v6.json["heads"].toInt(), 16);
        QCOMPARE(cli({"info", "--model", model("tiny-rwkv-5v1-730K-FP16.bin")}).json["version"].toString(), QString("5.1"));
    }

    void checkpoint_info()
    {
        const Run pth = cli({"info", "--model", model("pth/tiny-rwkv-5v2-730K-bf16.pth"), "--threads", "1"});
        QCOMPARE(pth.status, 0);
        QCOMPARE(pth.json["format"].toString(), QString("pth"));
        QCOMPARE(pth.json["source_dtype"].toString(), QString("bfloat16"));
        QCOMPARE(pth.json["file_type"].toString(), QString("BF16"));
        QCOMPARE(pth.json["version"].toString(), QString("5.2"));
        QCOMPARE(float(pth.json["group_norm_eps"].toDouble()), 64e-5f);
        const Run st = cli({"info", "--model", model("safetensors/tiny-rwkv-6v0-3m-Q5_1-dequant-fp32.safetensors")});
        QCOMPARE(st.json["format"].toString(), QString("safetensors"));
        QCOMPARE(st.json["source_dtype"].toString(), QString("float32"));
        const Run bin = cli({"info", "--model", model("tiny-rwkv-5v2-730K-FP16.bin"), "--group-norm-eps", "2e-5"});
        QCOMPARE(bin.json["format"].toString(), QString("rwkv.cpp"));
        QCOMPARE(bin.json["source_dtype"].toString(), QString("FP16"));
        QCOMPARE(float(bin.json["group_norm_eps"].toDouble()), 2e-5f);
        QCOMPARE(cli({"info", "--model", model("tiny-rwkv-5v2-730K-FP16.bin"), "--group-norm-eps", "-1"}).status, 1);
    }

    void tuned_state_logits()
    {
        for (const auto& v : linnet::test::read_json("vectors/tiny-models-pth.json")["state_entries"].toArray()) {
            const QJsonObject e = v.toObject();
            const auto expected = floats(e["results"].toObject()["with-bf16-weights"].toObject()["logits_last"].toArray());
            const QString weights = e["weights_files"].toObject()["with-bf16-weights"].toArray()[0].toString();
            QStringList args = {"logits", "--model", model(weights), "--tokens", "34,105,110", "--tuned-state",
                                model(e["file"].toString()), "--threads", "1"};
            if (e["arch_version"].toString() == "5.2")
                args << "--group-norm-eps" << "1e-5"; // the vectors use rwkv.cpp's RWKV-5 eps
            const Run r = cli(args);
            QCOMPARE(r.status, 0);
            QVERIFY(linnet::test::max_abs_diff(floats(r.json["logits"].toArray()), expected) <= 1e-4);
        }
        const Run both = cli({"logits", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--tokens", "1", "--tuned-state",
                              model("pth/tiny-rwkv-7v0-834K-state.pth"), "--state-in", "x"});
        QCOMPARE(both.status, 1);
        const Run wrong = cli({"logits", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--tokens", "1", "--tuned-state",
                               model("pth/tiny-rwkv-5v2-730K-state.pth")});
        QCOMPARE(wrong.status, 1);
        QVERIFY(wrong.stderr_text.contains("does not fit the loaded model"));
    }

    void logits_match_the_reference()
    {
        const auto expected = floats(vector_entry("tiny-rwkv-5v2-730K-FP32.bin", "hello-world")["logits_last"].toArray());
        for (const char* mode : {"rnn", "sequence"}) {
            const Run r = cli({"logits", "--model", model("tiny-rwkv-5v2-730K-FP32.bin"), "--tokens",
                               "72,101,108,108,111,32,119,111,114,108,100", "--mode", mode, "--threads", "1"});
            QCOMPARE(r.status, 0);
            QVERIFY(linnet::test::max_abs_diff(floats(r.json["logits"].toArray()), expected) <= 1e-4);
        }
    }

    void state_files_chain()
    {
        QTemporaryDir dir;
        const QString m = model("tiny-rwkv-7v0-834K-FP32.bin");
        const QString state = dir.filePath("a.state");
        const Run whole = cli({"logits", "--model", m, "--tokens", "72,101,108,108,111", "--threads", "1"});
        const Run first = cli({"logits", "--model", m, "--tokens", "72,101,108", "--state-out", state, "--threads", "1"});
        QCOMPARE(first.status, 0);
        QVERIFY(QFileInfo(state).size() > 50688 * 4);
        const Run rest = cli({"logits", "--model", m, "--tokens", "108,111", "--state-in", state, "--threads", "1"});
        QCOMPARE(rest.status, 0);
        QVERIFY(linnet::test::max_abs_diff(floats(rest.json["logits"].toArray()), floats(whole.json["logits"].toArray())) <= 1e-5);
        // No new tokens: the logits saved with the state.
        const Run same = cli({"logits", "--model", m, "--tokens", "", "--state-in", state, "--threads", "1"});
        QCOMPARE(same.status, 0);
        QCOMPARE(same.json["logits"].toArray(), first.json["logits"].toArray());
        // A state refused by another model.
        const Run other = cli({"logits", "--model", model("tiny-rwkv-5v2-730K-FP32.bin"), "--tokens", "1", "--state-in", state});
        QCOMPARE(other.status, 1);
        QVERIFY(other.stderr_text.contains("different kind of model"));
    }

    void generate_greedy_matches_the_reference()
    {
        const QJsonObject e = vector_entry("tiny-rwkv-6v0-3m-Q5_0.bin", "quote-in");
        const Run r = cli({"generate", "--model", model("tiny-rwkv-6v0-3m-Q5_0.bin"), "--tokens", "34,105,110",
                           "--max-tokens", "32", "--threads", "1"});
        QCOMPARE(r.status, 0);
        QCOMPARE(ints(r.json["tokens"].toArray()), ints(e["greedy_tokens"].toArray()));

        const QStringList sampled = {"generate", "--model", model("tiny-rwkv-7v0-834K-FP16.bin"), "--tokens", "34,105,110",
                                     "--max-tokens", "20", "--temperature", "1.0", "--seed", "5", "--threads", "1"};
        const Run a = cli(sampled), b = cli(sampled);
        QCOMPARE(a.json["tokens"].toArray().size(), 20);
        QCOMPARE(a.json["tokens"], b.json["tokens"]);
    }

    void tokenize_and_detokenize()
    {
        const QString dir = linnet::test::shared_path("tokenizers");
        const Run world = cli({"tokenize", "--tokenizer", "world", "--tokenizer-dir", dir, "--text", "Hello world!"});
        QCOMPARE(world.status, 0);
        QCOMPARE(ints(world.json["ids"].toArray()), (std::vector<int32_t>{33155, 40213, 34}));
        const Run back = cli({"detokenize", "--tokenizer", "world", "--tokenizer-dir", dir, "--ids", "33155,40213,34"});
        QCOMPARE(back.json["text"].toString(), QString("Hello world!"));
        const Run neox = cli({"tokenize", "--tokenizer", linnet::test::shared_path("tokenizers/20B_tokenizer.json"),
                              "--text", "Hello world"});
        QCOMPARE(ints(neox.json["ids"].toArray()), (std::vector<int32_t>{12092, 1533}));
        const Run bytes = cli({"detokenize", "--tokenizer", "bytes", "--ids", "104,105,255"});
        QCOMPARE(bytes.json["text"].toString(), QString("hi\uFFFD")); // an invalid byte, replaced
        const Run missing = cli({"tokenize", "--tokenizer", "world", "--tokenizer-dir", "/nonexistent", "--text", "x"});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.stderr_text.contains("rwkv_vocab_v20230424.txt"));
    }

    // The bytes given are the bytes tokenized: a byte-order mark and invalid UTF-8 in an
    // argument (given through a shell, as raw bytes) or in a file reach the World tokenizer
    // as they are (ids from tests/data/tokenizer-bytes.json, the reference's).
    void tokenize_keeps_every_byte()
    {
        const QString dir = linnet::test::shared_path("tokenizers");
        QProcess shell;
        shell.start("/bin/sh", {"-c", "exec \"$0\" tokenize --tokenizer world --tokenizer-dir \"$1\" "
                                      "--text \"$(printf '\\357\\273\\277Hello, world')\"",
                                QStringLiteral(LINNET_CLI), dir});
        QVERIFY(shell.waitForFinished(60000));
        const QJsonObject bom = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(ints(bom["ids"].toArray()), (std::vector<int32_t>{19125, 33155, 45, 40213}));
        shell.start("/bin/sh", {"-c", "exec \"$0\" tokenize --tokenizer world --tokenizer-dir \"$1\" "
                                      "--text \"$(printf 'a\\200b\\277\\277c')\"",
                                QStringLiteral(LINNET_CLI), dir});
        QVERIFY(shell.waitForFinished(60000));
        const QJsonObject lone = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(ints(lone["ids"].toArray()), (std::vector<int32_t>{98, 129, 99, 192, 192, 100}));

        QTemporaryDir tmp;
        QFile vectors(LINNET_TEST_DATA_DIR "/tokenizer-bytes.json");
        QVERIFY(vectors.open(QIODevice::ReadOnly));
        for (const auto& v : QJsonDocument::fromJson(vectors.readAll())["cases"].toArray()) {
            const QJsonObject c = v.toObject();
            const QString path = tmp.filePath("text");
            linnet::test::write_file(path, QByteArray::fromHex(c["hex"].toString().toLatin1()));
            const Run r = cli({"tokenize", "--tokenizer", "world", "--tokenizer-dir", dir, "--text-file", path});
            QVERIFY2(r.status == 0, qPrintable(r.stderr_text));
            QVERIFY2(ints(r.json["ids"].toArray()) == ints(c["ids"].toArray()), qPrintable(c["name"].toString()));
        }
        const Run both = cli({"tokenize", "--tokenizer", "world", "--tokenizer-dir", dir, "--text", "x", "--text-file",
                              tmp.filePath("text")});
        QCOMPARE(both.status, 1);
        QVERIFY(both.stderr_text.contains("not both"));
    }

    void generate_from_text()
    {
        const Run r = cli({"generate", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--prompt", "\"in",
                           "--max-tokens", "32", "--threads", "1"});
        QCOMPARE(r.status, 0);
        const QJsonObject e = vector_entry("tiny-rwkv-7v0-834K-FP32.bin", "quote-in");
        QCOMPARE(ints(r.json["tokens"].toArray()), ints(e["greedy_tokens"].toArray()));
        QCOMPARE(r.json["text"].toString(), e["greedy_text"].toString());
    }

    // --text-file reads the prompt's bytes exactly: a byte-order mark and an invalid byte
    // are prompt tokens of their own (the bytes tokenizer: one token per byte).
    void generate_from_text_file()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath("prompt");
        const QStringList common = {"--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--max-tokens", "8", "--threads",
                                    "1", "--tokenizer", "bytes"};
        linnet::test::write_file(path, QByteArray("\"in"));
        const Run plain = cli(QStringList{"generate", "--text-file", path} + common);
        QVERIFY2(plain.status == 0, qPrintable(plain.stderr_text));
        const Run by_ids = cli(QStringList{"generate", "--tokens", "34,105,110"} + common);
        QCOMPARE(plain.json["tokens"], by_ids.json["tokens"]);
        QCOMPARE(plain.json["prompt_tokens"].toInt(), 3);

        linnet::test::write_file(path, QByteArray("\xEF\xBB\xBF\"i\xFFn"));
        const Run raw = cli(QStringList{"generate", "--text-file", path} + common);
        QVERIFY2(raw.status == 0, qPrintable(raw.stderr_text));
        QCOMPARE(raw.json["prompt_tokens"].toInt(), 7);
        const Run raw_ids = cli(QStringList{"generate", "--tokens", "239,187,191,34,105,255,110"} + common);
        QCOMPARE(raw.json["tokens"], raw_ids.json["tokens"]);

        const Run both = cli(QStringList{"generate", "--prompt", "x", "--text-file", path} + common);
        QCOMPARE(both.status, 1);
        QVERIFY(both.stderr_text.contains("not both"));
    }

    void tokenizer_override()
    {
        const QString m = model("tiny-rwkv-7v0-834K-FP32.bin");
        const QStringList common = {"--model", m, "--max-tokens", "16", "--threads", "1"};
        const Run by_ids = cli(QStringList{"generate", "--tokens", "34,105,110"} + common);
        const Run bytes = cli(QStringList{"generate", "--prompt", "\"in", "--tokenizer", "bytes"} + common);
        QCOMPARE(bytes.status, 0);
        QCOMPARE(bytes.json["tokens"].toArray().size(), 16);
        QCOMPARE(bytes.json["tokens"], by_ids.json["tokens"]); // the prompt read as the bytes 34,105,110
        QString expected;
        for (const auto& t : by_ids.json["tokens"].toArray())
            expected += QChar(t.toInt());
        QCOMPARE(bytes.json["text"].toString(), expected);
        // With ids, the tokenizer only writes the text.
        const Run ids_text = cli(QStringList{"generate", "--tokens", "34,105,110", "--tokenizer", "bytes"} + common);
        QCOMPARE(ids_text.json["text"].toString(), expected);

        // Tokenizers this model cannot read, by name and by file, and a file that is not there.
        const QString dir = linnet::test::shared_path("tokenizers");
        const Run neox = cli(QStringList{"generate", "--prompt", "x", "--tokenizer", "neox", "--tokenizer-dir", dir} + common);
        QCOMPARE(neox.status, 1);
        QVERIFY2(neox.stderr_text.contains("the neox tokenizer has 50277 tokens but the model reads only 256"),
                 qPrintable(neox.stderr_text));
        const Run world = cli(QStringList{"generate", "--prompt", "x", "--tokenizer",
                                          linnet::test::shared_path("tokenizers/rwkv_vocab_v20230424.txt")} + common);
        QCOMPARE(world.status, 1);
        QVERIFY2(world.stderr_text.contains("the world tokenizer has 65530 tokens but the model reads only 256"), qPrintable(world.stderr_text));
        const Run missing = cli(QStringList{"generate", "--prompt", "x", "--tokenizer", "/nonexistent/tokenizer.json"} + common);
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.stdout_text.isEmpty());
        QVERIFY2(missing.stderr_text.contains("There is no tokenizer called '/nonexistent/tokenizer.json'"),
                 qPrintable(missing.stderr_text));

        // chat takes the same option; a refused tokenizer writes nothing.
        QTemporaryDir data;
        const QStringList turn = {"chat", "--data-dir", data.path(), "--model", m, "--threads", "1", "--message", "Hello",
                                  "--seed", "4", "--max-tokens", "12", "--quiet"};
        const Run chat_bad = cli(turn + QStringList{"--tokenizer", "/nonexistent/tokenizer.json"});
        QCOMPARE(chat_bad.status, 1);
        QVERIFY(chat_bad.stderr_text.contains("There is no tokenizer called"));
        QCOMPARE(cli({"conversations", "--data-dir", data.path()}).json["conversations"].toArray().size(), 0);
        const Run chat_bytes = cli(turn + QStringList{"--tokenizer", "bytes"});
        QCOMPARE(chat_bytes.status, 0);
        QCOMPARE(chat_bytes.json["prompt_tokens"].toInt(), QByteArray("User: Hello\n\nAssistant:").size());
        QCOMPARE(chat_bytes.json["reply"].toString(), cli(turn).json["reply"].toString());
    }

    void strategies()
    {
        const Run r = cli({"info", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--threads", "1", "--strategy",
                           "cpu bf16i8 *10 -> cpu fp32"});
        QCOMPARE(r.status, 0);
        const QJsonObject plan = r.json["strategy"].toObject();
        QCOMPARE(plan["plan"].toString(), QString("layers 1-10 bf16i8, layers 11-12 fp32, head fp32"));
        QCOMPARE(plan["layers"].toArray().size(), 13);
        QCOMPARE(plan["stages"].toArray()[1].toObject()["first_layer"].toInt(), 11);
        QCOMPARE(plan["head"].toString(), QString("fp32"));

        // bf16 gives the reference's greedy continuation on this prompt.
        const QJsonObject e = vector_entry("tiny-rwkv-7v0-834K-FP32.bin", "english-100");
        const Run bf16 = cli({"generate", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--tokens", "84,104,101,32,98",
                              "--max-tokens", "8", "--threads", "1", "--strategy", "cpu bf16"});
        const Run fp32 = cli({"generate", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--tokens", "84,104,101,32,98",
                              "--max-tokens", "8", "--threads", "1"});
        QCOMPARE(bf16.status, 0);
        QCOMPARE(bf16.json["tokens"], fp32.json["tokens"]);

        const Run gpu = cli({"logits", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--tokens", "1", "--strategy",
                             "cuda fp16 *10 -> cpu fp32"});
        QCOMPARE(gpu.status, 1);
        QVERIFY2(gpu.stderr_text.contains("CPU only"), qPrintable(gpu.stderr_text));
        const Run fp16 = cli({"bench", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--strategy", "cpu fp16"});
        QCOMPARE(fp16.status, 1);
        QVERIFY2(fp16.stderr_text.contains("fp32, bf16, fp32i8, bf16i8, fp32i4 and bf16i4"), qPrintable(fp16.stderr_text));
    }

    void perplexity()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath("text.txt");
        const QByteArray sentence("The boat drifted across the calm lake while the children watched quietly from the "
                                  "old wooden pier. ");
        linnet::test::write_file(text, sentence.repeated(20));
        const Run fp32 = cli({"perplexity", "--model", model("tiny-rwkv-5v2-730K-FP32.bin"), "--text-file", text,
                              "--threads", "1"});
        QCOMPARE(fp32.status, 0);
        QCOMPARE(fp32.json["tokens"].toInt(), 20 * sentence.size() - 1);
        const double ppl = fp32.json["perplexity"].toDouble();
        QVERIFY2(ppl > 1 && ppl < 10, qPrintable(QString::number(ppl)));
        QCOMPARE(std::exp(fp32.json["nll"].toDouble()), ppl);

        const Run bf16 = cli({"perplexity", "--model", model("tiny-rwkv-5v2-730K-FP32.bin"), "--text-file", text,
                              "--threads", "1", "--strategy", "cpu bf16"});
        QVERIFY(std::abs(bf16.json["perplexity"].toDouble() / ppl - 1) < 0.01);

        // The same text as token ids.
        QStringList ids;
        for (char c : sentence.repeated(20))
            ids << QString::number(static_cast<unsigned char>(c));
        const QString tokens = dir.filePath("tokens.txt");
        linnet::test::write_file(tokens, ids.join(", ").toUtf8());
        const Run by_ids = cli({"perplexity", "--model", model("tiny-rwkv-5v2-730K-FP32.bin"), "--tokens-file", tokens,
                                "--threads", "1"});
        QCOMPARE(by_ids.json["nll"].toDouble(), fp32.json["nll"].toDouble());

        const Run missing = cli({"perplexity", "--model", model("tiny-rwkv-5v2-730K-FP32.bin")});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.stderr_text.contains("--text-file"));

        // The text is read with the model's tokenizer (bytes here) or the one named.
        const Run bytes = cli({"perplexity", "--model", model("tiny-rwkv-5v2-730K-FP32.bin"), "--text-file", text,
                               "--threads", "1", "--tokenizer", "bytes"});
        QCOMPARE(bytes.json["nll"].toDouble(), fp32.json["nll"].toDouble());
        const Run neox = cli({"perplexity", "--model", model("tiny-rwkv-5v2-730K-FP32.bin"), "--text-file", text,
                              "--tokenizer", "neox", "--tokenizer-dir", linnet::test::shared_path("tokenizers")});
        QCOMPARE(neox.status, 1);
        QVERIFY2(neox.stderr_text.contains("the neox tokenizer has 50277 tokens but the model reads only 256"),
                 qPrintable(neox.stderr_text));
    }

    void bench_reports_every_figure()
    {
        const Run r = cli({"bench", "--model", model("tiny-rwkv-4v0-660K-FP32.bin"), "--prompt-tokens", "64",
                           "--gen-tokens", "8", "--threads", "1", "--paired-rounds", "3"});
        QCOMPARE(r.status, 0);
        for (const char* key : {"load_ms", "prefill_tokens_per_s", "gen_ms_per_token", "peak_rss_mb", "bandwidth_gbs",
                                "weight_bytes_per_token", "roofline_ms_per_token"})
            QVERIFY2(r.json[key].toDouble() > 0, key);
        QCOMPARE(r.json["threads"].toInt(), 1);
        QCOMPARE(r.json["threads_in_use"].toInt(), 1);
        QCOMPARE(r.json["strategy"].toString(), QString("cpu fp32"));
        // The roofline is the weights read per token over the measured bandwidth.
        const double roofline = r.json["weight_bytes_per_token"].toDouble() / (r.json["bandwidth_gbs"].toDouble() * 1e6);
        QVERIFY(std::abs(r.json["roofline_ms_per_token"].toDouble() / roofline - 1) < 1e-9);

        // Paired rounds: each round's ratio against its own read test, and their median.
        const QJsonObject paired = r.json["paired"].toObject();
        QCOMPARE(paired["tokens_per_round"].toInt(), 16);
        const QJsonArray rounds = paired["rounds"].toArray();
        QCOMPARE(rounds.size(), 3);
        std::vector<double> ratios;
        for (const QJsonValue& v : rounds) {
            const QJsonObject round = v.toObject();
            const double bandwidth = round["bandwidth_gbs"].toDouble(), ms = round["gen_ms_per_token"].toDouble();
            QVERIFY(bandwidth > 0 && ms > 0);
            const double expected = ms / (r.json["weight_bytes_per_token"].toDouble() / (bandwidth * 1e6));
            QVERIFY(std::abs(round["gen_roofline"].toDouble() / expected - 1) < 1e-9);
            ratios.push_back(expected);
        }
        std::sort(ratios.begin(), ratios.end());
        QVERIFY(std::abs(paired["gen_roofline_median"].toDouble() / ratios[1] - 1) < 1e-9);
    }

    // 4 bits: every product but the head (int8) runs on the 4-bit kernels, at a level
    // this CPU has.
    void bench_reports_four_bit_products()
    {
        const Run r = cli({"bench", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--strategy", "cpu bf16i4",
                           "--prompt-tokens", "8", "--gen-tokens", "4", "--threads", "1", "--skip-bandwidth",
                           "--profile"});
        QCOMPARE(r.status, 0);
        QVERIFY(QStringList({"avx512", "avx2", "generic"}).contains(r.json["q4_kernel"].toString()));
        QCOMPARE(r.json["cpu"].toString(), cli({"info"}).json["cpu"].toString()); // bench and info agree
        QMap<QString, double> calls;
        for (const QJsonValue& v : r.json["profile"].toObject()["products"].toArray())
            calls[v.toObject()["precision"].toString()] += v.toObject()["calls_per_token"].toDouble();
        QCOMPARE(calls.value("int8"), 1.0); // the head
        QCOMPARE(calls.value("int4"), 12.0 * 14 - 2);
        QCOMPARE(calls.size(), 2);
    }

    void bench_profile_counts_every_product()
    {
        // Tiny RWKV-7, 12 layers: per token r, k, v, output, 2 FFN and 8 LoRA products a
        // layer (6 in layer 0, which has no value LoRA), then the head: 12·14 − 2 + 1.
        const Run r = cli({"bench", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--strategy", "cpu fp32i8",
                           "--prompt-tokens", "8", "--gen-tokens", "4", "--threads", "1", "--skip-bandwidth",
                           "--profile"});
        QCOMPARE(r.status, 0);
        QVERIFY(!r.json.contains("paired")); // only when asked for
        const QJsonObject profile = r.json["profile"].toObject();
        double calls = 0, ms = 0;
        for (const QJsonValue& v : profile["products"].toArray()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p["rows"].toInt(), 1);
            QVERIFY(p["ms_per_token"].toDouble() > 0 && p["gbs"].toDouble() > 0);
            calls += p["calls_per_token"].toDouble();
            ms += p["ms_per_token"].toDouble();
            // Every matrix in int8, the low-rank ones (in or out below 64) too.
            QCOMPARE(p["precision"].toString(), QString("int8"));
        }
        QCOMPARE(calls, 12.0 * 14 - 2 + 1);
        QVERIFY(std::abs(profile["products_ms_per_token"].toDouble() - ms) < 1e-9);
        QVERIFY(ms < r.json["gen_ms_per_token"].toDouble());
        QVERIFY(std::abs(profile["other_ms_per_token"].toDouble() - (r.json["gen_ms_per_token"].toDouble() - ms)) < 1e-9);
        // Without --profile there is no profile.
        QVERIFY(!cli({"bench", "--model", model("tiny-rwkv-7v0-834K-FP32.bin"), "--prompt-tokens", "8", "--gen-tokens",
                      "2", "--skip-bandwidth"})
                     .json.contains("profile"));
    }

    void conversations_list_and_search()
    {
        QTemporaryDir dir;
        const Run a1 = chat(dir.path(), "Tell me about Zanzibar", 1);
        const qint64 a = a1.json["conversation_id"].toInteger();
        const qint64 b = chat(dir.path(), "Hello there", 2).json["conversation_id"].toInteger();
        const Run early = cli({"conversations", "--data-dir", dir.path(), "--search", "Zanzibar"});
        // Most recently used first: b, then a; a turn in a moves it to the top.
        QJsonArray list = cli({"conversations", "--data-dir", dir.path()}).json["conversations"].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject()["id"].toInteger(), b);
        QCOMPARE(list[1].toObject()["id"].toInteger(), a);
        chat(dir.path(), "And its beaches?", 3, a);
        const Run listed = cli({"conversations", "--data-dir", dir.path()});
        QCOMPARE(listed.status, 0);
        list = listed.json["conversations"].toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list[0].toObject();
        QCOMPARE(first["id"].toInteger(), a);
        QCOMPARE(first["title"].toString(), QString("Tell me about Zanzibar"));
        QCOMPARE(first["messages"].toInt(), 4);
        QCOMPARE(first["model"].toString(), model("tiny-rwkv-7v0-834K-FP32.bin"));
        QVERIFY(first["updated_ms"].toInteger() >= list[1].toObject()["updated_ms"].toInteger());
        QCOMPARE(list[1].toObject()["id"].toInteger(), b);
        QCOMPARE(list[1].toObject()["messages"].toInt(), 2);

        // A hit in the title and in the message; each names its conversation.
        const Run hit = cli({"conversations", "--data-dir", dir.path(), "--search", "zanzibar"});
        QCOMPARE(hit.status, 0);
        const QJsonArray matches = hit.json["matches"].toArray();
        QCOMPARE(matches.size(), 2);
        bool title_hit = false, message_hit = false;
        for (const auto& m : matches) {
            const QJsonObject o = m.toObject();
            QCOMPARE(o["id"].toInteger(), a);
            QCOMPARE(o["title"].toString(), QString("Tell me about Zanzibar"));
            if (o["message_id"].toInteger() == 0) {
                title_hit = true;
            } else {
                message_hit = true;
                QVERIFY2(o["snippet"].toString().contains("[Zanzibar]"), qPrintable(o["snippet"].toString()));
            }
        }
        QVERIFY(title_hit && message_hit);
        const Run beaches = cli({"conversations", "--data-dir", dir.path(), "--search", "its beaches"});
        QCOMPARE(beaches.json["matches"].toArray().size(), 1);
        QCOMPARE(beaches.json["matches"].toArray()[0].toObject()["id"].toInteger(), a);

        const Run miss = cli({"conversations", "--data-dir", dir.path(), "--search", "quokka"});
        QCOMPARE(miss.status, 0);
        QVERIFY(miss.json.contains("matches"));
        QCOMPARE(miss.json["matches"].toArray().size(), 0);
        QCOMPARE(early.json["matches"].toArray().size(), 2); // the same before the second turn
    }

    void export_markdown_and_json()
    {
        QTemporaryDir dir;
        const Run t1 = chat(dir.path(), "Tell me about Zanzibar", 1);
        const qint64 id = t1.json["conversation_id"].toInteger();
        const Run t2 = chat(dir.path(), "And its beaches?", 2, id);
        const QString reply1 = t1.json["reply"].toString(), reply2 = t2.json["reply"].toString();
        QVERIFY(!reply1.isEmpty() && !reply2.isEmpty());

        const Run json = cli({"export", "--data-dir", dir.path(), "--conversation", QString::number(id), "--format", "json"});
        QCOMPARE(json.status, 0);
        const QJsonObject doc = json.json;
        QCOMPARE(doc["id"].toInteger(), id);
        QCOMPARE(doc["title"].toString(), QString("Tell me about Zanzibar"));
        QCOMPARE(doc["model"].toString(), model("tiny-rwkv-7v0-834K-FP32.bin"));
        QCOMPARE(doc["settings"].toObject(), QJsonObject{});
        const QJsonArray messages = doc["messages"].toArray();
        QCOMPARE(messages.size(), 4);
        const QStringList roles = {"user", "assistant", "user", "assistant"};
        const QStringList texts = {"Tell me about Zanzibar", reply1, "And its beaches?", reply2};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject m = messages[i].toObject();
            QCOMPARE(m["role"].toString(), roles[i]);
            QCOMPARE(m["text"].toString(), texts[i]);
            QVERIFY(QDateTime::fromString(m["created"].toString(), Qt::ISODate).isValid());
            QCOMPARE(m.contains("stats"), roles[i] == "assistant");
        }
        const QJsonObject stats = messages[3].toObject()["stats"].toObject();
        QCOMPARE(stats["prompt_tokens"].toInt(), t2.json["prompt_tokens"].toInt());
        QCOMPARE(stats["reply_tokens"].toInt(), t2.json["reply_tokens"].toInt());
        QCOMPARE(stats["finish_reason"].toString(), t2.json["finish_reason"].toString());
        // The default format is JSON.
        QCOMPARE(cli({"export", "--data-dir", dir.path(), "--conversation", QString::number(id)}).json, doc);

        const Run md = cli({"export", "--data-dir", dir.path(), "--conversation", QString::number(id), "--format", "markdown"});
        QCOMPARE(md.status, 0);
        QVERIFY(md.stdout_text.startsWith("# Tell me about Zanzibar\n\n"));
        // Each message under its author and time, in order.
        qsizetype at = 0;
        for (int i = 0; i < 4; ++i) {
            const QString heading = QString("**%1** (%2)\n\n")
                                        .arg(roles[i] == "user" ? "You" : "Assistant",
                                             messages[i].toObject()["created"].toString());
            const qsizetype found = md.stdout_text.indexOf(heading + texts[i] + "\n\n", at);
            QVERIFY2(found >= at, qPrintable(QString("message %1 missing from:\n%2").arg(i).arg(md.stdout_text)));
            at = found + heading.size() + texts[i].size();
        }
    }

    void export_refusals()
    {
        QTemporaryDir dir;
        const qint64 id = chat(dir.path(), "Hello there", 1).json["conversation_id"].toInteger();
        const Run unknown = cli({"export", "--data-dir", dir.path(), "--conversation", "9999", "--format", "markdown"});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.stdout_text.isEmpty());
        QVERIFY2(unknown.stderr_text.contains("Conversation 9999 does not exist"), qPrintable(unknown.stderr_text));
        const Run format = cli({"export", "--data-dir", dir.path(), "--conversation", QString::number(id), "--format", "pdf"});
        QCOMPARE(format.status, 1);
        QVERIFY(format.stdout_text.isEmpty());
        QVERIFY2(format.stderr_text.contains("--format must be markdown or json"), qPrintable(format.stderr_text));
        const Run not_an_id = cli({"export", "--data-dir", dir.path(), "--conversation", "first"});
        QCOMPARE(not_an_id.status, 1);
        QVERIFY(not_an_id.stderr_text.contains("--conversation must be a conversation id"));
        const Run no_id = cli({"export", "--data-dir", dir.path()});
        QCOMPARE(no_id.status, 1);
        QVERIFY(no_id.stderr_text.contains("--conversation"));
    }

    void errors_go_to_stderr_with_status()
    {
        const Run missing = cli({"info", "--model", "/nonexistent/model.bin"});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.stdout_text.isEmpty());
        QVERIFY(missing.stderr_text.contains("Cannot open"));

        const Run no_tokens = cli({"logits", "--model", model("tiny-rwkv-4v0-660K-FP32.bin"), "--tokens", ""});
        QCOMPARE(no_tokens.status, 1);
        QVERIFY(no_tokens.stderr_text.contains("--state-in"));

        const Run bad_token = cli({"logits", "--model", model("tiny-rwkv-4v0-660K-FP32.bin"), "--tokens", "1,999"});
        QCOMPARE(bad_token.status, 1);
        QVERIFY(bad_token.stderr_text.contains("999"));

        const Run garbage = cli({"logits", "--model", model("tiny-rwkv-4v0-660K-FP32.bin"), "--tokens", "1,x"});
        QCOMPARE(garbage.status, 1);

        QCOMPARE(cli({"frobnicate"}).status, 2);
        QCOMPARE(cli({}).status, 2);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"

// The library: importing real model files (copied or kept in place) after their header
// is read, refusing truncated files and files that are not models with the engine's
// message, removing models (file and registration; conversations stay), disk use and
// the models folder setting.
#include "conversation_store.h"
#include "model_test_support.h"

#include "linnet/model.h"

#include <QDir>
#include <QTest>

using namespace linnet::app;
using namespace linnet::test;

class ModelLibraryTest : public QObject {
    Q_OBJECT

    QTemporaryDir scratch_;

    // A copy of a tiny model in a folder of the test's own (the shared one is read-only).
    QString userFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = scratch_.filePath(name);
        QFile::remove(path);
        write_file(path, bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
    }

    void import_copies_and_registers()
    {
        ManagerHarness h;
        const QByteArray bytes = read_file(shared_path("models/tiny/tiny-rwkv-7v0-834K-FP16.bin"));
        const QString source = userFile("tiny-v7.bin", bytes);
        QString request;
        QCOMPARE(h.manager->importModel(source, true, &request), QString());
        const auto [id, error] = h.importResult(request);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto models = h.manager->installedModels();
        QCOMPARE(models.size(), 1);
        const RegisteredModel& m = models[0].model;
        QCOMPARE(m.id, id);
        QCOMPARE(m.path, QDir(h.modelsDir()).filePath("tiny-v7.bin"));
        QCOMPARE(m.version, QString("7"));
        QCOMPARE(m.format, QString("rwkv.cpp"));
        QCOMPARE(m.vocab, 256);
        QVERIFY(m.parameters > 800000);
        QCOMPARE(m.sha256, sha256Hex(bytes));
        QCOMPARE(m.sizeBytes, qint64(bytes.size()));
        QVERIFY(m.inModelsDir);
        QCOMPARE(read_file(m.path), bytes);
        QVERIFY(QFileInfo::exists(source)); // the user's file is untouched
        QVERIFY(!QFileInfo::exists(m.path + ".importing"));
        QCOMPARE(h.manager->importModel(source, true), QString("%1 is already in your library as tiny-v7.").arg(m.path));
    }

    void import_keeps_the_file_in_place()
    {
        ManagerHarness h;
        const QString source = userFile("tiny-v5.bin", read_file(shared_path("models/tiny/tiny-rwkv-5v2-730K-FP16.bin")));
        QString request;
        QCOMPARE(h.manager->importModel(source, false, &request), QString());
        const auto [id, error] = h.importResult(request);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const RegisteredModel m = h.manager->installedModels()[0].model;
        QCOMPARE(m.path, source);
        QCOMPARE(m.version, QString("5.2"));
        QVERIFY(!m.inModelsDir);
        QVERIFY(m.sha256.isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(h.modelsDir()).filePath("tiny-v5.bin")));
        // Removing it forgets it but leaves the user's file alone.
        bool deleted = true;
        QCOMPARE(h.manager->removeModel(id, &deleted), QString());
        QVERIFY(!deleted);
        QVERIFY(QFileInfo::exists(source));
        QVERIFY(h.manager->installedModels().isEmpty());
    }

    // The 4-bit weights the chat packed once (DataLocation::packedWeightsDir) go with
    // the model, whether its file is deleted or kept.
    void packed_weights_count_and_go_with_the_model()
    {
        ManagerHarness h;
        const QString packed = DataLocation(h.dir.path()).packedWeightsDir();
        const QString source = userFile("tiny-v7.bin", read_file(shared_path("models/tiny/tiny-rwkv-7v0-834K-FP32.bin")));
        QString request;
        QCOMPARE(h.manager->importModel(source, false, &request), QString());
        const auto [id, error] = h.importResult(request);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        linnet::Model::load(source.toStdString(),
                            {.strategy = "cpu bf16i4", .threads = 1, .packed_cache_dir = packed.toStdString()});
        const QStringList copies = QDir(packed).entryList({"*.q4w"}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        // The copy counts in the model's disk use, next to its file.
        const qint64 copy = QFileInfo(QDir(packed).filePath(copies[0])).size();
        QVERIFY(copy > 0);
        const auto installed = h.manager->installedModels();
        QCOMPARE(installed.size(), 1);
        QCOMPARE(installed[0].packedBytes, copy);
        QCOMPARE(installed[0].diskBytes, QFileInfo(source).size());
        QCOMPARE(h.manager->diskUsage(), QFileInfo(source).size() + copy);
        QCOMPARE(h.manager->removeModel(id), QString());
        QVERIFY(QFileInfo::exists(source));
        QVERIFY(QDir(packed).entryList(QDir::Files).isEmpty());
    }

    void truncated_file_is_refused_with_the_engine_message()
    {
        ManagerHarness h;
        const QByteArray bytes = tinyModel();
        const QString source = userFile("cut.bin", bytes.left(bytes.size() / 2));
        QString request;
        QCOMPARE(h.manager->importModel(source, true, &request), QString());
        const auto [id, error] = h.importResult(request);
        QCOMPARE(id, 0);
        QVERIFY2(error.contains("cut.bin cannot be imported"), qPrintable(error));
        QVERIFY2(error.contains("truncated"), qPrintable(error));
        QVERIFY(h.manager->installedModels().isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(h.modelsDir()).filePath("cut.bin")));
        QVERIFY(!QFileInfo::exists(QDir(h.modelsDir()).filePath("cut.bin.importing")));
    }

    void non_model_file_is_refused()
    {
        ManagerHarness h;
        const QString notes = userFile("notes.bin", "These are my notes, not a model.\n");
        QString request;
        QCOMPARE(h.manager->importModel(notes, false, &request), QString());
        const auto [id, error] = h.importResult(request);
        QCOMPARE(id, 0);
        QVERIFY2(error.contains("is not a model file Linnet can read"), qPrintable(error));
        QVERIFY(h.manager->installedModels().isEmpty());
        // Another kind of file is refused at once.
        const QString gguf = userFile("model.gguf", "GGUF");
        QVERIFY(h.manager->importModel(gguf, true).contains("not a model file Linnet imports"));
        QVERIFY(h.manager->importModel(scratch_.filePath("absent.bin"), true).contains("does not exist"));
    }

    void remove_deletes_the_file_and_the_registration_but_not_conversations()
    {
        ManagerHarness h;
        const QString source = userFile("tiny-v4.bin", tinyModel());
        QString request;
        QCOMPARE(h.manager->importModel(source, true, &request), QString());
        const auto [id, error] = h.importResult(request);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = h.manager->installedModels()[0].model.path;
        ConversationStore conversations(*h.db);
        const qint64 chat = conversations.create("A chat with the tiny model", path);
        bool deleted = false;
        QCOMPARE(h.manager->removeModel(id, &deleted), QString());
        QVERIFY(deleted);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(h.manager->installedModels().isEmpty());
        QCOMPARE(h.db->scalar("SELECT COUNT(*) FROM models").toInt(), 0);
        QCOMPARE(conversations.find(chat)->model_path, path);
        QVERIFY(h.manager->removeModel(id).contains("no model"));
    }

    void disk_use_per_model_and_in_total()
    {
        ManagerHarness h;
        qint64 expected = 0;
        for (const char* file : {"tiny-rwkv-4v0-660K-FP16.bin", "tiny-rwkv-6v0-3m-Q5_1.bin"}) {
            const QByteArray bytes = read_file(shared_path(QString("models/tiny/") + file));
            expected += bytes.size();
            QString request;
            QCOMPARE(h.manager->importModel(userFile(file, bytes), true, &request), QString());
            QVERIFY(h.importResult(request).second.isEmpty());
        }
        const auto models = h.manager->installedModels();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[0].diskBytes + models[1].diskBytes, expected);
        QCOMPARE(h.manager->diskUsage(), expected);
        // A file deleted behind Linnet's back counts for nothing and shows as missing.
        QFile::remove(models[1].model.path);
        QCOMPARE(h.manager->diskUsage(), models[0].diskBytes);
        QVERIFY(!h.manager->installedModels()[1].fileExists);
    }

    void models_folder_is_a_setting()
    {
        ManagerHarness h;
        const QString chosen = scratch_.filePath("my models");
        QCOMPARE(h.manager->setModelsDir(chosen), QString());
        QCOMPARE(h.manager->modelsDir(), chosen);
        h.stop();
        h.start();
        QCOMPARE(h.manager->modelsDir(), chosen);
        QString request;
        QCOMPARE(h.manager->importModel(userFile("moved.bin", tinyModel()), true, &request), QString());
        QVERIFY(h.importResult(request).second.isEmpty());
        QVERIFY(QFileInfo::exists(chosen + "/moved.bin"));
        // A file is not a folder.
        const QString file = userFile("plain-file", "x");
        QVERIFY(!h.manager->setModelsDir(file).isEmpty());
        QCOMPARE(h.manager->modelsDir(), chosen);
    }
};

QTEST_GUILESS_MAIN(ModelLibraryTest)
#include "tst_model_library.moc"

// Shared set-up for chat tests: a fresh data folder and the tiny models from ../shared.
#pragma once

#include "chat_session.h"
#include "data_location.h"
#include "test_data.h"

#include "linnet/model.h"

#include <QTemporaryDir>

#include <memory>

namespace linnet::test {

inline QString tiny_model(const char* name)
{
    return shared_path(QString("models/tiny/tiny-rwkv-%1.bin").arg(name));
}

// A model, its tokenizer and a ChatSession over a database in `dir`.
struct ChatFixture {
    explicit ChatFixture(const QString& data_dir, const char* model = "7v0-834K-FP32")
        : path(tiny_model(model)), db(app::DataLocation(data_dir).databasePath()),
          engine(Model::load(path.toStdString(), {.threads = 1})), tokenizer(make_byte_tokenizer()),
          session(db, *engine, *tokenizer, path)
    {
    }
    QString path;
    app::Database db;
    std::unique_ptr<Model> engine;
    std::unique_ptr<Tokenizer> tokenizer;
    app::ChatSession session;
};

// Sampling that is random but reproducible.
inline QJsonObject seeded(int seed, int max_tokens = 24)
{
    return {{"seed", seed}, {"max_tokens", max_tokens}, {"top_p", 0.9}};
}

} // namespace linnet::test

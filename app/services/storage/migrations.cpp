#include "migrations.h"

namespace linnet::app {

namespace {

// Timestamps are milliseconds since the epoch (UTC).
const QStringList kVersion1 = {
    R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE models (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        path        TEXT NOT NULL UNIQUE,
        catalog_id  TEXT,
        format      TEXT NOT NULL,
        version     TEXT NOT NULL,          -- RWKV version: 4, 5.1, 5.2, 6, 7
        parameters  INTEGER NOT NULL,
        vocab       INTEGER NOT NULL,
        size_bytes  INTEGER NOT NULL,
        sha256      TEXT,
        in_models_dir INTEGER NOT NULL,     -- 1: Linnet's copy (deleted on removal); 0: the user's file
        added_at    INTEGER NOT NULL))",
    R"(CREATE TABLE conversations (
        id            INTEGER PRIMARY KEY,
        title         TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        model_path    TEXT,                 -- the model last used (kept when the model is removed)
        settings      TEXT NOT NULL DEFAULT '{}',  -- per-chat overrides of ChatSettings (JSON object)
        head_message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL))",
    R"(CREATE TABLE messages (
        id              INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id       INTEGER REFERENCES messages(id) ON DELETE CASCADE,  -- previous message; siblings are branches
        role            TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        text            TEXT NOT NULL,
        created_at      INTEGER NOT NULL,
        finish_reason   TEXT,               -- assistant: stop_text, max_tokens, stopped
        prompt_tokens   INTEGER,            -- tokens fed to the model for this turn
        reply_tokens    INTEGER,
        first_token_ms  REAL,
        tokens_per_s    REAL,
        tokenizer       TEXT,               -- assistant: the tokenizer of `tokens`
        tokens          BLOB))",            // assistant: the ids the model wrote (int32 LE), so that a
                                            // rebuilt state reads exactly what the live chat read
    "CREATE INDEX messages_by_conversation ON messages(conversation_id, id)",
    "CREATE INDEX messages_by_parent ON messages(parent_id)",
    R"(CREATE TABLE states (
        id              INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        message_id      INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,  -- the message read last
        kind            TEXT NOT NULL CHECK (kind IN ('before_reply', 'after_reply')),
        model_fingerprint TEXT NOT NULL,
        rwkv_version    TEXT NOT NULL,
        byte_size       INTEGER NOT NULL,
        token_count     INTEGER NOT NULL,   -- tokens of the transcript the state has read
        created_at      INTEGER NOT NULL,
        state           BLOB NOT NULL,      -- linnet::State::serialize(); before_reply states carry the logits
        UNIQUE (message_id, kind, model_fingerprint)))",
    "CREATE INDEX states_by_conversation ON states(conversation_id, id)",
};

// Full-text search over titles and messages. The trigram tokenizer matches any
// substring of three characters or more, in every script (Chinese has no spaces).
const QStringList kVersion2 = {
    "CREATE VIRTUAL TABLE message_search USING fts5(text, content='messages', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE title_search USING fts5(title, content='conversations', content_rowid='id', tokenize='trigram')",
    R"(CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
        INSERT INTO message_search(rowid, text) VALUES (new.id, new.text); END)",
    R"(CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
        INSERT INTO message_search(message_search, rowid, text) VALUES ('delete', old.id, old.text); END)",
    R"(CREATE TRIGGER messages_search_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO message_search(message_search, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO message_search(rowid, text) VALUES (new.id, new.text); END)",
    R"(CREATE TRIGGER titles_search_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO title_search(rowid, title) VALUES (new.id, new.title); END)",
    R"(CREATE TRIGGER titles_search_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO title_search(title_search, rowid, title) VALUES ('delete', old.id, old.title); END)",
    R"(CREATE TRIGGER titles_search_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO title_search(title_search, rowid, title) VALUES ('delete', old.id, old.title);
        INSERT INTO title_search(rowid, title) VALUES (new.id, new.title); END)",
    "INSERT INTO message_search(message_search) VALUES ('rebuild')",
    "INSERT INTO title_search(title_search) VALUES ('rebuild')",
};

// Thinking models: a reply's thought is kept apart from its answer (the answer is
// `text`), and a user message records the think mode its turn was asked in, so a rebuilt
// transcript reads the same cue.
const QStringList kVersion3 = {
    "ALTER TABLE messages ADD COLUMN thought TEXT",            // assistant: NULL when the reply had no thought
    "ALTER TABLE messages ADD COLUMN thought_tokens INTEGER",  // assistant: tokens written inside the thought
    "ALTER TABLE messages ADD COLUMN thought_ms REAL",         // assistant: time spent thinking
    "ALTER TABLE messages ADD COLUMN think_mode TEXT",         // user: ChatTemplate::thinkModes() id, NULL: off
};

// Starting points: a named state a chat can start from, kept per model as its text can
// be read again by another model. Documents: a user message that holds a document read
// into the chat (its file name in `document_name`), so the chat can be rebuilt.
const QStringList kVersion4 = {
    R"(CREATE TABLE start_points (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        text        TEXT NOT NULL,          -- what the state read, as the model reads it
        source      TEXT NOT NULL,          -- builtin, chat, text, tuned, imported
        tuned_path  TEXT,                   -- source = tuned: the state-tuning file
        hidden      INTEGER NOT NULL DEFAULT 0,  -- removed, but chats still start from it
        created_at  INTEGER NOT NULL))",
    "CREATE UNIQUE INDEX start_points_by_name ON start_points(name) WHERE hidden = 0",
    R"(CREATE TABLE start_point_states (
        start_point_id    INTEGER NOT NULL REFERENCES start_points(id) ON DELETE CASCADE,
        model_fingerprint TEXT NOT NULL,
        rwkv_version      TEXT NOT NULL,
        token_count       INTEGER NOT NULL,
        byte_size         INTEGER NOT NULL,
        created_at        INTEGER NOT NULL,
        state             BLOB NOT NULL,    -- linnet::State::serialize()
        PRIMARY KEY (start_point_id, model_fingerprint)))",
    "ALTER TABLE conversations ADD COLUMN start_point_id INTEGER REFERENCES start_points(id)",
    "ALTER TABLE messages ADD COLUMN document_name TEXT",
};

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        {1, "conversations, messages, states, models, settings", kVersion1},
        {2, "full-text search over titles and messages", kVersion2},
        {3, "thoughts apart from answers, think mode per turn", kVersion3},
        {4, "starting points and documents", kVersion4},
    };
    return all;
}

int latest_schema_version()
{
    return migrations().back().version;
}

} // namespace linnet::app

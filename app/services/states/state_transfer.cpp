#include "state_transfer.h"

#include "chat_settings.h"
#include "chat_template.h"
#include "conversation_store.h"
#include "settings_store.h"
#include "start_points.h"
#include "transcript.h"

#include "linnet/error.h"

#include <QFileInfo>
#include <QObject>

namespace linnet::app {

namespace {

// A saved row (state, token_count) as a StateFile, or nullopt when there is none.
std::optional<StateFile> savedState(Database& db, const char* sql, const QVariantList& values)
{
    return db.firstRow(sql, values, [](const QSqlQuery& q) {
        const QByteArray blob = q.value(0).toByteArray();
        StateFile file;
        file.state = linnet::State::deserialize({reinterpret_cast<const uint8_t*>(blob.constData()), size_t(blob.size())});
        file.token_count = q.value(1).toInt();
        return file;
    });
}

} // namespace

StateFile chatStateFile(Database& db, qint64 conversation_id)
{
    ConversationStore conversations(db);
    const Conversation c = conversations.get(conversation_id);
    const QList<Message> path = conversations.pathTo(c.head_message_id);
    // The state after the head: saved after a reply or a document.
    auto file = savedState(db,
                           "SELECT state, token_count FROM states WHERE message_id = ? AND kind = 'after_reply' "
                           "ORDER BY created_at DESC, id DESC LIMIT 1",
                           {c.head_message_id});
    if (path.isEmpty() || !file)
        throw StorageError(QObject::tr("Conversation %1 has no saved state after its last message: send a message with "
                                       "its model first.")
                               .arg(conversation_id));
    // The template is the chat's own setting (World when none is set): a state file can be
    // made without loading the model.
    const ChatSettings settings = SettingsStore(db).chatSettings(c);
    const ChatTemplate chat_template = ChatTemplate::byId(settings.template_id);
    const auto origin = c.start_point_id > 0 ? StartPoints(db).find(c.start_point_id) : std::nullopt;
    file->text = (origin ? origin->text : QString()) +
                 Transcript::pathText(chat_template, path, origin ? QString() : settings.system_prompt);
    file->kind = "chat";
    file->name = c.title;
    file->model_name = QFileInfo(c.model_path).fileName();
    return *file;
}

StateFile startPointStateFile(Database& db, const QString& name, const std::string& fingerprint)
{
    const StartPoint sp = StartPoints(db).byName(name);
    auto file = savedState(db,
                           "SELECT state, token_count FROM start_point_states WHERE start_point_id = ? AND "
                           "(? = '' OR model_fingerprint = ?) ORDER BY created_at DESC LIMIT 1",
                           {sp.id, QString::fromStdString(fingerprint), QString::fromStdString(fingerprint)});
    if (!file)
        throw StorageError(QObject::tr("The starting point \"%1\" has no state for this model yet: start a chat from it "
                                       "first.")
                               .arg(name));
    file->text = sp.text;
    file->kind = "start_point";
    file->name = sp.name;
    return *file;
}

qint64 importStateFile(Database& db, const StateFile& file, const QString& name, const std::string& fingerprint,
                       const QString& model_name)
{
    checkStateFileModel(file, fingerprint, model_name);
    StartPoints store(db);
    qint64 id = 0;
    db.transaction([&] {
        id = store.add(name.isEmpty() ? file.name : name, file.text, "imported");
        store.saveState(id, file.state, file.token_count);
    });
    return id;
}

} // namespace linnet::app

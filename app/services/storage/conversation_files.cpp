#include "conversation_files.h"

#include "conversation_export.h"
#include "conversation_import.h"

#include <QFileInfo>
#include <QSaveFile>

namespace linnet::app {

ConversationFiles::ConversationFiles(ConversationStore& store, QString database_path, QObject* parent)
    : QObject(parent), store_(store), database_path_(std::move(database_path))
{
    pool_.setMaxThreadCount(1); // one import at a time: they write to the same database
}

ConversationFiles::~ConversationFiles()
{
    pool_.waitForDone();
}

QString ConversationFiles::exportTo(qint64 conversation_id, ExportFormat format, const QString& path)
{
    try {
        const QByteArray text = format == ExportFormat::Json ? exportJson(store_, conversation_id)
                                                             : exportMarkdown(store_, conversation_id);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return tr("Cannot write %1: %2").arg(path, file.errorString());
    } catch (const StorageError& e) {
        return e.message();
    }
    return {};
}

void ConversationFiles::importFiles(const QStringList& paths)
{
    pool_.start([this, paths, database_path = database_path_] {
        for (const QString& path : paths) {
            try {
                // Checked in full before the database is touched.
                const ConversationImport import = readConversationExport(path);
                Database db(database_path);
                ConversationStore store(db);
                const qint64 id = addImportedConversation(store, import);
                QMetaObject::invokeMethod(this, [this, id, title = import.conversation.title] { emit imported(id, title); },
                                          Qt::QueuedConnection);
            } catch (const StorageError& e) {
                const QString message = tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), e.message());
                QMetaObject::invokeMethod(this, [this, path, message] { emit importFailed(path, message); },
                                          Qt::QueuedConnection);
            }
        }
        QMetaObject::invokeMethod(this, [this] { emit importsFinished(); }, Qt::QueuedConnection);
    });
}

} // namespace linnet::app

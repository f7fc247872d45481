// Conversations to and from files, for the window: an export is written where it is
// asked for (one small file); imports run on a thread of their own, each with its own
// database connection, and report back with queued signals.
#pragma once

#include "conversation_store.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

namespace linnet::app {

enum class ExportFormat { Markdown, Json };

class ConversationFiles : public QObject {
    Q_OBJECT
public:
    ConversationFiles(ConversationStore& store, QString database_path, QObject* parent = nullptr);
    ~ConversationFiles() override; // waits for running imports

    // Writes the conversation to `path` in one step (nothing half-written); returns an
    // error message, or empty.
    QString exportTo(qint64 conversation_id, ExportFormat format, const QString& path);
    // Imports each file in turn, off the calling thread: imported() or importFailed()
    // per file, then importsFinished().
    void importFiles(const QStringList& paths);

signals:
    void imported(qint64 conversation_id, const QString& title);
    void importFailed(const QString& path, const QString& message);
    void importsFinished();

private:
    ConversationStore& store_;
    QString database_path_;
    QThreadPool pool_;
};

} // namespace linnet::app

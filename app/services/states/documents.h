// The text of a document to read into a chat: plain text and Markdown as UTF-8, PDF
// through Poppler (the text of each page, in reading order). ChatSession::attach reads
// it into the chat's state.
#pragma once

#include <QString>
#include <QStringList>

namespace linnet::app {

struct DocumentText {
    QString name; // the file name, shown on the attachment chip
    QString text;
};

// File name endings that can be attached.
QStringList documentSuffixes();
// Throws StorageError, in words, for a file that cannot be read, is not text, is empty or
// is too large.
DocumentText readDocument(const QString& path);

} // namespace linnet::app

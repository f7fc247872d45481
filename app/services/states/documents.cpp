#include "documents.h"

#include "storage_error.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringDecoder>

#include <poppler/qt6/poppler-qt6.h>

#include <memory>

namespace linnet::app {

namespace {

// 8 MB of text is millions of tokens: hours of reading on a CPU.
constexpr qint64 kMaxBytes = qint64(8) << 20;
constexpr qint64 kMaxPdfBytes = qint64(256) << 20;

QString plain_text(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QObject::tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        throw StorageError(QObject::tr("%1 is too large to read into a chat (more than 8 MB of text).").arg(path));
    // Stateless: a sequence cut at the end of the file is an error, not held for more input.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(file.readAll());
    if (utf8.hasError())
        throw StorageError(QObject::tr("%1 is not UTF-8 text.").arg(path));
    return text;
}

QString pdf_text(const QString& path)
{
    if (QFileInfo(path).size() > kMaxPdfBytes)
        throw StorageError(QObject::tr("%1 is too large to read into a chat.").arg(path));
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf)
        throw StorageError(QObject::tr("%1 is not a PDF file that can be read.").arg(path));
    if (pdf->isLocked())
        throw StorageError(QObject::tr("%1 is protected by a password.").arg(path));
    QStringList pages;
    qint64 size = 0;
    for (int i = 0; i < pdf->numPages() && size <= kMaxBytes; ++i)
        if (const std::unique_ptr<Poppler::Page> page = pdf->page(i)) {
            pages << page->text(QRectF()).trimmed();
            size += pages.last().size();
        }
    if (size > kMaxBytes)
        throw StorageError(QObject::tr("%1 is too large to read into a chat (more than 8 MB of text).").arg(path));
    return pages.join("\n");
}

} // namespace

QStringList documentSuffixes()
{
    return {"txt", "md", "markdown", "pdf"};
}

DocumentText readDocument(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!documentSuffixes().contains(suffix))
        throw StorageError(QObject::tr("%1: only .txt, .md and .pdf files can be attached.").arg(info.fileName()));
    DocumentText doc{info.fileName(), suffix == "pdf" ? pdf_text(path) : plain_text(path)};
    doc.text = doc.text.trimmed();
    if (doc.text.isEmpty())
        throw StorageError(QObject::tr("%1 holds no text to read.").arg(info.fileName()));
    return doc;
}

} // namespace linnet::app

// What each address of a download answered on its last try, and the one sentence that
// sums them up once every address has failed. Offline that is "No internet connection:
// could not reach huggingface.co, hf-mirror.com or modelscope.cn." rather than the
// last address's error alone, which read as if only that one had been tried.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

class QUrl;

namespace linnet::app {

// The address as the user knows it: "huggingface.co", or "127.0.0.1:8080" when it
// names a port.
QString hostLabel(const QUrl& url);
// True when no connection could be made at all (no name resolution, refused, no
// network), as opposed to a server that answered badly or too slowly.
bool isUnreachable(QNetworkReply::NetworkError error);

class MirrorFailures {
    Q_DECLARE_TR_FUNCTIONS(MirrorFailures)
public:
    void clear() { failures_.clear(); }
    // The address `host` was given up for `why`.
    void add(const QString& host, const QString& why, bool unreachable);
    // One sentence over every address given up, for the download of `name`; empty
    // when none was.
    QString summary(const QString& name) const;
    // "a", "a or b", "a, b or c", in the language of the window.
    static QString orList(const QStringList& items);

private:
    struct Failure {
        QString host;
        QString why;
        bool unreachable = false;
    };
    QList<Failure> failures_;
};

} // namespace linnet::app

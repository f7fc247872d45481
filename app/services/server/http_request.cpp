#include "http_request.h"

#include <QObject>

#include <utility>

namespace linnet::app {

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key == name)
            return value;
    return {};
}

HttpRequestParser::Status HttpRequestParser::fail(int status, QString message)
{
    error_status_ = status;
    error_message_ = std::move(message);
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::feed(QByteArray& buffer)
{
    if (error_status_ != 0)
        return Status::Failed;
    started_ = started_ || !buffer.isEmpty();
    if (content_length_ < 0) {
        const QString too_large = QObject::tr("The request's headers are larger than %1 bytes.").arg(limits_.max_header_bytes);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        // Without the end in sight, up to 3 bytes of it may already be here.
        if (end < 0)
            return buffer.size() > limits_.max_header_bytes + 3 ? fail(431, too_large) : Status::NeedMore;
        if (end > limits_.max_header_bytes)
            return fail(431, too_large);
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        if (Status s = parseHead(head); s == Status::Failed)
            return s;
    }
    return feedBody(buffer);
}

HttpRequestParser::Status HttpRequestParser::feedBody(QByteArray& buffer)
{
    if (chunked_) {
        switch (chunked_->feed(buffer, request_.body)) {
        case ChunkedBodyReader::Status::NeedMore: return Status::NeedMore;
        case ChunkedBodyReader::Status::Complete: return Status::Complete;
        case ChunkedBodyReader::Status::Failed: return fail(chunked_->errorStatus(), chunked_->errorMessage());
        }
    }
    if (buffer.size() < content_length_)
        return Status::NeedMore;
    request_.body = buffer.left(content_length_);
    buffer.remove(0, content_length_);
    return Status::Complete;
}

bool HttpRequestParser::takeContinueRequest()
{
    return std::exchange(continue_requested_, false);
}

HttpRequestParser::Status HttpRequestParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> start = lines.front().trimmed().split(' ');
    if (start.size() != 3 || !start[2].startsWith("HTTP/1."))
        return fail(400, QObject::tr("The request line is not HTTP/1.x."));
    request_.method = start[0];
    const QByteArray target = start[1];
    const qsizetype q = target.indexOf('?');
    request_.path = q < 0 ? target : target.left(q);
    request_.query = q < 0 ? QByteArray() : target.mid(q + 1);
    request_.keep_alive = start[2] != "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, QObject::tr("A request header has no name."));
        request_.headers.emplace_back(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray connection = request_.header("connection").toLower();
    if (connection == "close")
        request_.keep_alive = false;
    else if (connection == "keep-alive")
        request_.keep_alive = true;
    return readBodyFraming();
}

// How the body comes: chunked, with a Content-Length, or not at all. Both at once is
// refused, as a proxy in front could read the request's end elsewhere than this server.
HttpRequestParser::Status HttpRequestParser::readBodyFraming()
{
    QByteArray coding;
    for (const auto& [key, value] : request_.headers)
        if (key == "transfer-encoding")
            coding += (coding.isEmpty() ? "" : ",") + value.toLower();
    const QByteArray length = request_.header("content-length");
    const bool expects_continue = request_.header("expect").toLower() == "100-continue";
    if (!coding.isEmpty() && !length.isEmpty())
        return fail(400, QObject::tr("The request has both a Content-Length and a Transfer-Encoding."));
    if (!coding.isEmpty() && coding != "chunked")
        return fail(501, QObject::tr("The request body's Transfer-Encoding \"%1\" is not supported; send it plain "
                                     "with a Content-Length, or chunked.")
                             .arg(QString::fromLatin1(coding)));
    if (!coding.isEmpty()) {
        content_length_ = 0;
        chunked_.emplace(limits_.max_body_bytes, limits_.max_header_bytes);
    } else {
        bool ok = true;
        content_length_ = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || content_length_ < 0)
            return fail(400, QObject::tr("The Content-Length header is not a number."));
        if (content_length_ > limits_.max_body_bytes) {
            // A client waiting for "100 Continue" sends no body after a refusal.
            discard_ = expects_continue ? 0 : content_length_;
            return fail(413, QObject::tr("The request body is %1 bytes; this server accepts at most %2.")
                                 .arg(content_length_)
                                 .arg(limits_.max_body_bytes));
        }
    }
    continue_requested_ = (chunked_ || content_length_ > 0) && expects_continue;
    return Status::NeedMore;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest r = std::move(request_);
    request_ = {};
    content_length_ = -1;
    chunked_.reset();
    continue_requested_ = false;
    started_ = false;
    return r;
}

} // namespace linnet::app

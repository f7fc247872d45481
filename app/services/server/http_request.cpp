#include "http_request.h"

#include <QObject>

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
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return buffer.size() > limits_.max_header_bytes
                       ? fail(431, QObject::tr("The request's headers are larger than %1 bytes.").arg(limits_.max_header_bytes))
                       : Status::NeedMore;
        if (end > limits_.max_header_bytes)
            return fail(431, QObject::tr("The request's headers are larger than %1 bytes.").arg(limits_.max_header_bytes));
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        if (Status s = parseHead(head); s == Status::Failed)
            return s;
    }
    if (buffer.size() < content_length_)
        return Status::NeedMore;
    request_.body = buffer.left(content_length_);
    buffer.remove(0, content_length_);
    return Status::Complete;
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
    if (!request_.header("transfer-encoding").isEmpty())
        return fail(411, QObject::tr("Send the request body with a Content-Length, not chunked."));
    const QByteArray length = request_.header("content-length");
    bool ok = true;
    content_length_ = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || content_length_ < 0)
        return fail(400, QObject::tr("The Content-Length header is not a number."));
    if (content_length_ > limits_.max_body_bytes) {
        discard_ = content_length_;
        return fail(413, QObject::tr("The request body is %1 bytes; this server accepts at most %2.")
                             .arg(content_length_)
                             .arg(limits_.max_body_bytes));
    }
    return Status::NeedMore;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest r = std::move(request_);
    request_ = {};
    content_length_ = -1;
    started_ = false;
    return r;
}

} // namespace linnet::app

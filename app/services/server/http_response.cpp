#include "http_response.h"

#include <utility>

namespace linnet::app {

QByteArray reasonPhrase(int status)
{
    static const std::pair<int, const char*> phrases[] = {
        {200, "OK"},
        {204, "No Content"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {411, "Length Required"},
        {413, "Payload Too Large"},
        {415, "Unsupported Media Type"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {503, "Service Unavailable"},
    };
    for (const auto& [code, phrase] : phrases)
        if (code == status)
            return phrase;
    return "Unknown";
}

QByteArray responseHead(int status, const HttpHeaders& headers, qint64 body_length, bool keep_alive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += body_length < 0 ? QByteArray("Transfer-Encoding: chunked\r\n")
                            : "Content-Length: " + QByteArray::number(body_length) + "\r\n";
    head += keep_alive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return head;
}

QByteArray chunk(const QByteArray& data)
{
    if (data.isEmpty())
        return {}; // an empty chunk would end the body
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray lastChunk()
{
    return "0\r\n\r\n";
}

} // namespace linnet::app

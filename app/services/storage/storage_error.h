// A storage failure, with a message for the user (what failed and what to do).
#pragma once

#include <QString>

#include <stdexcept>

namespace linnet::app {

class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString& message) : std::runtime_error(message.toStdString()), message_(message) {}
    const QString& message() const { return message_; }

private:
    QString message_;
};

} // namespace linnet::app

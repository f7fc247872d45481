// Errors the engine reports. Every message is written for the person using the app:
// it names the file or value at fault and what is wrong with it.
#pragma once

#include <stdexcept>
#include <string>

namespace linnet {

enum class ErrorKind {
    Io,                 // the file cannot be opened, read or mapped
    BadMagic,           // not a model file of the expected format
    UnsupportedVersion, // a file format version Linnet does not read
    UnsupportedType,    // a tensor data type Linnet does not read
    Truncated,          // the file ends before its declared content
    ShapeMismatch,      // a tensor's shape contradicts the header or the architecture
    UnknownTensor,      // a tensor the architecture does not use
    MissingTensor,      // a tensor the architecture needs is absent
    Malformed,          // any other structural error in a file
    UnsafeContent,      // a .pth pickle that would run code or build foreign objects
    StateMismatch,      // a saved state that belongs to another model
    InvalidArgument,    // a bad option, token id or setting
    Cancelled,          // the caller asked to stop
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const noexcept { return kind_; }

private:
    ErrorKind kind_;
};

} // namespace linnet

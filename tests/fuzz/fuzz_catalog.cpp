// Model catalogs (JSON from a file or a web address).
#include "model_catalog.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto catalog = linnet::app::ModelCatalog::parse(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)), &error);
    if (!catalog && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}

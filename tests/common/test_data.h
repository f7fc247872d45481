// Test data from ../shared (models, tokenizers, reference vectors): read in place,
// never copied into the repository.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <span>
#include <vector>

namespace linnet::test {

QString shared_path(const QString& relative); // fails the test when absent
QJsonObject read_json(const QString& relative);
QByteArray read_file(const QString& path);

std::vector<float> floats(const QJsonArray& a);
std::vector<int32_t> ints(const QJsonArray& a);

void write_file(const QString& path, const QByteArray& bytes);

// How many times slower this build runs than a plain one: 1, or more in the ASan + UBSan
// build (tests/CMakeLists.txt), or the environment's LINNET_TEST_TIME_SCALE. Waits for an
// outcome are scaled by it; the outcome asserted stays the same.
int time_scale();
inline int scaled_ms(int ms)
{
    return ms * time_scale();
}

// The tensor records of an rwkv.cpp .bin file, to build damaged copies in tests.
struct GgmlRecord {
    QString name;
    qsizetype header_offset = 0; // where the record starts
    qsizetype dims_offset = 0;   // where its ne[] values start
    qsizetype data_offset = 0;
    qsizetype data_size = 0;
    uint32_t type = 0;
    std::vector<uint32_t> ne;
};
std::vector<GgmlRecord> ggml_records(const QByteArray& file);

// Largest |a[i] − b[i]|; +inf when the sizes differ or a value is NaN.
double max_abs_diff(std::span<const float> a, std::span<const float> b);

} // namespace linnet::test

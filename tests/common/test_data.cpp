#include "test_data.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <cstring>
#include <map>
#include <limits>

namespace linnet::test {

QString shared_path(const QString& relative)
{
    const QString path = QDir(QStringLiteral(LINNET_SHARED_DIR)).filePath(relative);
    if (!QFile::exists(path))
        qFatal("Test data missing: %s (the shared directory must sit beside the repository)", qPrintable(path));
    return path;
}

int time_scale()
{
    // LINNET_TEST_TIME_SCALE in the environment overrides the build's factor (to run the
    // plain build as the sanitized one would, or under a slower tool).
    static const int scale = [] {
        bool ok = false;
        const int v = qEnvironmentVariableIntValue("LINNET_TEST_TIME_SCALE", &ok);
        return ok && v >= 1 ? v : LINNET_TEST_TIME_SCALE;
    }();
    return scale;
}

QByteArray read_file(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    return f.readAll();
}

QJsonObject read_json(const QString& relative)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(read_file(shared_path(relative)), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(relative), qPrintable(error.errorString()));
    return doc.object();
}

std::vector<float> floats(const QJsonArray& a)
{
    std::vector<float> v;
    v.reserve(a.size());
    for (const auto& x : a)
        v.push_back(static_cast<float>(x.toDouble()));
    return v;
}

std::vector<int32_t> ints(const QJsonArray& a)
{
    std::vector<int32_t> v;
    v.reserve(a.size());
    for (const auto& x : a)
        v.push_back(x.toInt());
    return v;
}

void write_file(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("Cannot write %s", qPrintable(path));
}

std::vector<GgmlRecord> ggml_records(const QByteArray& file)
{
    auto u32 = [&](qsizetype at) {
        uint32_t v;
        std::memcpy(&v, file.constData() + at, 4);
        return v;
    };
    std::vector<GgmlRecord> records;
    qsizetype at = 24;
    while (at < file.size()) {
        GgmlRecord r;
        r.header_offset = at;
        const uint32_t n_dims = u32(at), name_len = u32(at + 4);
        r.type = u32(at + 8);
        r.dims_offset = at + 12;
        uint64_t n = 1;
        for (uint32_t d = 0; d < n_dims; ++d) {
            r.ne.push_back(u32(r.dims_offset + 4 * d));
            n *= r.ne.back();
        }
        const qsizetype name_at = r.dims_offset + 4 * n_dims;
        r.name = QString::fromUtf8(file.constData() + name_at, name_len);
        r.data_offset = name_at + name_len;
        static const std::map<uint32_t, std::pair<int, int>> sizes = {
            {0, {1, 4}}, {1, {1, 2}}, {2, {32, 18}}, {3, {32, 20}}, {7, {32, 22}}, {8, {32, 24}}, {9, {32, 34}}};
        const auto [block, bytes] = sizes.at(r.type);
        r.data_size = static_cast<qsizetype>(n / block * bytes);
        at = r.data_offset + r.data_size;
        records.push_back(r);
    }
    return records;
}

double max_abs_diff(std::span<const float> a, std::span<const float> b)
{
    if (a.size() != b.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double d = std::abs(double(a[i]) - double(b[i]));
        if (!(d <= worst))
            worst = std::isnan(d) ? std::numeric_limits<double>::infinity() : d;
    }
    return worst;
}

} // namespace linnet::test

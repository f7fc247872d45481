#include "speed_estimate.h"

#include "model_recommendation.h"
#include "read_probe.h"

#include "linnet/cpu.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <tuple>
#include <vector>

namespace linnet::app {

namespace {

// The embedding width of the official RWKV shapes, by size (v4–v7 use the same widths
// up to 7B; 14B v4–v6 are 5120 wide, 13.3B v7 4096: either way under 3 % of its weights).
int embedding_width(qint64 parameters)
{
    struct Shape {
        qint64 up_to;
        int width;
    };
    static constexpr Shape shapes[] = {{250'000'000, 768},     {600'000'000, 1024},    {2'200'000'000, 2048},
                                       {3'600'000'000, 2560},  {8'000'000'000, 4096}};
    for (const Shape& s : shapes)
        if (parameters <= s.up_to)
            return s.width;
    return 5120;
}

double bytes_per_weight(WeightPrecision p)
{
    switch (stored(p)) {
    case WeightPrecision::Fp32: return 4;
    case WeightPrecision::Bf16: return 2;
    case WeightPrecision::Int8: return 1;
    // Per 256 weights 128 bytes of levels, 16 of 8-bit scale and minimum indices and 4 of
    // the super-group's two fp16 scales (engine/src/q4.h).
    case WeightPrecision::Bit4: return (128.0 + 16 + 4) / 256;
    }
    return 4;
}

// Beyond the weights: the program, oneDNN's scratch, states and the tokenizer.
constexpr qint64 kOverheadBytes = 300ll << 20;

} // namespace

WeightPrecision stored(WeightPrecision precision)
{
    return precision == WeightPrecision::Bf16 && !cpu_keeps_bf16_weights() ? WeightPrecision::Fp32 : precision;
}

QString precisionName(WeightPrecision precision)
{
    static const char* const names[] = {"fp32", "bf16", "bf16i8", "bf16i4"};
    return QString::fromLatin1(names[int(precision)]);
}

std::optional<WeightPrecision> precisionOfStrategy(const QString& strategy)
{
    // The embedding's width (fp32i8 against bf16i8) does not change the bytes a token reads.
    static const QHash<QString, WeightPrecision> words{
        {"fp32", WeightPrecision::Fp32},   {"bf16", WeightPrecision::Bf16},   {"fp32i8", WeightPrecision::Int8},
        {"bf16i8", WeightPrecision::Int8}, {"fp32i4", WeightPrecision::Bit4}, {"bf16i4", WeightPrecision::Bit4}};
    const QStringList parts = strategy.simplified().split(' ');
    if (parts.size() != 2 || parts[0] != QLatin1String("cpu") || !words.contains(parts[1]))
        return std::nullopt;
    return words.value(parts[1]);
}

qint64 bytesReadPerToken(const CatalogModel& model, int vocab, WeightPrecision precision)
{
    const qint64 embedding = qint64(vocab) * embedding_width(model.parameters);
    const qint64 read = std::max<qint64>(model.parameters - embedding, model.parameters / 2);
    if (precision != WeightPrecision::Bit4)
        return qint64(double(read) * bytes_per_weight(precision));
    // 4-bit models keep the head (as large as the embedding) in int8: a fifth of the
    // bytes a token reads at 0.1B, 15 % at 1.5B.
    const qint64 head = std::min(embedding, read);
    return qint64(double(read - head) * bytes_per_weight(precision)) + head;
}

int catalogVocab(const ModelCatalog& catalog, const QString& tokenizer)
{
    for (const CatalogTokenizer& t : catalog.tokenizers())
        if (t.id == tokenizer && t.vocab > 0)
            return t.vocab;
    return 65536;
}

double readSpeedFor(const MachineSpeed& machine, qint64 bytes)
{
    if (machine.read_bytes_per_s <= 0)
        return 0;
    std::vector<ReadSpeed> points(machine.small_reads.begin(), machine.small_reads.end());
    points.push_back({kReadTestBytes, machine.read_bytes_per_s});
    auto above = std::find_if(points.begin(), points.end(), [bytes](const ReadSpeed& p) { return p.bytes >= bytes; });
    double speed = machine.read_bytes_per_s;
    if (above == points.begin())
        speed = above->bytes_per_s;
    else if (above != points.end()) {
        const ReadSpeed& below = *(above - 1);
        const double at =
            std::log(double(bytes) / double(below.bytes)) / std::log(double(above->bytes) / double(below.bytes));
        speed = below.bytes_per_s + at * (above->bytes_per_s - below.bytes_per_s);
    }
    return std::max(speed, machine.read_bytes_per_s);
}

double estimatedTokensPerSecond(const CatalogModel& model, int vocab, WeightPrecision precision,
                                const MachineSpeed& machine)
{
    const qint64 bytes = bytesReadPerToken(model, vocab, precision);
    const double bound = readSpeedFor(machine, bytes) * machine.efficiency;
    return bytes > 0 && bound > 0 ? 1.0 / (double(bytes) / bound + machine.token_overhead_s) : 0;
}

qint64 estimatedMemory(const CatalogModel& model, WeightPrecision precision)
{
    return qint64(double(model.parameters) * bytes_per_weight(precision)) + kOverheadBytes;
}

WeightPrecision defaultPrecision(const QString& version)
{
    // Perplexity at 4 bits (bf16i4) against fp32 on the tiny models: v7 +0.07 %, v6 +0.45 %,
    // v5.2 +4.24 %; v4, v5 and v5.1 were not measured at 4 bits.
    static const QStringList four_bit_ok{"5.2", "6", "7"};
    return four_bit_ok.contains(version) ? WeightPrecision::Bit4 : WeightPrecision::Int8;
}

QString defaultStrategy(const QString& version)
{
    return QStringLiteral("cpu ") + precisionName(defaultPrecision(version));
}

QString fastRecommendedModel(const QList<CatalogModel>& models, const std::function<int(const QString&)>& vocab,
                             const MachineSpeed& machine, double usable_tokens_per_s)
{
    const SpeedOf speed = [&](const CatalogModel& m, WeightPrecision p) {
        return estimatedTokensPerSecond(m, vocab(m.tokenizer), p, machine);
    };
    return fastRecommendedModel(models, speed, machine.memory_bytes, usable_tokens_per_s);
}

QString fastRecommendedModel(const QList<CatalogModel>& models, const SpeedOf& tokens_per_s, qint64 memory_bytes,
                             double usable_tokens_per_s)
{
    struct Candidate {
        const CatalogModel* model;
        double tokens_per_s;
    };
    std::vector<Candidate> fitting;
    for (const CatalogModel& m : models) {
        const WeightPrecision p = defaultPrecision(m.version);
        // Leave room for everything else the machine runs: at most half its memory.
        if (!isChatFamily(m.family) || (memory_bytes > 0 && estimatedMemory(m, p) > memory_bytes / 2))
            continue;
        fitting.push_back({&m, tokens_per_s(m, p)});
    }
    // The newest generation first (G1 before World); then usable speed, then size;
    // below usable speed, the fastest; between equals, the newest release.
    auto rank = [&](const Candidate& c) {
        const CatalogModel& m = *c.model;
        const bool usable = c.tokens_per_s >= usable_tokens_per_s;
        return std::make_tuple(m.version.toDouble(), m.family.contains("G1") ? 1 : 0, usable,
                               usable ? double(m.parameters) : c.tokens_per_s, m.released.toJulianDay());
    };
    const auto best = std::max_element(fitting.begin(), fitting.end(),
                                       [&](const Candidate& a, const Candidate& b) { return rank(a) < rank(b); });
    return best == fitting.end() ? QString() : best->model->id;
}

double measureReadSpeed(int threads, qint64 bytes)
{
    ReadProbe probe(threads, size_t(std::max<qint64>(bytes, 0)));
    return probe.bytesPerSecond(10);
}

MachineSpeed measureReadSpeeds(int threads)
{
    MachineSpeed machine;
    for (const int mb : {32, 45, 64, 91, 128, 181})
        machine.small_reads.append({qint64(mb) << 20, measureReadSpeed(threads, qint64(mb) << 20)});
    machine.read_bytes_per_s = measureReadSpeed(threads);
    return machine;
}

} // namespace linnet::app

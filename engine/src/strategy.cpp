#include "linnet/strategy.h"

#include "linnet/error.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace linnet {

namespace {

struct PrecisionName {
    const char* name;
    Precision precision;
};

constexpr PrecisionName kPrecisions[] = {
    {"fp32", Precision::Fp32},
    {"bf16", Precision::Bf16},
    {"fp32i8", Precision::Fp32i8},
    {"bf16i8", Precision::Bf16i8},
    {"fp32i4", Precision::Fp32i4},
    {"bf16i4", Precision::Bf16i4},
};

constexpr const char* kSupported = "fp32, bf16, fp32i8, bf16i8, fp32i4 and bf16i4";

// Words that look like a quantised precision, and what to write instead.
struct Hint {
    const char* part;
    const char* advice;
};
constexpr Hint kHints[] = {
    {"int4", "4-bit weights are written 'fp32i4' or 'bf16i4' (the part before 'i4' is the embedding's precision)"},
    {"q4", "4-bit weights are written 'fp32i4' or 'bf16i4', also for rwkv.cpp Q4 files"},
    {"q5", "rwkv.cpp Q5 files run in 'fp32i8' or 'bf16i8'"},
    {"int8", "8-bit weights are written 'fp32i8' or 'bf16i8'"},
    {"q8", "8-bit weights are written 'fp32i8' or 'bf16i8'"},
    {"i", "weights are stored in 8 bits ('fp32i8', 'bf16i8') or 4 bits ('fp32i4', 'bf16i4')"},
};

[[noreturn]] void refuse(const std::string& message)
{
    throw Error(ErrorKind::InvalidArgument, "Strategy: " + message);
}

std::string trimmed(const std::string& s)
{
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
}

std::vector<std::string> split_stages(const std::string& text)
{
    std::vector<std::string> stages;
    size_t start = 0;
    while (true) {
        const size_t arrow = text.find("->", start);
        stages.push_back(trimmed(text.substr(start, arrow == std::string::npos ? std::string::npos : arrow - start)));
        if (arrow == std::string::npos)
            return stages;
        start = arrow + 2;
    }
}

std::vector<std::string> words(const std::string& stage)
{
    std::istringstream in(stage);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

void check_device(const std::string& device, const std::string& stage)
{
    if (device == "cpu")
        return;
    const bool gpu = device.rfind("cuda", 0) == 0 || device == "mps" || device == "dml" ||
                     device.rfind("rocm", 0) == 0 || device.rfind("xpu", 0) == 0;
    if (gpu)
        refuse("'" + device + "' in '" + stage + "' is a GPU device; Linnet runs models on the CPU only, " +
               "so every stage starts with 'cpu' (for example 'cpu bf16')");
    refuse("unknown device '" + device + "' in '" + stage + "'; the only device is 'cpu' (for example 'cpu bf16')");
}

Precision parse_precision(const std::string& word, const std::string& stage)
{
    for (const auto& p : kPrecisions)
        if (word == p.name)
            return p.precision;
    if (word == "fp16" || word == "fp16i8" || word == "fp16i4")
        refuse("'" + word + "' in '" + stage + "' is a GPU precision; on the CPU Linnet supports " + kSupported +
               " (bf16 is the closest to fp16)");
    for (const auto& hint : kHints)
        if (word.find(hint.part) != std::string::npos)
            refuse("unknown precision '" + word + "' in '" + stage + "'; " + hint.advice);
    refuse("unknown precision '" + word + "' in '" + stage + "'; Linnet supports " + kSupported);
}

// "*N" → N (≥ 1). Streaming ("*N+") and anything else are refused.
int parse_count(const std::string& word, const std::string& stage)
{
    if (word.empty() || word[0] != '*')
        refuse("'" + word + "' in '" + stage + "' is not a layer count; a stage is 'cpu PRECISION' or " +
               "'cpu PRECISION *LAYERS' (for example 'cpu bf16 *20')");
    std::string digits = word.substr(1);
    if (!digits.empty() && digits.back() == '+')
        refuse("'" + word + "' in '" + stage + "' asks to stream layers from main memory to a GPU; Linnet " +
               "keeps every layer in memory on the CPU, so write '" + word.substr(0, word.size() - 1) + "'");
    const bool number = !digits.empty() && digits.size() <= 6 &&
                        std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); });
    if (!number)
        refuse("'" + word + "' in '" + stage + "' must be '*' followed by a number of layers (for example '*20')");
    const int n = std::stoi(digits);
    if (n < 1)
        refuse("'" + word + "' in '" + stage + "' gives a stage no layers; use at least '*1' or drop the stage");
    return n;
}

struct ParsedStage {
    Precision precision;
    int count; // 0: unsized
};

ParsedStage parse_stage(const std::string& stage)
{
    if (stage.empty())
        refuse("an empty stage; stages are joined by '->', e.g. 'cpu bf16i8 *20 -> cpu fp32'");
    const auto w = words(stage);
    check_device(w[0], stage);
    if (w.size() < 2)
        refuse("'" + stage + "' names no precision; write 'cpu PRECISION' with PRECISION one of " + kSupported);
    const Precision precision = parse_precision(w[1], stage);
    if (w.size() > 3)
        refuse("unexpected '" + w[3] + "' in '" + stage + "'; a stage is 'cpu PRECISION [*LAYERS]'");
    return {precision, w.size() == 3 ? parse_count(w[2], stage) : 0};
}

// ChatRWKV's allocation: sized stages take their layers in order (the stage that reaches
// the total is cut to fit; later ones get none); unsized stages share what is left,
// each taking floor(rest / unsized stages left); leftovers go to the last stage.
std::vector<int> allocate(const std::vector<ParsedStage>& stages, int total)
{
    std::vector<int> plan(stages.size(), 0);
    int allocated = 0, free_slots = 0;
    for (size_t i = 0; i < stages.size(); ++i) {
        if (stages[i].count == 0) {
            ++free_slots;
            continue;
        }
        plan[i] = stages[i].count;
        allocated += plan[i];
        if (allocated >= total) {
            plan[i] -= allocated - total;
            allocated = total;
            break;
        }
    }
    for (size_t i = 0; i < stages.size() && free_slots > 0 && allocated < total; ++i) {
        if (stages[i].count != 0)
            continue;
        plan[i] = (total - allocated) / free_slots;
        allocated += plan[i];
        --free_slots;
    }
    plan.back() += total - allocated;
    return plan;
}

std::string layer_range(int first, int count)
{
    if (count == 1)
        return "layer " + std::to_string(first + 1);
    return "layers " + std::to_string(first + 1) + "-" + std::to_string(first + count);
}

} // namespace

const char* precision_name(Precision precision)
{
    for (const auto& p : kPrecisions)
        if (p.precision == precision)
            return p.name;
    return "?";
}

bool uses_bf16(Precision precision)
{
    return precision == Precision::Bf16 || precision == Precision::Bf16i8 || precision == Precision::Bf16i4;
}

bool uses_int8(Precision precision)
{
    return precision == Precision::Fp32i8 || precision == Precision::Bf16i8;
}

bool uses_int4(Precision precision)
{
    return precision == Precision::Fp32i4 || precision == Precision::Bf16i4;
}

StrategyPlan parse_strategy(const std::string& text, int n_layer)
{
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (trimmed(lower).empty())
        refuse("empty; write for example 'cpu fp32', 'cpu bf16' or 'cpu bf16i8 *20 -> cpu fp32'");
    std::vector<ParsedStage> parsed;
    for (const auto& stage : split_stages(lower))
        parsed.push_back(parse_stage(stage));

    const int total = n_layer + 1; // the head counts as one more layer
    const auto counts = allocate(parsed, total);
    StrategyPlan plan;
    plan.text = trimmed(text);
    int first = 0;
    for (size_t i = 0; i < parsed.size(); ++i) {
        plan.stages.push_back({parsed[i].precision, first, counts[i]});
        plan.layers.insert(plan.layers.end(), counts[i], parsed[i].precision);
        first += counts[i];
    }
    return plan;
}

std::string StrategyPlan::describe() const
{
    const int n_layer = static_cast<int>(layers.size()) - 1;
    std::string out;
    for (int first = 0; first < n_layer;) {
        int end = first;
        while (end < n_layer && layers[end] == layers[first])
            ++end;
        out += (out.empty() ? "" : ", ") + layer_range(first, end - first) + " " + precision_name(layers[first]);
        first = end;
    }
    return out + (out.empty() ? "" : ", ") + "head " + precision_name(head());
}

} // namespace linnet

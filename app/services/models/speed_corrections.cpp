#include "speed_corrections.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace linnet::app {

namespace {

constexpr double kMinRatio = 1.0 / 20, kMaxRatio = 20;
constexpr qsizetype kMaxKept = 32;

// One model size: the catalog's rounded count and a file's exact one differ by far less.
bool same_size(qint64 a, qint64 b)
{
    return std::abs(double(a - b)) <= 0.1 * double(std::max(a, b));
}

bool plausible(double ratio)
{
    return std::isfinite(ratio) && ratio >= kMinRatio && ratio <= kMaxRatio;
}

} // namespace

SpeedCorrections SpeedCorrections::fromJson(const QJsonArray& array)
{
    SpeedCorrections c;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        const auto precision = precisionOfStrategy("cpu " + o.value("precision").toString());
        const qint64 parameters = qint64(o.value("parameters").toDouble());
        const double ratio = o.value("ratio").toDouble();
        if (precision && parameters > 0 && plausible(ratio) && c.seen_.size() < kMaxKept)
            c.seen_.append({parameters, *precision, ratio});
    }
    return c;
}

QJsonArray SpeedCorrections::toJson() const
{
    QJsonArray out;
    for (const SpeedObservation& s : seen_)
        out.append(QJsonObject{
            {"parameters", double(s.parameters)}, {"precision", precisionName(s.precision)}, {"ratio", s.ratio}});
    return out;
}

SpeedObservation* SpeedCorrections::find(qint64 parameters, WeightPrecision precision)
{
    for (SpeedObservation& s : seen_)
        if (s.precision == precision && same_size(s.parameters, parameters))
            return &s;
    return nullptr;
}

void SpeedCorrections::record(qint64 parameters, WeightPrecision precision, double measured, double estimated)
{
    const double ratio = estimated > 0 ? measured / estimated : 0;
    if (parameters <= 0 || !plausible(ratio))
        return;
    // Halfway to the new figure: one slow reply (another program busy) moves it, but not all the way.
    if (SpeedObservation* s = find(parameters, precision)) {
        s->ratio = (s->ratio + ratio) / 2;
        return;
    }
    if (seen_.size() >= kMaxKept)
        seen_.removeFirst();
    seen_.append({parameters, precision, ratio});
}

double SpeedCorrections::factor(qint64 parameters, WeightPrecision precision) const
{
    for (const SpeedObservation& s : seen_)
        if (s.precision == precision && same_size(s.parameters, parameters))
            return s.ratio;
    if (seen_.isEmpty())
        return 1;
    double log_sum = 0;
    for (const SpeedObservation& s : seen_)
        log_sum += std::log(s.ratio);
    return std::exp(log_sum / double(seen_.size()));
}

} // namespace linnet::app

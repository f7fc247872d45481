// What Linnet measured of its own speed on this computer, against its estimate
// (speed_estimate.h): each real generation keeps measured ÷ estimated tokens/s for its
// model size and precision, and later estimates are multiplied by that ratio. A model
// not yet run here takes the geometric mean of every ratio kept (how this computer
// differs from the read test's bound), or 1 when nothing was measured.
#pragma once

#include "speed_estimate.h"

#include <QJsonArray>
#include <QList>

namespace linnet::app {

struct SpeedObservation {
    qint64 parameters = 0;
    WeightPrecision precision = WeightPrecision::Fp32;
    double ratio = 1; // measured ÷ estimated tokens/s
};

class SpeedCorrections {
public:
    // Entries that are not observations (wrong types, ratios out of range) are skipped.
    static SpeedCorrections fromJson(const QJsonArray& array);
    QJsonArray toJson() const;

    // A generation of `parameters` at `precision` wrote `measured` tokens/s where
    // `estimated` were expected. Ratios beyond 1/20…20 say more about the measurement
    // (a busy computer, a tiny reply) than about the estimate and are not kept.
    void record(qint64 parameters, WeightPrecision precision, double measured, double estimated);
    // The factor for an estimate of a model of `parameters` at `precision`.
    double factor(qint64 parameters, WeightPrecision precision) const;
    const QList<SpeedObservation>& observations() const { return seen_; }

private:
    SpeedObservation* find(qint64 parameters, WeightPrecision precision);
    QList<SpeedObservation> seen_;
};

} // namespace linnet::app

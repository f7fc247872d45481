// This computer's speed for the window's estimates: the memory read test, run once on a
// worker thread and kept in the settings (the window never waits for it), and the
// corrections from Linnet's own generations (speed_corrections.h), kept there too.
#pragma once

#include "settings_store.h"
#include "speed_corrections.h"

#include <QJsonArray>
#include <QObject>

namespace linnet::app {

// Read tests as kept in the settings and printed by `linnet-cli models`: {bytes, bytes_per_s} each.
QJsonArray smallReadsJson(const QList<ReadSpeed>& reads);

class SpeedCalibration : public QObject {
    Q_OBJECT
public:
    SpeedCalibration(SettingsStore& settings, qint64 memory_bytes, QObject* parent = nullptr);

    // Starts the read tests on the global thread pool unless their results are kept
    // already (or a test is under way); changed() follows when they are known. A read
    // speed kept without the smaller buffers' tests (kept before there were any) is
    // measured again once, and estimated from meanwhile.
    void measureOnce();
    bool known() const { return machine_.read_bytes_per_s > 0; }
    // Keeps a read test's result (measureOnce's, or one measured elsewhere), and the
    // tests over smaller buffers when there are some (MachineSpeed::small_reads).
    void setReadSpeed(double bytes_per_s, const QList<ReadSpeed>& small_reads = {});
    const MachineSpeed& machine() const { return machine_; }
    const SpeedCorrections& corrections() const { return corrections_; }

    // tokens/s of `model` at `precision` here, corrected; 0 while the read speed is unknown.
    double tokensPerSecond(const CatalogModel& model, int vocab, WeightPrecision precision) const;
    // The same at the model's default precision, its vocabulary from `catalog`.
    double tokensPerSecond(const ModelCatalog& catalog, const CatalogModel& model) const;
    // fastRecommendedModel with these corrected speeds; empty while the read speed is unknown.
    QString recommended(const ModelCatalog& catalog) const;
    // A real generation: a model of `parameters` with a `vocab`-token vocabulary, loaded
    // with `strategy`, wrote `tokens` at `tokens_per_s`. Kept when the strategy has one
    // precision and the reply was long enough to time.
    void recordGeneration(qint64 parameters, int vocab, const QString& strategy, int tokens, double tokens_per_s);

signals:
    void changed();

private:
    SettingsStore& settings_;
    MachineSpeed machine_;
    SpeedCorrections corrections_;
    bool measuring_ = false;
    bool small_reads_kept_ = false; // the setting exists, even if empty
};

} // namespace linnet::app

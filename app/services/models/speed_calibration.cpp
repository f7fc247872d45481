#include "speed_calibration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <thread>

namespace linnet::app {

namespace {

const QString kReadSpeedKey = QStringLiteral("memory_read_bytes_per_s");
const QString kSmallReadsKey = QStringLiteral("memory_small_reads");
const QString kCorrectionsKey = QStringLiteral("speed_corrections");
// Shorter replies are mostly the first token's cost and the timer's grain.
constexpr int kMinTimedTokens = 16;

// The tests worth keeping, by ascending size: a positive size below the main test's, with
// a positive speed (an edited or damaged setting may hold others).
QList<ReadSpeed> soundReads(const QList<ReadSpeed>& reads)
{
    QList<ReadSpeed> kept;
    for (const ReadSpeed& r : reads)
        if (r.bytes > 0 && r.bytes < kReadTestBytes && std::isfinite(r.bytes_per_s) && r.bytes_per_s > 0 &&
            (kept.isEmpty() || kept.last().bytes < r.bytes))
            kept.append(r);
    return kept;
}

QList<ReadSpeed> smallReadsFromJson(const QJsonArray& list)
{
    QList<ReadSpeed> reads;
    for (const QJsonValue& v : list) {
        // A size beyond the main test's is refused before it is made an integer.
        const double bytes = v["bytes"].toDouble();
        if (bytes >= 1 && bytes < double(kReadTestBytes))
            reads.append({qint64(bytes), v["bytes_per_s"].toDouble()});
    }
    return soundReads(reads);
}

} // namespace

QJsonArray smallReadsJson(const QList<ReadSpeed>& reads)
{
    QJsonArray list;
    for (const ReadSpeed& r : reads)
        list.append(QJsonObject{{"bytes", r.bytes}, {"bytes_per_s", r.bytes_per_s}});
    return list;
}

SpeedCalibration::SpeedCalibration(SettingsStore& settings, qint64 memory_bytes, QObject* parent)
    : QObject(parent), settings_(settings)
{
    machine_.memory_bytes = memory_bytes;
    const double read = settings_.value(kReadSpeedKey).toDouble();
    machine_.read_bytes_per_s = std::isfinite(read) ? std::max(0.0, read) : 0.0;
    const QJsonValue small_reads = settings_.value(kSmallReadsKey);
    small_reads_kept_ = small_reads.isArray();
    machine_.small_reads = smallReadsFromJson(small_reads.toArray());
    corrections_ = SpeedCorrections::fromJson(settings_.value(kCorrectionsKey).toArray());
}

void SpeedCalibration::measureOnce()
{
    if ((known() && small_reads_kept_) || measuring_)
        return;
    measuring_ = true;
    QPointer<SpeedCalibration> self(this);
    QObject* home = QCoreApplication::instance();
    QThreadPool::globalInstance()->start([self, home] {
        const MachineSpeed measured = measureReadSpeeds(int(std::thread::hardware_concurrency()));
        // Back on the main thread, where `self` can be checked safely.
        QMetaObject::invokeMethod(home, [self, measured] {
            if (self) {
                self->measuring_ = false;
                self->setReadSpeed(measured.read_bytes_per_s, measured.small_reads);
            }
        }, Qt::QueuedConnection);
    });
}

void SpeedCalibration::setReadSpeed(double bytes_per_s, const QList<ReadSpeed>& small_reads)
{
    if (!(bytes_per_s > 0) || !std::isfinite(bytes_per_s))
        return;
    machine_.read_bytes_per_s = bytes_per_s;
    machine_.small_reads = soundReads(small_reads);
    settings_.setValue(kReadSpeedKey, bytes_per_s);
    settings_.setValue(kSmallReadsKey, smallReadsJson(machine_.small_reads));
    small_reads_kept_ = true;
    emit changed();
}

double SpeedCalibration::tokensPerSecond(const CatalogModel& model, int vocab, WeightPrecision precision) const
{
    return estimatedTokensPerSecond(model, vocab, precision, machine_) * corrections_.factor(model.parameters, precision);
}

double SpeedCalibration::tokensPerSecond(const ModelCatalog& catalog, const CatalogModel& model) const
{
    return tokensPerSecond(model, catalogVocab(catalog, model.tokenizer), defaultPrecision(model.version));
}

QString SpeedCalibration::recommended(const ModelCatalog& catalog) const
{
    if (!known())
        return {};
    const SpeedOf speed = [&](const CatalogModel& m, WeightPrecision p) {
        return tokensPerSecond(m, catalogVocab(catalog, m.tokenizer), p);
    };
    return fastRecommendedModel(catalog.models(), speed, machine_.memory_bytes);
}

void SpeedCalibration::recordGeneration(qint64 parameters, int vocab, const QString& strategy, int tokens,
                                        double tokens_per_s)
{
    const auto precision = precisionOfStrategy(strategy);
    if (!known() || !precision || tokens < kMinTimedTokens || tokens_per_s <= 0)
        return;
    CatalogModel model;
    model.parameters = parameters;
    corrections_.record(parameters, *precision, tokens_per_s,
                        estimatedTokensPerSecond(model, vocab, *precision, machine_));
    settings_.setValue(kCorrectionsKey, corrections_.toJson());
    emit changed();
}

} // namespace linnet::app

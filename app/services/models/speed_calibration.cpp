#include "speed_calibration.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <thread>

namespace linnet::app {

namespace {

const QString kReadSpeedKey = QStringLiteral("memory_read_bytes_per_s");
const QString kCorrectionsKey = QStringLiteral("speed_corrections");
// Shorter replies are mostly the first token's cost and the timer's grain.
constexpr int kMinTimedTokens = 16;

} // namespace

SpeedCalibration::SpeedCalibration(SettingsStore& settings, qint64 memory_bytes, QObject* parent)
    : QObject(parent), settings_(settings)
{
    machine_.memory_bytes = memory_bytes;
    machine_.read_bytes_per_s = std::max(0.0, settings_.value(kReadSpeedKey).toDouble());
    corrections_ = SpeedCorrections::fromJson(settings_.value(kCorrectionsKey).toArray());
}

void SpeedCalibration::measureOnce()
{
    if (known() || measuring_)
        return;
    measuring_ = true;
    QPointer<SpeedCalibration> self(this);
    QObject* home = QCoreApplication::instance();
    QThreadPool::globalInstance()->start([self, home] {
        const double speed = measureReadSpeed(int(std::thread::hardware_concurrency()));
        // Back on the main thread, where `self` can be checked safely.
        QMetaObject::invokeMethod(home, [self, speed] {
            if (self) {
                self->measuring_ = false;
                self->setReadSpeed(speed);
            }
        }, Qt::QueuedConnection);
    });
}

void SpeedCalibration::setReadSpeed(double bytes_per_s)
{
    if (bytes_per_s <= 0)
        return;
    machine_.read_bytes_per_s = bytes_per_s;
    settings_.setValue(kReadSpeedKey, bytes_per_s);
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

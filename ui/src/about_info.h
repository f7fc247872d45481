// What the About dialog shows: the version and the CPU path the engine's kernels use.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace linnet::ui {

class AboutInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString cpuPath READ cpuPath CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString onednnVersion READ onednnVersion CONSTANT)

public:
    using QObject::QObject;
    QString version() const;
    // "avx512bf16 — AVX-512 with VNNI and BF16"
    QString cpuPath() const;
    QString qtVersion() const;
    QString onednnVersion() const;
};

} // namespace linnet::ui

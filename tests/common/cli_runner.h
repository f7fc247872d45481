// Runs linnet-cli as a separate process, exactly as scripts use it. LINNET_CLI (the
// binary's path) is defined by each test target that depends on linnet-cli.
#pragma once

#include "test_data.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace linnet::test {

struct CliRun {
    int status = -1; // the exit code; -1 when the process crashed
    QJsonObject json;
    QString stdout_text, stderr_text;
};

// Waits for a started linnet-cli and collects what it printed (for tests that run
// several at once).
inline CliRun finish_cli(QProcess& p)
{
    if (!p.waitForFinished(scaled_ms(120000)))
        qFatal("linnet-cli did not finish: %s", qPrintable(p.arguments().join(' ')));
    CliRun r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.stdout_text = QString::fromUtf8(p.readAllStandardOutput());
    r.stderr_text = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.stdout_text.toUtf8()).object();
    return r;
}

inline CliRun run_cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(LINNET_CLI), args);
    return finish_cli(p);
}

} // namespace linnet::test

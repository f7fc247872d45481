#include "start_points.h"

#include "start_point_state.h"

#include "linnet/error.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace linnet::app {

namespace {

const char* const kColumns = "id, name, text, source, tuned_path, created_at";

StartPoint read_start_point(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong()};
}

} // namespace

QList<StartPoint> StartPoints::list()
{
    return db_.rows(QString("SELECT %1 FROM start_points WHERE hidden = 0 ORDER BY name COLLATE NOCASE").arg(kColumns), {},
                    read_start_point);
}

std::optional<StartPoint> StartPoints::find(qint64 id)
{
    return db_.firstRow(QString("SELECT %1 FROM start_points WHERE id = ?").arg(kColumns), {id}, read_start_point);
}

StartPoint StartPoints::byName(const QString& name)
{
    const auto found = db_.firstRow(QString("SELECT %1 FROM start_points WHERE name = ? AND hidden = 0").arg(kColumns),
                                    {name}, read_start_point);
    if (!found)
        throw StorageError(QObject::tr("There is no starting point called \"%1\".").arg(name));
    return *found;
}

qint64 StartPoints::add(const QString& name, const QString& text, const QString& source, const QString& tuned_path)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        throw StorageError(QObject::tr("A starting point needs a name."));
    if (db_.scalar("SELECT COUNT(*) FROM start_points WHERE name = ? AND hidden = 0", {n}).toInt() > 0)
        throw StorageError(QObject::tr("There is already a starting point called \"%1\".").arg(n));
    // text is NOT NULL: a state-tuned file has none, and a null QString binds as NULL.
    QSqlQuery q = db_.exec("INSERT INTO start_points (name, text, source, tuned_path, created_at) VALUES (?, ?, ?, ?, ?)",
                           {n, text.isNull() ? QString::fromLatin1("") : text, source, tuned_path.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : tuned_path,
                            QDateTime::currentMSecsSinceEpoch()});
    return q.lastInsertId().toLongLong();
}

void StartPoints::remove(qint64 id)
{
    db_.transaction([&] {
        if (db_.scalar("SELECT COUNT(*) FROM conversations WHERE start_point_id = ?", {id}).toInt() > 0)
            db_.exec("UPDATE start_points SET hidden = 1 WHERE id = ?", {id});
        else
            db_.exec("DELETE FROM start_points WHERE id = ?", {id});
    });
}

void StartPoints::saveState(qint64 id, const linnet::State& state, int token_count)
{
    const auto bytes = state.serialize();
    db_.exec("INSERT OR REPLACE INTO start_point_states (start_point_id, model_fingerprint, rwkv_version, token_count, "
             "byte_size, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?)",
             {id, QString::fromStdString(state.fingerprint()), QString::fromLatin1(linnet::arch_name(state.arch())),
              token_count, qint64(bytes.size()), QDateTime::currentMSecsSinceEpoch(),
              QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()))});
}

std::optional<StartPointState> StartPoints::state(qint64 id, const std::string& fingerprint)
{
    QSqlQuery q = db_.exec("SELECT token_count, state FROM start_point_states WHERE start_point_id = ? AND "
                           "model_fingerprint = ?",
                           {id, QString::fromStdString(fingerprint)});
    if (!q.next())
        return std::nullopt;
    const QByteArray blob = q.value(1).toByteArray();
    try {
        return StartPointState{
            linnet::State::deserialize({reinterpret_cast<const uint8_t*>(blob.constData()), size_t(blob.size())}),
            q.value(0).toInt()};
    } catch (const linnet::Error& e) {
        // Read again from its text next time.
        qCWarning(lcStorage) << "dropping a damaged starting point state:" << e.what();
        db_.exec("DELETE FROM start_point_states WHERE start_point_id = ? AND model_fingerprint = ?",
                 {id, QString::fromStdString(fingerprint)});
        return std::nullopt;
    }
}

QStringList StartPoints::fingerprints(qint64 id)
{
    QSqlQuery q = db_.exec("SELECT model_fingerprint FROM start_point_states WHERE start_point_id = ?", {id});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void StartPoints::addBuiltins()
{
    // Once per data folder: a built-in the user removed stays removed.
    if (db_.scalar("SELECT COUNT(*) FROM settings WHERE key = 'start_points.builtins_added'").toInt() > 0)
        return;
    QFile file(":/linnet/start_points.json");
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).object().value("start_points").toArray();
    db_.transaction([&] {
        for (const QJsonValue& v : all) {
            const QString name = v["name"].toString();
            if (db_.scalar("SELECT COUNT(*) FROM start_points WHERE name = ?", {name}).toInt() == 0)
                add(name, v["text"].toString(), "builtin");
        }
        db_.exec("INSERT INTO settings (key, value) VALUES ('start_points.builtins_added', '[true]')");
    });
}

std::string StartPoints::keySuffix(const StartPoint& sp)
{
    const QByteArray content = (sp.source + '\n' + sp.tuned_path + '\n' + sp.text).toUtf8();
    return "+start:" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(16).toStdString();
}

} // namespace linnet::app

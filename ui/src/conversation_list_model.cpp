#include "conversation_list_model.h"

#include <QFileInfo>
#include <QSet>

namespace linnet::ui {

ConversationListModel::ConversationListModel(app::ConversationStore& store, QObject* parent)
    : QAbstractListModel(parent), store_(store)
{
    refresh();
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case IdRole: return r.id;
    case TitleRole:
    case Qt::DisplayRole: return r.title;
    case UpdatedRole: return r.updated;
    case ModelRole: return QFileInfo(r.model).completeBaseName();
    case SnippetRole: return r.snippet;
    }
    return {};
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"}, {TitleRole, "title"}, {UpdatedRole, "updated"},
            {ModelRole, "modelName"},   {SnippetRole, "snippet"}};
}

void ConversationListModel::setFilter(const QString& filter)
{
    if (filter == filter_)
        return;
    filter_ = filter;
    emit filterChanged();
    refresh();
}

void ConversationListModel::refresh()
{
    QList<Row> rows;
    if (filter_.trimmed().isEmpty()) {
        for (const auto& c : store_.list())
            rows.append({c.id, c.title, c.updated_at, c.model_path, {}});
    } else {
        QSet<qint64> seen; // one row per conversation: its best match
        for (const auto& hit : store_.search(filter_)) {
            if (seen.contains(hit.conversation_id))
                continue;
            seen.insert(hit.conversation_id);
            const auto c = store_.find(hit.conversation_id);
            rows.append({hit.conversation_id, hit.title, c ? c->updated_at : 0, c ? c->model_path : QString(), hit.snippet});
        }
    }
    beginResetModel();
    rows_ = rows;
    endResetModel();
    emit countChanged();
}

int ConversationListModel::indexOf(qint64 conversation_id) const
{
    for (qsizetype i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == conversation_id)
            return int(i);
    return -1;
}

} // namespace linnet::ui

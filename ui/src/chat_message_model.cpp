#include "chat_message_model.h"

namespace linnet::ui {

ChatMessageModel::ChatMessageModel(app::ConversationStore& store, QObject* parent)
    : QAbstractListModel(parent), store_(store)
{
}

int ChatMessageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

void ChatMessageModel::ensureLoaded(const Row& row) const
{
    if (row.loaded || row.id == 0)
        return;
    row.loaded = true;
    if (const auto m = store_.message(row.id)) {
        row.text = m->text;
        row.stats = m->stats;
        row.thought = m->thought;
        const QList<qint64> versions = store_.siblingIds(row.id);
        row.branches = int(versions.size());
        row.version = int(versions.indexOf(row.id)) + 1;
        row.document = m->document_name;
        ++texts_loaded_;
    }
}

QVariant ChatMessageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case IdRole: return r.id;
    case RoleRole: return r.role;
    case StreamingRole: return r.streaming;
    case ThinkingRole: return r.thinking;
    default: break;
    }
    ensureLoaded(r);
    switch (role) {
    case TextRole:
    case Qt::DisplayRole: return r.text;
    case FinishReasonRole: return r.stats.finish_reason;
    case TokensPerSecondRole: return r.stats.tokens_per_s;
    case ReplyTokensRole: return r.stats.reply_tokens;
    case BranchCountRole: return r.branches;
    case ThoughtRole: return r.thought ? r.thought->text.trimmed() : QString();
    case HasThoughtRole: return bool(r.thought);
    case ThoughtTokensRole: return r.thought ? r.thought->tokens : 0;
    case ThoughtSecondsRole: return r.thought ? r.thought->ms / 1000.0 : 0.0;
    case VersionRole: return r.version;
    case DocumentNameRole: return r.document;
    case DocumentTokensRole: return r.stats.prompt_tokens;
    case FirstTokenMsRole: return r.stats.first_token_ms;
    case PromptTokensRole: return r.stats.prompt_tokens;
    }
    return {};
}

QHash<int, QByteArray> ChatMessageModel::roleNames() const
{
    return {{IdRole, "messageId"},         {RoleRole, "role"},
            {TextRole, "text"},            {StreamingRole, "streaming"},
            {FinishReasonRole, "finishReason"}, {TokensPerSecondRole, "tokensPerSecond"},
            {ReplyTokensRole, "replyTokens"},   {BranchCountRole, "branchCount"},
            {ThoughtRole, "thought"},           {HasThoughtRole, "hasThought"},
            {ThinkingRole, "thinking"},         {ThoughtTokensRole, "thoughtTokens"},
            {ThoughtSecondsRole, "thoughtSeconds"},
            {VersionRole, "version"},           {DocumentNameRole, "documentName"},
            {DocumentTokensRole, "documentTokens"}, {FirstTokenMsRole, "firstTokenMs"},
            {PromptTokensRole, "promptTokens"}};
}

QString ChatMessageModel::textAt(int row) const
{
    return data(index(row), TextRole).toString();
}

void ChatMessageModel::load(qint64 conversation_id)
{
    beginResetModel();
    rows_.clear();
    for (const auto& [id, role] : store_.branchOutline(conversation_id)) {
        Row r;
        r.id = id;
        r.role = role;
        rows_.append(r);
    }
    endResetModel();
    emit countChanged();
}

void ChatMessageModel::clear()
{
    beginResetModel();
    rows_.clear();
    endResetModel();
    emit countChanged();
}

void ChatMessageModel::appendTurn(qint64 user_message_id, const QString& text)
{
    beginInsertRows({}, int(rows_.size()), int(rows_.size()));
    Row u;
    u.id = user_message_id;
    u.role = "user";
    u.text = text;
    // Not marked loaded: the first read takes the stored row, whose version count is
    // more than one when this turn is an edit (a sibling of the first question).
    u.loaded = false;
    rows_.append(u);
    endInsertRows();
    beginReply();
}

void ChatMessageModel::beginReply()
{
    if (!rows_.isEmpty() && rows_.last().role == "assistant" && rows_.last().streaming)
        return;
    beginInsertRows({}, int(rows_.size()), int(rows_.size()));
    Row a;
    a.role = "assistant";
    a.streaming = true;
    a.loaded = true;
    rows_.append(a);
    endInsertRows();
    emit countChanged();
}

void ChatMessageModel::resumeReply()
{
    if (rows_.isEmpty() || rows_.last().role != "assistant")
        return beginReply();
    ensureLoaded(rows_.last());
    rows_.last().streaming = true;
    const QModelIndex last = index(int(rows_.size()) - 1);
    emit dataChanged(last, last, {StreamingRole});
}

void ChatMessageModel::truncate(int from_row)
{
    if (from_row < 0 || from_row >= rows_.size())
        return;
    beginRemoveRows({}, from_row, int(rows_.size()) - 1);
    rows_.resize(from_row);
    endRemoveRows();
    emit countChanged();
}

void ChatMessageModel::appendToReply(const QString& text)
{
    if (rows_.isEmpty() || !rows_.last().streaming)
        return;
    Row& r = rows_.last();
    r.text += text;
    const bool was_thinking = std::exchange(r.thinking, false);
    const QModelIndex last = index(int(rows_.size()) - 1);
    emit dataChanged(last, last, was_thinking ? QList<int>{TextRole, ThinkingRole} : QList<int>{TextRole});
}

void ChatMessageModel::appendToThought(const QString& text, int tokens, double seconds)
{
    if (rows_.isEmpty() || !rows_.last().streaming)
        return;
    Row& r = rows_.last();
    if (!r.thought)
        r.thought = app::ReplyThought{};
    r.thought->text += text;
    r.thought->tokens = tokens;
    r.thought->ms = seconds * 1000.0;
    r.thinking = r.text.isEmpty();
    const QModelIndex last = index(int(rows_.size()) - 1);
    emit dataChanged(last, last, {ThoughtRole, HasThoughtRole, ThinkingRole, ThoughtTokensRole, ThoughtSecondsRole});
}

void ChatMessageModel::finishReply(qint64 message_id)
{
    if (rows_.isEmpty() || !rows_.last().streaming)
        return;
    Row& r = rows_.last();
    r.streaming = false;
    r.thinking = false;
    r.id = message_id;
    r.loaded = false; // read the stored text and statistics
    if (message_id == 0) {
        // Cancelled before any reply: drop the empty row.
        beginRemoveRows({}, int(rows_.size()) - 1, int(rows_.size()) - 1);
        rows_.removeLast();
        endRemoveRows();
        emit countChanged();
        return;
    }
    const QModelIndex last = index(int(rows_.size()) - 1);
    emit dataChanged(last, last);
}

} // namespace linnet::ui

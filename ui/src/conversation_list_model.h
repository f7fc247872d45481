// The conversations on the left: most recent first, or the matches of a search over
// titles and message text.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "conversation_store.h"

namespace linnet::ui {

class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.conversations")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, UpdatedRole, ModelRole, SnippetRole };

    ConversationListModel(app::ConversationStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filter() const { return filter_; }
    void setFilter(const QString& filter);

    Q_INVOKABLE void refresh();
    Q_INVOKABLE int indexOf(qint64 conversation_id) const;

signals:
    void filterChanged();
    void countChanged();

private:
    struct Row {
        qint64 id;
        QString title;
        qint64 updated;
        QString model;
        QString snippet;
    };
    app::ConversationStore& store_;
    QString filter_;
    QList<Row> rows_;
};

} // namespace linnet::ui

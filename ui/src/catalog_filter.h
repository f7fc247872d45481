// The catalog as the Models dialog lists it: narrowed by a search text and filters
// (series, size, fits this computer, installed), in catalog order so that each series
// stays together under one heading.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace linnet::ui {

class CatalogListModel;

class CatalogFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.models.filtered")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(QString series READ series WRITE setSeries NOTIFY filterChanged)
    Q_PROPERTY(QString size READ size WRITE setSize NOTIFY filterChanged)
    Q_PROPERTY(bool fitsOnly READ fitsOnly WRITE setFitsOnly NOTIFY filterChanged)
    Q_PROPERTY(bool installedOnly READ installedOnly WRITE setInstalledOnly NOTIFY filterChanged)
    Q_PROPERTY(QStringList seriesList READ seriesList NOTIFY seriesListChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // Size classes by parameters: "small" under 1B, "medium" 1B to under 4B, "large" 4B and up.
    static QString sizeClass(double parameters);

    explicit CatalogFilter(CatalogListModel& catalog, QObject* parent = nullptr);

    QString search() const { return search_; }
    QString series() const { return series_; }
    QString size() const { return size_; }
    bool fitsOnly() const { return fits_only_; }
    bool installedOnly() const { return installed_only_; }
    QStringList seriesList() const;
    int count() const { return rowCount(); }

    void setSearch(const QString& text);
    void setSeries(const QString& series);
    void setSize(const QString& size_class);
    void setFitsOnly(bool on);
    void setInstalledOnly(bool on);
    Q_INVOKABLE void clear();
    // The description shown once under a series heading: its first model's.
    Q_INVOKABLE QString seriesDescription(const QString& series) const;

signals:
    void filterChanged();
    void seriesListChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;

private:
    void changed();
    bool matchesSearch(const QModelIndex& index) const;

    QString search_, series_, size_;
    bool fits_only_ = false;
    bool installed_only_ = false;
};

} // namespace linnet::ui

#include "catalog_filter.h"

#include "model_library_view.h"

namespace linnet::ui {

QString CatalogFilter::sizeClass(double parameters)
{
    if (parameters < 1e9)
        return "small";
    return parameters < 4e9 ? "medium" : "large";
}

CatalogFilter::CatalogFilter(CatalogListModel& catalog, QObject* parent) : QSortFilterProxyModel(parent)
{
    setSourceModel(&catalog);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &CatalogFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        emit countChanged();
        emit seriesListChanged();
    });
    // A download finishing changes "installed": the filter is asked again.
    setDynamicSortFilter(true);
}

QStringList CatalogFilter::seriesList() const
{
    QStringList list;
    const QAbstractItemModel* source = sourceModel();
    for (int row = 0; row < source->rowCount(); ++row) {
        const QString family = source->index(row, 0).data(CatalogListModel::FamilyRole).toString();
        // A model without a series is listed under "All series" only (an empty entry
        // would show as a blank choice, and as the current one).
        if (!family.isEmpty() && !list.contains(family))
            list << family;
    }
    return list;
}

void CatalogFilter::setSearch(const QString& text)
{
    if (text != search_) {
        search_ = text;
        changed();
    }
}

void CatalogFilter::setSeries(const QString& series)
{
    if (series != series_) {
        series_ = series;
        changed();
    }
}

void CatalogFilter::setSize(const QString& size_class)
{
    if (size_class != size_) {
        size_ = size_class;
        changed();
    }
}

void CatalogFilter::setFitsOnly(bool on)
{
    if (on != fits_only_) {
        fits_only_ = on;
        changed();
    }
}

void CatalogFilter::setInstalledOnly(bool on)
{
    if (on != installed_only_) {
        installed_only_ = on;
        changed();
    }
}

void CatalogFilter::clear()
{
    search_.clear();
    series_.clear();
    size_.clear();
    fits_only_ = installed_only_ = false;
    changed();
}

QString CatalogFilter::seriesDescription(const QString& series) const
{
    const QAbstractItemModel* source = sourceModel();
    for (int row = 0; row < source->rowCount(); ++row) {
        const QModelIndex index = source->index(row, 0);
        if (index.data(CatalogListModel::FamilyRole).toString() == series)
            return index.data(CatalogListModel::DescriptionRole).toString();
    }
    return {};
}

void CatalogFilter::changed()
{
    invalidateFilter();
    emit filterChanged();
    emit countChanged();
}

bool CatalogFilter::matchesSearch(const QModelIndex& index) const
{
    // Every word must appear in the name, the series or the description.
    const QString haystack = QStringList{index.data(CatalogListModel::NameRole).toString(),
                                         index.data(CatalogListModel::FamilyRole).toString(),
                                         index.data(CatalogListModel::DescriptionRole).toString()}
                                 .join(' ');
    for (const QString& word : search_.split(' ', Qt::SkipEmptyParts))
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool CatalogFilter::filterAcceptsRow(int source_row, const QModelIndex& source_parent) const
{
    const QModelIndex index = sourceModel()->index(source_row, 0, source_parent);
    if (!series_.isEmpty() && index.data(CatalogListModel::FamilyRole).toString() != series_)
        return false;
    if (!size_.isEmpty() && sizeClass(index.data(CatalogListModel::ParametersRole).toDouble()) != size_)
        return false;
    if (fits_only_ && index.data(CatalogListModel::BestPrecisionRole).toString().isEmpty())
        return false;
    if (installed_only_ && !index.data(CatalogListModel::InstalledRole).toBool())
        return false;
    return matchesSearch(index);
}

} // namespace linnet::ui

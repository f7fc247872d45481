// The model manager page: the catalog (with sizes, memory per precision, "fits this
// machine" and live download progress), the installed models with their disk use,
// import and removal. A thin adapter over app::ModelManager; nothing here blocks.
#pragma once

#include <QAbstractListModel>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "catalog_filter.h"
#include "model_manager.h"

namespace linnet::ui {

class CatalogListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.models.catalog")

public:
    enum Role {
        IdRole = Qt::UserRole + 1, NameRole, FamilyRole, VersionRole, ParametersRole, SizeRole, DescriptionRole,
        LicenseRole, RamFp32Role, RamBf16Role, RamInt8Role, BestPrecisionRole, InstalledRole, ModelIdRole,
        DownloadStateRole, ReceivedRole, TotalRole, SpeedRole, SecondsLeftRole, MessageRole, RecommendedRole,
        AttemptRole, NewRole, Sha256Role, TokensPerSecondRole, EstimatePrecisionRole,
    };
    CatalogListModel(app::ModelManager& manager, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLanguage(const QString& language);
    void refresh();
    void refreshDownload(const QString& id);
    // The estimated tokens/s and the suggestion again, after the read test or a generation.
    void refreshSpeeds();
    // The catalog model to suggest: the best chat model at a usable speed on this computer
    // (app::SpeedCalibration::recommended); until the read test is done, the largest chat
    // model that fits this machine in bf16.
    QString recommendedId() const;
    int rowOf(const QString& catalog_id) const;
    // The entries the last "Check for new models" added (marked "New").
    void setNewIds(const QStringList& ids);

private:
    void estimateSpeeds();

    app::ModelManager& manager_;
    QString language_ = "en";
    QString recommended_;
    QList<double> tokens_per_s_; // per catalog row at its default precision; 0 while unknown
    QStringList new_ids_;
    // One per catalog row, read once per change (the status asks the database and the disk).
    QList<app::CatalogEntryStatus> status_;
};

class InstalledListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.models.installed")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PathRole, VersionRole, FormatRole, DiskBytesRole, PackedBytesRole,
                ExistsRole };
    InstalledListModel(app::ModelManager& manager, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void refresh();
    Q_INVOKABLE QString pathOf(qint64 id) const;
    // The files and packed copies of the rows, as read at the last refresh.
    qint64 diskBytes() const;

signals:
    void countChanged();

private:
    struct Row {
        qint64 id;
        QString name, path, version, format;
        qint64 disk, packed;
        bool exists;
    };
    app::ModelManager& manager_;
    QList<Row> rows_;
};

class ModelLibraryView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.models")
    Q_PROPERTY(CatalogListModel* catalog READ catalog CONSTANT)
    Q_PROPERTY(CatalogFilter* filtered READ filtered CONSTANT)
    Q_PROPERTY(InstalledListModel* installed READ installed CONSTANT)
    Q_PROPERTY(double totalMemoryGb READ totalMemoryGb CONSTANT)
    Q_PROPERTY(qint64 diskUsage READ diskUsage NOTIFY libraryChanged)
    Q_PROPERTY(QString modelsDir READ modelsDir NOTIFY libraryChanged)
    Q_PROPERTY(QString recommendedId READ recommendedId NOTIFY libraryChanged)
    Q_PROPERTY(QString recommendedName READ recommendedName NOTIFY libraryChanged)
    // "Check for new models": under way, its outcome in words, and the entries it added.
    Q_PROPERTY(bool checkingForNew READ checkingForNew NOTIFY newModelsChanged)
    Q_PROPERTY(QString newModelsMessage READ newModelsMessage NOTIFY newModelsChanged)
    Q_PROPERTY(QStringList newModelIds READ newModelIds NOTIFY newModelsChanged)
    Q_PROPERTY(QString releasesApi READ releasesApi NOTIFY newModelsChanged)

public:
    ModelLibraryView(app::ModelManager& manager, QObject* parent = nullptr);

    CatalogListModel* catalog() { return &catalog_; }
    CatalogFilter* filtered() { return &filtered_; }
    InstalledListModel* installed() { return &installed_; }
    double totalMemoryGb() const;
    qint64 diskUsage() const;
    QString modelsDir() const;
    QString recommendedId() const { return catalog_.recommendedId(); }
    QString recommendedName() const;
    void setLanguage(const QString& language) { catalog_.setLanguage(language); }
    // The notice was dismissed: the failures it listed are not repeated in the next one.
    void forgetFailures() { failures_.clear(); }
    // A model was loaded: its load may have written a packed 4-bit copy, which counts
    // in the disk use shown.
    void refreshDiskUse();

    // Each returns an empty string when started, else why not.
    Q_INVOKABLE QString download(const QString& catalog_id);
    Q_INVOKABLE void pause(const QString& download_id);
    Q_INVOKABLE void resume(const QString& download_id);
    Q_INVOKABLE void cancel(const QString& download_id);
    Q_INVOKABLE QString importFile(const QString& path_or_url, bool copy);
    Q_INVOKABLE QString remove(qint64 model_id);
    Q_INVOKABLE void checkForNewModels();
    // Where the official listings are read: Hugging Face's API or a mirror of it.
    Q_INVOKABLE QString setReleasesApi(const QString& address);

    bool checkingForNew() const { return manager_.checkingForNewModels(); }
    QString newModelsMessage() const { return new_message_; }
    QStringList newModelIds() const { return new_ids_; }
    QString releasesApi() const { return manager_.releasesApi().toString(); }

signals:
    void libraryChanged();
    void installedModel(qint64 model_id, const QString& path); // a download or import finished
    void problem(const QString& message);
    void newModelsChanged();

private:
    void showNewModels(const QList<app::CatalogModel>& added);
    // Adds a failed download to the notice instead of replacing what it already says.
    void addFailure(const QString& download_id, const QString& text);

    // A failed download as the notice lists it. Tokenizers come after models: offline a
    // model and the tokenizer queued with it both fail, the model's failure is the news.
    struct Failure {
        QString download_id;
        bool tokenizer = false;
        QString text;
    };

    app::ModelManager& manager_;
    CatalogListModel catalog_;
    CatalogFilter filtered_{catalog_};
    InstalledListModel installed_;
    QString new_message_;
    QStringList new_ids_;
    QList<Failure> failures_; // since the notice was last dismissed
};

} // namespace linnet::ui

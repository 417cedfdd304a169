#include "datasetloader.h"

#include "core/io/csvreader.h"
#include "datasetsession.h"
#include "resources/demodata.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace synthreg::gui {

namespace {

DatasetLoader::Outcome readDemo()
{
    const QString path = resources::demoBaselinePath();
    const QString name = QFileInfo(path).fileName();
    DatasetLoader::Outcome outcome;
    outcome.sourceName = name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = core::Diagnostic::error(
            name, DatasetLoader::tr("The demo data is missing from this build."),
            DatasetLoader::tr("Reinstall SynthReg."));
        return outcome;
    }
    core::ImportResult result = core::CsvReader().read(file, name);
    outcome.warnings = std::move(result.warnings);
    if (!result.ok()) {
        outcome.error = std::move(result.error);
        return outcome;
    }
    if (result.table.provenance().sourcePath.isEmpty())
        result.table.setProvenance({path, QStringLiteral("csv"), QString(), QString()});
    outcome.inference = core::inferSchema(result.table);
    outcome.table = std::move(result.table);
    return outcome;
}

} // namespace

DatasetLoader::DatasetLoader(DatasetSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &DatasetLoader::finish);
    connect(&m_listingWatcher, &QFutureWatcherBase::finished, this, &DatasetLoader::finishListing);
}

DatasetLoader::Outcome DatasetLoader::importFile(const core::ImportRequest &request, bool inferSchema)
{
    Outcome outcome;
    outcome.sourceName = QFileInfo(request.path).fileName();
    if (!request.table.isEmpty())
        outcome.sourceName = tr("%1 (table %2)").arg(outcome.sourceName, request.table);
    core::ImportResult result = core::importData(request);
    outcome.warnings = std::move(result.warnings);
    if (!result.ok()) {
        outcome.error = std::move(result.error);
        return outcome;
    }
    if (inferSchema)
        outcome.inference = core::inferSchema(result.table);
    outcome.table = std::move(result.table);
    return outcome;
}

bool DatasetLoader::isSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

void DatasetLoader::load(const core::ImportRequest &request)
{
    QString name = QFileInfo(request.path).fileName();
    if (!request.table.isEmpty())
        name = tr("%1 (table %2)").arg(name, request.table);
    start(name, [request] { return importFile(request); });
}

void DatasetLoader::loadDemo()
{
    start(QFileInfo(resources::demoBaselinePath()).fileName(), &readDemo);
}

void DatasetLoader::listSqliteTables(const QString &path)
{
    if (m_busy)
        return;
    setBusy(true, QFileInfo(path).fileName());
    m_listingWatcher.setFuture(QtConcurrent::run([path] {
        SqliteListing listing;
        listing.path = path;
        listing.tables = core::SqliteSource::listTables(path, &listing.error);
        return listing;
    }));
}

void DatasetLoader::start(QString sourceName, std::function<Outcome()> work)
{
    if (m_busy)
        return;
    setBusy(true, sourceName);
    m_importWatcher.setFuture(QtConcurrent::run(std::move(work)));
}

void DatasetLoader::finish()
{
    // takeResult() leaves no copy of the table behind in the watcher.
    QFuture<Outcome> future = m_importWatcher.future();
    if (!future.isValid() || future.resultCount() == 0)
        return;
    Outcome outcome = future.takeResult();
    setBusy(false, {});
    if (outcome.error) {
        Q_EMIT failed(outcome.sourceName, outcome.error->toString());
        return;
    }
    m_session->setDataset(std::move(outcome.table), std::move(outcome.inference),
                          std::move(outcome.warnings), outcome.sourceName);
    Q_EMIT loaded();
}

void DatasetLoader::finishListing()
{
    QFuture<SqliteListing> future = m_listingWatcher.future();
    if (!future.isValid() || future.resultCount() == 0)
        return;
    SqliteListing listing = future.takeResult();
    setBusy(false, {});
    if (listing.error) {
        Q_EMIT failed(QFileInfo(listing.path).fileName(), listing.error->toString());
        return;
    }
    Q_EMIT sqliteTablesListed(listing.path, listing.tables);
}

void DatasetLoader::setBusy(bool busy, const QString &sourceName)
{
    m_currentSourceName = sourceName;
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace synthreg::gui

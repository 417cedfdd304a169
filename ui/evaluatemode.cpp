#include "evaluatemode.h"

#include "core/io/tablewriters.h"
#include "datasetsession.h"
#include "evaluationjob.h"
#include "pagelayout.h"
#include "evaluationdetails.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace synthreg::gui {

EvaluateMode::EvaluateMode(DatasetSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("evaluateMode"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("evaluateContent"));

    m_title = createPageTitle(content);
    m_splitNote = new QLabel(content);
    m_splitNote->setWordWrap(true);
    m_splitCounts = new QLabel(content);
    m_exportButton = new QPushButton(content);
    m_exportButton->setObjectName(QStringLiteral("exportTrainingRowsButton"));
    m_compareButton = new QPushButton(content);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_syntheticLabel = new QLabel(content);
    m_syntheticLabel->setObjectName(QStringLiteral("syntheticLabel"));
    m_targetLabel = new QLabel(content);
    m_targetCombo = new QComboBox(content);
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targetLabel->setBuddy(m_targetCombo);
    m_job = createJobControls(QStringLiteral("Evaluation"), content);
    m_details = new EvaluationDetails(content);

    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(m_splitCounts);
    splitRow->addWidget(m_exportButton);
    splitRow->addStretch();
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_compareButton);
    runRow->addWidget(m_syntheticLabel, 1);
    runRow->addSpacing(12);
    runRow->addWidget(m_targetLabel);
    runRow->addWidget(m_targetCombo);
    runRow->addWidget(m_job.start);
    runRow->addWidget(m_job.cancel);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_job.progress, 1);
    progressRow->addWidget(m_job.step, 2);

    auto *column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(m_splitNote);
    column->addLayout(splitRow);
    column->addLayout(runRow);
    column->addLayout(progressRow);
    column->addWidget(m_job.message);
    column->addWidget(m_details, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("evaluateScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_exportButton, &QPushButton::clicked, this, &EvaluateMode::exportTrainingRows);
    connect(m_compareButton, &QPushButton::clicked, this, &EvaluateMode::chooseSynthetic);
    connect(m_job.start, &QPushButton::clicked, this, &EvaluateMode::start);
    connect(m_job.cancel, &QPushButton::clicked, this, &EvaluateMode::cancel);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &EvaluateMode::finishImport);
    connect(m_session, &DatasetSession::datasetAboutToChange, this, &EvaluateMode::cancel);
    connect(m_session, &DatasetSession::datasetChanged, this, &EvaluateMode::onDatasetChanged);
    connect(m_session, &DatasetSession::schemaChanged, this, [this] {
        const QString target = m_targetCombo->currentData().toString();
        updateSplit();
        setTarget(target);
    });

    retranslate();
    onDatasetChanged();
}

EvaluateMode::~EvaluateMode()
{
    m_worker.stop();
}

core::Table EvaluateMode::trainingRows() const
{
    return trainingSelection().select();
}

core::Table EvaluateMode::holdoutRows() const
{
    return holdoutSelection().select();
}

RowSelection EvaluateMode::trainingSelection() const
{
    return m_split ? RowSelection{m_session->table(), m_split->trainRowList()} : RowSelection();
}

RowSelection EvaluateMode::holdoutSelection() const
{
    return m_split ? RowSelection{m_session->table(), m_split->holdoutRowList()} : RowSelection();
}

void EvaluateMode::onDatasetChanged()
{
    m_synthetic = core::Table();
    m_syntheticName.clear();
    m_report.reset();
    m_details->clear();
    m_job.message->clear();
    m_job.progress->setValue(0);
    m_job.step->clear();
    m_split.reset();   // a new table: the split must be made again
    updateSplit();
    setTarget({});
}

void EvaluateMode::updateSplit()
{
    // The split depends on the table and the patient-id column only: a role edit elsewhere
    // must not redo it (it is a pass over every row, on this thread).
    const core::Schema &schema = m_session->schema();
    const QString group = schema.longitudinal ? schema.longitudinal->patientIdColumn : QString();
    if (!m_session->hasData())
        m_split.reset();
    else if (!m_split || m_split->groupColumn != group || m_split->rowCount != m_session->table().rowCount())
        m_split = core::makeHoldoutSplit(m_session->table(), kHoldoutShare, kSplitSeed, group);
    // Target candidates: the modelled columns of the schema.
    m_targetCombo->clear();
    m_targetCombo->addItem(tr("(none)"), QString());
    for (const core::ColumnSpec &spec : m_session->schema().columns)
        if (core::isModelledRole(spec.role))
            m_targetCombo->addItem(spec.name, spec.name);
    retranslate();
}

void EvaluateMode::setTarget(const QString &column)
{
    const int index = m_targetCombo->findData(column);
    m_targetCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void EvaluateMode::chooseSynthetic()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare with a synthetic file"), QString(),
        tr("Data files (*.csv *.tsv *.txt *.sqlite *.db *.sav *.dta *.sas7bdat);;All files (*)"));
    if (!path.isEmpty())
        loadSynthetic(path);
}

void EvaluateMode::loadSynthetic(const QString &path)
{
    if (m_importWatcher.isRunning() || isRunning())
        return;
    m_job.message->clear();
    m_syntheticLabel->setText(tr("Reading %1 …").arg(path));
    const core::ImportRequest request{path, {}, {}, {}};
    m_importWatcher.setFuture(QtConcurrent::run([request] { return DatasetLoader::importFile(request, /*inferSchema=*/false); }));
    updateState();
}

void EvaluateMode::finishImport()
{
    QFuture<DatasetLoader::Outcome> future = m_importWatcher.future();
    if (!future.isValid() || future.resultCount() == 0)
        return;
    DatasetLoader::Outcome outcome = future.takeResult();
    if (outcome.error) {
        m_syntheticName.clear();
        m_synthetic = core::Table();
        retranslate();
        m_job.message->setText(outcome.error->toString());
        updateState();
        Q_EMIT failed(outcome.error->toString());
        return;
    }
    setSynthetic(std::move(outcome.table), outcome.sourceName);
    Q_EMIT syntheticLoaded();
}

void EvaluateMode::setSynthetic(core::Table table, const QString &name)
{
    m_synthetic = std::move(table);
    m_syntheticName = name;
    m_report.reset();
    m_details->clear();
    retranslate();
}

void EvaluateMode::start()
{
    if (isRunning() || !m_split || !hasSynthetic())
        return;
    core::EvaluationRequest request;
    request.synthetic = m_synthetic;
    request.schema = m_session->schema();
    request.settings.target = m_targetCombo->currentData().toString();
    request.settings.seed = kSplitSeed;

    m_report.reset();
    m_details->clear();
    m_job.message->clear();
    m_job.progress->setValue(0);
    m_job.step->setText(tr("Starting …"));
    Q_EMIT jobProgress(0, tr("Evaluating …"));

    m_evaluatedTrain = trainingSelection();
    m_evaluatedSynthetic = m_synthetic;
    auto *job = new EvaluationJob(std::move(request), m_evaluatedTrain, holdoutSelection());
    connect(job, &EvaluationJob::progressChanged, this, [this](double fraction, const QString &step) {
        m_job.progress->setValue(int(100 * fraction + 0.5));
        m_job.step->setText(step);
        Q_EMIT jobProgress(m_job.progress->value(), tr("Evaluating: %1").arg(step));
    });
    connect(job, &EvaluationJob::finished, this, &EvaluateMode::onJobFinished);
    connect(job, &EvaluationJob::failed, this, &EvaluateMode::onJobFailed);
    m_worker.start(job, QStringLiteral("evaluationThread"));
    updateState();
}

void EvaluateMode::cancel()
{
    m_worker.cancel();
}

void EvaluateMode::onJobFinished(const core::EvaluationReport &report)
{
    // run() has returned by now or is about to: the wait is for the thread's event loop to end.
    m_worker.stop();
    m_report = report;
    m_job.progress->setValue(100);
    m_details->setReport(report, m_evaluatedTrain.table, m_evaluatedTrain.rows, m_evaluatedSynthetic);
    updateState();
    Q_EMIT jobProgress(-1, {});
    Q_EMIT evaluationFinished();
}

void EvaluateMode::onJobFailed(const QString &message)
{
    m_worker.stop();
    m_job.progress->setValue(0);
    m_job.step->clear();
    m_job.message->setText(message);
    updateState();
    Q_EMIT jobProgress(-1, {});
    Q_EMIT failed(message);
}

void EvaluateMode::exportTrainingRows()
{
    if (!m_split)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export training rows"), tr("training-rows.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const auto error = core::TableWriters::writeCsv(trainingRows(), path))
        m_job.message->setText(error->toString());
    else
        m_job.message->setText(tr("Wrote %1 training rows to %2.").arg(QLocale().toString(qulonglong(m_split->rowCount - m_split->holdoutRows.size())), path));
}

void EvaluateMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluateMode::updateState()
{
    const bool running = isRunning();
    const bool importing = m_importWatcher.isRunning();
    m_exportButton->setEnabled(m_split.has_value() && !running);
    m_compareButton->setEnabled(m_session->hasData() && !running && !importing);
    m_targetCombo->setEnabled(!running);
    m_job.start->setEnabled(m_split.has_value() && hasSynthetic() && !running && !importing);
    m_job.cancel->setEnabled(running);
    m_job.progress->setVisible(running || m_report.has_value());
}

void EvaluateMode::retranslate()
{
    const QLocale locale;
    setAccessibleName(tr("Evaluate"));
    m_title->setText(tr("Evaluate synthetic data"));
    m_splitNote->setText(tr("Privacy needs real rows the generator never saw, so 20% of the rows are kept aside as a holdout; "
                            "a synthetic file made elsewhere should have been trained on the same training rows."));
    if (m_split) {
        const size_t holdout = m_split->holdoutRows.size();
        m_splitCounts->setText(tr("%1 rows: %2 for training, %3 held out")
                                   .arg(locale.toString(qulonglong(m_split->rowCount)),
                                        locale.toString(qulonglong(m_split->rowCount - holdout)),
                                        locale.toString(qulonglong(holdout))));
    } else {
        m_splitCounts->setText(tr("Open or import real data first (Data mode)."));
    }
    m_splitCounts->setToolTip(tr("The split is made once from a fixed seed, by patient when the schema names a patient id."));
    m_exportButton->setText(tr("Export training rows…"));
    m_exportButton->setToolTip(tr("Writes the training rows as CSV, to train an external generator on."));
    m_compareButton->setText(tr("Compare with a synthetic file…"));
    m_compareButton->setToolTip(tr("Choose a synthetic data file with the same columns as the real data."));
    if (!m_importWatcher.isRunning())
        m_syntheticLabel->setText(hasSynthetic() ? tr("Synthetic: %1 (%2 rows)")
                                                       .arg(m_syntheticName, locale.toString(qulonglong(m_synthetic.rowCount())))
                                                 : tr("No synthetic file chosen."));
    m_targetLabel->setText(tr("&Target column:"));
    m_targetCombo->setToolTip(tr("A column to predict: adds train-on-synthetic, test-on-real utility (optional)."));
    if (m_targetCombo->count() > 0)
        m_targetCombo->setItemText(0, tr("(none)"));
    m_job.start->setText(tr("&Evaluate"));
    m_job.start->setToolTip(tr("Compares the synthetic file with the training and holdout rows."));
    m_job.cancel->setText(tr("Cancel"));
    m_job.cancel->setToolTip(tr("Stops the evaluation after the current step."));
    m_job.progress->setToolTip(tr("Progress of the evaluation."));

    m_exportButton->setAccessibleName(m_exportButton->text().remove(QLatin1Char('&')));
    m_compareButton->setAccessibleName(m_compareButton->text());
    m_targetCombo->setAccessibleName(tr("Target column"));
    m_targetCombo->view()->setAccessibleName(tr("Target columns"));
    m_job.start->setAccessibleName(tr("Evaluate"));
    m_job.cancel->setAccessibleName(m_job.cancel->text());
    m_job.progress->setAccessibleName(tr("Evaluation progress"));
    for (QLabel *label : {m_title, m_splitNote, m_splitCounts, m_syntheticLabel, m_targetLabel, m_job.step, m_job.message})
        label->setAccessibleName(label->text().isEmpty() ? tr("Status") : label->text().remove(QLatin1Char('&')));
    updateState();
}

} // namespace synthreg::gui

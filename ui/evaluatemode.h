#pragma once

#include "core/data/datasplit.h"
#include "core/data/table.h"
#include "core/jobs/evaluationreport.h"
#include "datasetloader.h"
#include "evaluationjob.h"
#include "jobthread.h"
#include "pagelayout.h"
#include "rowselection.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace synthreg::gui {

class DatasetSession;
class EvaluationDetails;

/**
 * The Evaluate mode: compares a synthetic file with the session's real data and shows the
 * scorecard. The real rows are split once, 80/20, with core::makeHoldoutSplit (seed 42, grouped
 * by the longitudinal patient id when the schema has one); the 80% are the training rows an
 * external generator should have been given (exportTrainingRows()), the 20% the holdout
 * privacy needs. The synthetic file is imported and the evaluation runs on worker threads;
 * the destructor cancels a running evaluation and waits for its thread.
 */
class EvaluateMode : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kHoldoutShare = 0.2;
    static constexpr uint64_t kSplitSeed = 42;

    explicit EvaluateMode(DatasetSession *session, QWidget *parent = nullptr);
    ~EvaluateMode() override;

    /** The training rows of the current split (empty without data). A copy: tests and export only. */
    core::Table trainingRows() const;
    core::Table holdoutRows() const;
    /** The same rows as a selection of the session's table, for a job to copy on its thread. */
    RowSelection trainingSelection() const;
    RowSelection holdoutSelection() const;

    /** Imports `path` on a worker thread as the synthetic table; syntheticLoaded() or failed(). */
    void loadSynthetic(const QString &path);
    /** Uses `table` as the synthetic data (already imported). */
    void setSynthetic(core::Table table, const QString &name);
    bool hasSynthetic() const { return m_synthetic.columnCount() > 0; }
    const core::Table &synthetic() const { return m_synthetic; }
    /** What the synthetic rows are called: a run ("Med-VAE, seed 42") or a file name. */
    const QString &syntheticName() const { return m_syntheticName; }
    /** Sets the utility target by column name; empty = none. */
    void setTarget(const QString &column);

    bool isRunning() const { return m_worker.isRunning(); }
    const std::optional<core::EvaluationReport> &report() const { return m_report; }
    EvaluationDetails *details() const { return m_details; }

public Q_SLOTS:
    /** Starts the evaluation (ignored while one runs or without data). */
    void start();
    void cancel();
    /** Asks for a CSV path and writes the training rows there. */
    void exportTrainingRows();
    /** Asks for a synthetic file and imports it. */
    void chooseSynthetic();

Q_SIGNALS:
    void syntheticLoaded();
    void evaluationFinished();
    /** An import or evaluation failed, or was cancelled; `message` is translated. */
    void failed(const QString &message);
    /** As TrainMode::jobProgress(), for the evaluation. */
    void jobProgress(int percent, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onDatasetChanged();
    void updateSplit();
    void updateState();
    void finishImport();
    void onJobFinished(const core::EvaluationReport &report);
    void onJobFailed(const QString &message);

    DatasetSession *m_session;
    std::optional<core::DataSplit> m_split;
    core::Table m_synthetic;
    QString m_syntheticName;
    std::optional<core::EvaluationReport> m_report;
    QFutureWatcher<DatasetLoader::Outcome> m_importWatcher;
    JobThread<EvaluationJob> m_worker;

    QLabel *m_title;
    QLabel *m_splitNote;
    QLabel *m_splitCounts;
    QPushButton *m_exportButton;
    QPushButton *m_compareButton;
    QLabel *m_syntheticLabel;
    QLabel *m_targetLabel;
    QComboBox *m_targetCombo;
    JobControls m_job{};   ///< Start, Cancel, progress, current step, message
    EvaluationDetails *m_details;
    RowSelection m_evaluatedTrain;   ///< what the last evaluation compared, for the Columns plots
    core::Table m_evaluatedSynthetic;
};

} // namespace synthreg::gui

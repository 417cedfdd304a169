#pragma once

#include "rowselection.h"

#include "core/data/table.h"
#include "jobthread.h"
#include "pagelayout.h"
#include "trainingjob.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace synthreg::core {
struct EpochReport;
}

namespace synthreg::gui {

class DatasetSession;
class HyperparameterForm;
class LossChart;
struct TrainingResult;

/**
 * The Train mode: pick a generator (one line on what it is good for), a preset or the
 * advanced form generated from its hyperparameter description, a device and a seed; Start
 * trains on a worker thread (TrainingJob) on the rows `trainingRows` returns — the 80 % the
 * Evaluate mode holds out against — with a progress bar, ETA and a live loss chart; Cancel
 * stops within one batch. A finished run joins the history and its synthetic table goes out
 * through synthesized(). The destructor cancels a running job and waits for its thread.
 */
class TrainMode : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Fast, Balanced, Best };

    TrainMode(DatasetSession *session, std::function<RowSelection()> trainingRows, QWidget *parent = nullptr);
    ~TrainMode() override;

    bool isRunning() const { return m_worker.isRunning(); }
    /** Selects a generator by family key ("copula", "ctabgan", "medvae"); false when unknown. */
    bool selectGenerator(const QString &family);
    void setPreset(Preset preset);
    /** The last finished run's model and synthetic table; null before the first. */
    std::shared_ptr<const TrainingResult> lastResult() const { return m_lastResult; }
    LossChart *lossChart() const { return m_chart; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    /** A run finished: its synthetic rows, named for the scorecard ("Med-VAE, seed 42"). */
    void synthesized(const synthreg::core::Table &synthetic, const QString &name);
    void trainingFinished();
    /** Training failed or was cancelled; `message` is translated. */
    void failed(const QString &message);
    /**
     * The running job's progress for the status bar: `percent` 0-100 with a one-line
     * `text`, or -1 when the job has ended (done, failed or cancelled).
     */
    void jobProgress(int percent, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onGeneratorChanged();
    /** The current generator's summary (translated) and the advanced box's title. */
    void showSummary();
    void onEpoch(const core::EpochReport &report);
    void onFinished(const std::shared_ptr<const TrainingResult> &result);
    void onEnded(const QString &message, const QString &outcome);
    void addHistoryRow(const QString &outcome, double seconds);
    void updateState();
    QString currentFamily() const;

    DatasetSession *m_session;
    std::function<RowSelection()> m_trainingRows;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_generatorLabel;
    QComboBox *m_generator;
    QLabel *m_summary;
    QLabel *m_presetLabel;
    QComboBox *m_preset;
    QLabel *m_deviceLabel;
    QComboBox *m_device;
    QLabel *m_seedLabel;
    QSpinBox *m_seed;
    QCheckBox *m_showAdvanced;
    QGroupBox *m_advanced;
    HyperparameterForm *m_form;
    JobControls m_job{};   ///< Start, Cancel, progress, current step, message
    LossChart *m_chart;
    QLabel *m_historyLabel;
    QTableWidget *m_history;
    JobThread<TrainingJob> m_worker;
    qint64 m_startedMs = 0;
    std::shared_ptr<const TrainingResult> m_lastResult;
};

} // namespace synthreg::gui

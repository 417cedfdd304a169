#pragma once

#include "core/release/releasebuilder.h"
#include "jobthread.h"
#include "pagelayout.h"
#include "releasejob.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace synthreg::gui {

class CheckGrid;
class DatasetSession;
class EvaluateMode;
class TrainMode;

/**
 * The Release mode: the gate's checks for the evaluated synthetic table, with what each means;
 * the bundle's name, licence and options and a preview of its files; a written justification
 * when a check fails; and the export on a worker thread with progress. The checks are worked
 * out (core::planRelease) on a worker thread whenever an evaluation finishes or an option that
 * changes them does.
 */
class ReleaseMode : public QWidget
{
    Q_OBJECT

public:
    ReleaseMode(DatasetSession *session, EvaluateMode *evaluate, TrainMode *train, QWidget *parent = nullptr);
    ~ReleaseMode() override;

    /** The plan the page shows (nullopt before an evaluation or while it is worked out). */
    const std::optional<core::ReleasePlan> &plan() const { return m_plan; }
    bool isExporting() const { return m_worker.isRunning(); }

public Q_SLOTS:
    /** Asks where to save and exports. */
    void chooseAndExport();
    /** Exports to `zipPath` (ignored while one runs, without a plan, or when blocked without a justification). */
    void exportTo(const QString &zipPath);
    void cancel();

Q_SIGNALS:
    void planReady();
    void exported(const QString &zipPath);
    void failed(const QString &message);
    /** As TrainMode::jobProgress(), for the export. */
    void jobProgress(int percent, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /** The request for the current evaluation and options; nullopt without one. Real rows not yet copied. */
    std::optional<core::ReleaseRequest> currentRequest() const;
    void replan();
    void showPlan();
    void updateState();
    void onSynthesized(const QString &name);

    struct PlanOutcome
    {
        std::optional<core::ReleasePlan> plan;
        QString error;
    };

    DatasetSession *m_session;
    EvaluateMode *m_evaluate;
    TrainMode *m_train;
    std::optional<core::ReleasePlan> m_plan;
    QString m_planError;
    bool m_replanPending = false;
    QFutureWatcher<PlanOutcome> m_planWatcher;
    JobThread<ReleaseJob> m_worker;
    /** The run behind the synthetic table Train handed to Evaluate, to record how it was made. */
    QString m_trainedName;
    std::optional<core::GeneratorProvenance> m_trainedGenerator;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_verdict;
    CheckGrid *m_checks;
    QLabel *m_justificationLabel;
    QPlainTextEdit *m_justification;
    QLabel *m_optionsTitle;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_licenseLabel;
    QComboBox *m_license;
    QCheckBox *m_removeCopies;
    QCheckBox *m_sqlite;
    QLabel *m_contentsTitle;
    QListWidget *m_contents;
    JobControls m_job{};
};

} // namespace synthreg::gui

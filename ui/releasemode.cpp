#include "releasemode.h"

#include "checkgrid.h"
#include "datasetsession.h"
#include "evaluatemode.h"
#include "trainmode.h"

#include "core/release/releasetexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace synthreg::gui {

namespace {

constexpr int kMinimumJustification = 20;   // as core::writeRelease demands

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
}

} // namespace

ReleaseMode::ReleaseMode(DatasetSession *session, EvaluateMode *evaluate, TrainMode *train, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_evaluate(evaluate)
    , m_train(train)
{
    setObjectName(QStringLiteral("releaseMode"));
    auto *content = new QWidget;
    m_title = createPageTitle(content);
    m_intro = new QLabel(content);
    m_intro->setWordWrap(true);
    m_verdict = new QLabel(content);
    m_verdict->setObjectName(QStringLiteral("releaseVerdict"));
    m_verdict->setWordWrap(true);
    m_checks = new CheckGrid(content);
    m_checks->setObjectName(QStringLiteral("releaseChecks"));
    m_justificationLabel = new QLabel(content);
    m_justificationLabel->setWordWrap(true);
    m_justification = new QPlainTextEdit(content);
    m_justification->setObjectName(QStringLiteral("releaseJustification"));
    m_justification->setMaximumHeight(80);
    m_justificationLabel->setBuddy(m_justification);

    m_optionsTitle = sectionTitle(content);
    m_nameLabel = new QLabel(content);
    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("releaseName"));
    m_nameLabel->setBuddy(m_name);
    m_licenseLabel = new QLabel(content);
    m_license = new QComboBox(content);
    m_license->setObjectName(QStringLiteral("releaseLicense"));
    for (const core::ReleaseLicense &license : core::releaseLicenses())
        if (license.id != QLatin1String("custom"))   // custom terms are a CLI option (--license-text) for now
            m_license->addItem(license.name, license.id);
    m_licenseLabel->setBuddy(m_license);
    m_removeCopies = new QCheckBox(content);
    m_removeCopies->setObjectName(QStringLiteral("releaseRemoveCopies"));
    m_removeCopies->setChecked(true);
    m_sqlite = new QCheckBox(content);
    m_sqlite->setObjectName(QStringLiteral("releaseSqlite"));
    m_contentsTitle = sectionTitle(content);
    m_contents = new QListWidget(content);
    m_contents->setObjectName(QStringLiteral("releaseContents"));
    m_contents->setMinimumHeight(220);
    m_job = createJobControls(QStringLiteral("Release"), content);

    m_license->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_license->setMinimumContentsLength(16);
    m_contents->setMaximumHeight(260);

    // Right: what the bundle holds and the export, so Export stays in view however long the
    // checks' explanations grow on the left.
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_licenseLabel, m_license);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_job.start);
    runRow->addWidget(m_job.cancel);
    runRow->addStretch();
    auto *options = new QVBoxLayout;
    options->addWidget(m_optionsTitle);
    options->addLayout(form);
    options->addWidget(m_removeCopies);
    options->addWidget(m_sqlite);
    options->addWidget(m_contentsTitle);
    options->addWidget(m_contents);
    options->addLayout(runRow);
    options->addWidget(m_job.progress);
    options->addWidget(m_job.step);
    options->addWidget(m_job.message);
    options->addStretch();
    auto *optionsBox = new QWidget(content);
    optionsBox->setLayout(options);
    optionsBox->setMaximumWidth(380);
    auto *checks = new QVBoxLayout;
    checks->addWidget(m_verdict);
    checks->addWidget(m_checks);
    checks->addWidget(m_justificationLabel);
    checks->addWidget(m_justification);
    checks->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(checks, 1);
    columns->addSpacing(24);
    columns->addWidget(optionsBox, 0, Qt::AlignTop);

    auto *column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addLayout(columns, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // everything wraps instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_job.start, &QPushButton::clicked, this, &ReleaseMode::chooseAndExport);
    connect(m_job.cancel, &QPushButton::clicked, this, &ReleaseMode::cancel);
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (std::exchange(m_replanPending, false)) {   // the options changed meanwhile: this plan is stale
            replan();
            return;
        }
        const PlanOutcome outcome = m_planWatcher.result();
        m_plan = outcome.plan;
        m_planError = outcome.error;
        showPlan();
        Q_EMIT planReady();
    });
    connect(m_evaluate, &EvaluateMode::evaluationFinished, this, &ReleaseMode::replan);
    connect(m_evaluate, &EvaluateMode::syntheticLoaded, this, &ReleaseMode::replan);
    connect(m_session, &DatasetSession::datasetChanged, this, [this] {
        m_name->setText(QFileInfo(m_session->sourceName()).completeBaseName() + QStringLiteral("-synthetic"));
        replan();
    });
    connect(m_session, &DatasetSession::datasetAboutToChange, this, &ReleaseMode::cancel);
    connect(m_train, &TrainMode::synthesized, this, [this](const core::Table &, const QString &name) { onSynthesized(name); });
    connect(m_removeCopies, &QCheckBox::toggled, this, &ReleaseMode::replan);
    connect(m_sqlite, &QCheckBox::toggled, this, &ReleaseMode::replan);
    connect(m_name, &QLineEdit::editingFinished, this, &ReleaseMode::replan);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &ReleaseMode::updateState);

    retranslate();
    replan();
}

ReleaseMode::~ReleaseMode()
{
    m_worker.stop();
    m_planWatcher.waitForFinished();
}

void ReleaseMode::onSynthesized(const QString &name)
{
    const auto result = m_train->lastResult();
    if (!result)
        return;
    QJsonObject hyperparameters;
    for (const auto &[key, value] : result->model.hyperparameters)
        hyperparameters.insert(QString::fromStdString(key), value);
    m_trainedName = name;
    // TrainingJob samples the synthetic table with the run's own seed.
    m_trainedGenerator = core::GeneratorProvenance{QString::fromStdString(result->model.family), hyperparameters, result->model.seed,
                                                   QString::fromStdString(result->model.device), result->model.trainingSeconds,
                                                   result->model.seed, {}};
}

std::optional<core::ReleaseRequest> ReleaseMode::currentRequest() const
{
    const auto &report = m_evaluate->report();
    if (!report || !m_evaluate->hasSynthetic())
        return std::nullopt;
    core::ReleaseRequest request;
    request.synthetic = m_evaluate->synthetic();
    request.schema = m_session->schema();
    request.report = *report;
    core::ReleaseProvenance &p = request.provenance;
    p.applicationVersion = QCoreApplication::applicationVersion();
    p.sourceFileName = QFileInfo(m_session->sourceName()).fileName();
    p.sourceSha256 = m_session->table().provenance().sha256;
    p.sourceRows = qint64(m_session->table().rowCount());
    p.sourceColumns = m_session->table().columnCount();
    p.trainingRows = qint64(m_evaluate->trainingSelection().rows.size());
    p.holdoutRows = qint64(m_evaluate->holdoutSelection().rows.size());
    p.syntheticName = m_evaluate->syntheticName();
    p.syntheticSha256 = request.synthetic.provenance().sha256;
    p.syntheticRowsEvaluated = qint64(request.synthetic.rowCount());
    p.evaluationSettings = report->settings.toJson();
    if (m_trainedGenerator && m_trainedName == m_evaluate->syntheticName())
        p.generator = m_trainedGenerator;
    core::ReleaseOptions &o = request.options;
    o.name = m_name->text();
    o.licenseId = m_license->currentData().toString();
    o.removeCopies = m_removeCopies->isChecked();
    o.includeSqlite = m_sqlite->isChecked();
    o.overrideJustification = m_justification->toPlainText();
    return request;
}

void ReleaseMode::replan()
{
    if (m_planWatcher.isRunning()) {
        m_replanPending = true;
        return;
    }
    auto request = currentRequest();
    if (!request) {
        m_plan.reset();
        m_planError.clear();
        showPlan();
        return;
    }
    m_verdict->setText(tr("Checking the release …"));
    m_planWatcher.setFuture(QtConcurrent::run([request = std::move(*request), train = m_evaluate->trainingSelection(),
                                               holdout = m_evaluate->holdoutSelection()]() mutable {
        PlanOutcome outcome;
        outcome.plan = core::planRelease(withRealRows(std::move(request), train, holdout), true, &outcome.error);
        return outcome;
    }));
}

void ReleaseMode::showPlan()
{
    m_contents->clear();
    if (!m_plan) {
        m_checks->setChecks({});
        m_verdict->setStyleSheet({});
        m_verdict->setText(!m_planError.isEmpty() ? m_planError
                           : m_evaluate->report() ? tr("Checking the release …")
                                                  : tr("Nothing to release yet: train a generator (Train) or compare a synthetic file "
                                                       "(Evaluate) first. The release is checked against that evaluation."));
        updateState();
        return;
    }
    const core::GateResult &gate = m_plan->gate;
    m_checks->setChecks(gate.checks);
    QString verdict;
    switch (gate.overall) {
    case core::CheckOutcome::Pass: verdict = tr("Ready to release: every check passes."); break;
    case core::CheckOutcome::Fail:
        verdict = tr("Blocked: a check failed. Fix what it explains and evaluate again, or write below why the data may be "
                     "released anyway.");
        break;
    default: verdict = tr("Ready to release, with warnings: read them before you export."); break;
    }
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(checkOutcomeColor(gate.overall).name()));
    m_removeCopies->setText(tr("Leave out copies of real patients (%1 found)")
                                .arg(QLocale().toString(qulonglong(m_plan->copiedRows.size()))));
    m_removeCopies->setAccessibleName(m_removeCopies->text());
    for (const QString &file : m_plan->files)
        m_contents->addItem(file);
    updateState();
}

void ReleaseMode::updateState()
{
    const bool blocked = m_plan && m_plan->gate.blocked();
    const bool justified = m_justification->toPlainText().trimmed().size() >= kMinimumJustification;
    m_justificationLabel->setVisible(blocked);
    m_justification->setVisible(blocked);
    const bool exporting = isExporting();
    m_job.start->setEnabled(m_plan && !exporting && !m_planWatcher.isRunning() && (!blocked || justified));
    m_job.cancel->setEnabled(exporting);
    for (QWidget *option : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_license), static_cast<QWidget *>(m_removeCopies),
                            static_cast<QWidget *>(m_sqlite), static_cast<QWidget *>(m_justification)})
        option->setEnabled(!exporting);
}

void ReleaseMode::chooseAndExport()
{
    if (!m_plan)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export release bundle"), m_plan->name + QStringLiteral(".zip"),
                                                      tr("Zip archives (*.zip)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ReleaseMode::exportTo(const QString &zipPath)
{
    auto request = currentRequest();
    if (isExporting() || !m_plan || !request)
        return;
    m_job.message->clear();
    m_job.progress->setValue(0);
    auto *job = new ReleaseJob(std::move(*request), m_evaluate->trainingSelection(), m_evaluate->holdoutSelection(), zipPath);
    connect(job, &ReleaseJob::progressChanged, this, [this](double fraction, const QString &step) {
        m_job.progress->setValue(int(100 * fraction + 0.5));
        m_job.step->setText(step);
        Q_EMIT jobProgress(m_job.progress->value(), tr("Exporting: %1").arg(step));
    });
    connect(job, &ReleaseJob::finished, this, [this](const QString &path, const QString &sha, qint64 rows, qint64 removed) {
        m_worker.stop();
        m_job.progress->setValue(100);
        m_job.step->clear();
        m_job.message->setText(tr("Wrote %1: %2 synthetic rows; %3 copies of real rows left out. SHA-256 %4.")
                                   .arg(QDir::toNativeSeparators(path), QLocale().toString(rows), QLocale().toString(removed), sha));
        updateState();
        Q_EMIT jobProgress(-1, {});
        Q_EMIT exported(path);
    });
    connect(job, &ReleaseJob::failed, this, [this](const QString &message) {
        m_worker.stop();
        m_job.progress->setValue(0);
        m_job.step->clear();
        m_job.message->setText(message);
        updateState();
        Q_EMIT jobProgress(-1, {});
        Q_EMIT failed(message);
    });
    m_worker.start(job, QStringLiteral("releaseThread"));
    Q_EMIT jobProgress(0, tr("Exporting …"));
    updateState();
}

void ReleaseMode::cancel()
{
    m_worker.cancel();
}

void ReleaseMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReleaseMode::retranslate()
{
    m_title->setText(tr("Release"));
    m_intro->setText(tr("SynthReg checks the synthetic table against disclosure rules before anything leaves the building, "
                        "then writes one zip: the synthetic data, its dictionary, an HTML and PDF report with the figures, "
                        "the privacy assessment, how it was made, a README, the licence and a SHA-256 manifest. The real "
                        "data and the trained model never go in it."));
    m_justificationLabel->setText(tr("&Why may it be released anyway? (at least %1 characters; recorded in the bundle's "
                                     "provenance and report)").arg(kMinimumJustification));
    m_optionsTitle->setText(tr("Bundle"));
    m_nameLabel->setText(tr("File &name:"));
    m_licenseLabel->setText(tr("&Licence:"));
    m_sqlite->setText(tr("Also include the table as &SQLite"));
    if (!m_plan) {
        m_removeCopies->setText(tr("Leave out copies of real patients"));
        m_removeCopies->setAccessibleName(m_removeCopies->text());
    }
    m_contentsTitle->setText(tr("Contents"));
    m_job.start->setText(tr("&Export bundle …"));
    m_job.start->setToolTip(tr("Writes the release bundle (a zip) where you choose."));
    m_job.cancel->setText(tr("Cancel"));
    m_job.cancel->setToolTip(tr("Stops the export; no zip is left behind."));
    setAccessibleName(tr("Release"));
    m_job.start->setAccessibleName(tr("Export bundle"));
    m_job.cancel->setAccessibleName(tr("Cancel the export"));
    m_job.progress->setAccessibleName(tr("Export progress"));
    m_name->setAccessibleName(tr("File name of the synthetic table"));
    m_license->setAccessibleName(tr("Licence"));
    m_license->view()->setAccessibleName(tr("Licences"));
    m_sqlite->setAccessibleName(m_sqlite->text().remove(QLatin1Char('&')));
    m_contents->setAccessibleName(tr("Files in the bundle"));
    m_checks->setAccessibleName(tr("Release checks"));
    m_justification->setAccessibleName(tr("Justification for releasing despite failed checks"));
    showPlan();
}

} // namespace synthreg::gui

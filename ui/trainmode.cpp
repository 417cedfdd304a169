#include "trainmode.h"

#include "core/models/computedevice.h"
#include "core/models/generator.h"
#include "datasetsession.h"
#include "hyperparameterform.h"
#include "losschart.h"
#include "pagelayout.h"
#include "trainingjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace synthreg::gui {

namespace {

// Presets scale the family's default epochs; a family without epochs (the copula) ignores them.
constexpr double kPresetEpochShare[] = {0.25, 1.0, 3.0};
constexpr int kDefaultSeed = 42;

// The families' one-line summaries come from core/models in English; they are translated
// under that text in the "GeneratorSummary" context. Listed here only so that lupdate finds
// them: a summary changed in core shows in English until it is listed and translated again.
[[maybe_unused]] const char *const kSummaryTexts[] = {
    QT_TRANSLATE_NOOP("GeneratorSummary", "The instant baseline: captures each column's distribution and pairwise "
                                          "correlations, not complex interactions."),
    QT_TRANSLATE_NOOP("GeneratorSummary", "Conditional GAN for mixed-type clinical tables with rare categories; samples "
                                          "under conditions and can keep a target column predictable."),
    QT_TRANSLATE_NOOP("GeneratorSummary", "Fast, stable variational autoencoder for registries; conditional generation "
                                          "from a latent library."),
};

QString durationText(double seconds)
{
    const qint64 whole = qint64(std::llround(seconds));
    if (whole < 60)
        return TrainMode::tr("%1 s").arg(whole);
    if (whole < 3600)
        return TrainMode::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    return TrainMode::tr("%1 h %2 min").arg(whole / 3600).arg((whole % 3600) / 60);
}

} // namespace

TrainMode::TrainMode(DatasetSession *session, std::function<RowSelection()> trainingRows, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_trainingRows(std::move(trainingRows))
{
    setObjectName(QStringLiteral("trainMode"));
    m_title = createPageTitle(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_generatorLabel = new QLabel(this);
    m_generator = new QComboBox(this);
    m_generator->setObjectName(QStringLiteral("generatorCombo"));
    for (const core::GeneratorInfo &info : core::availableGenerators())
        m_generator->addItem(QString::fromStdString(info.displayName), QString::fromStdString(info.family));
    m_generatorLabel->setBuddy(m_generator);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("generatorSummary"));
    m_summary->setWordWrap(true);
    m_presetLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItems({QString(), QString(), QString()});
    m_preset->setCurrentIndex(int(Preset::Balanced));
    m_presetLabel->setBuddy(m_preset);
    m_deviceLabel = new QLabel(this);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    for (const core::ComputeDevice &device : core::computeDevices())
        m_device->addItem(QString::fromStdString(device.name), QString::fromStdString(device.key));
    m_deviceLabel->setBuddy(m_device);
    m_seedLabel = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, INT_MAX);
    m_seed->setValue(kDefaultSeed);
    m_seedLabel->setBuddy(m_seed);

    m_showAdvanced = new QCheckBox(this);
    m_showAdvanced->setObjectName(QStringLiteral("showAdvancedSettings"));
    m_advanced = new QGroupBox(this);
    m_advanced->setObjectName(QStringLiteral("advancedSettings"));
    m_advanced->setVisible(false);
    m_form = new HyperparameterForm(m_advanced);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->addWidget(m_form);
    connect(m_showAdvanced, &QCheckBox::toggled, m_advanced, &QWidget::setVisible);

    m_job = createJobControls(QStringLiteral("Training"), this);
    m_chart = new LossChart(this);
    m_historyLabel = new QLabel(this);
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("runHistory"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMaximumHeight(150);

    auto *settings = new QFormLayout;
    settings->addRow(m_generatorLabel, m_generator);
    settings->addRow(QString(), m_summary);
    settings->addRow(m_presetLabel, m_preset);
    settings->addRow(m_deviceLabel, m_device);
    settings->addRow(m_seedLabel, m_seed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_job.start);
    buttons->addWidget(m_job.cancel);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addLayout(settings);
    left->addWidget(m_showAdvanced);
    left->addWidget(m_advanced);
    left->addLayout(buttons);
    left->addStretch();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_job.progress, 1);
    progressRow->addWidget(m_job.step, 2);
    auto *right = new QVBoxLayout;
    right->addLayout(progressRow);
    right->addWidget(m_job.message);
    right->addWidget(m_chart, 1);
    right->addWidget(m_historyLabel);
    right->addWidget(m_history);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(16);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);

    connect(m_generator, &QComboBox::currentIndexChanged, this, &TrainMode::onGeneratorChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_form->setValue("epochs", std::max(1.0, std::round(m_form->defaultValue("epochs", 0) * kPresetEpochShare[index])));
    });
    connect(m_job.start, &QPushButton::clicked, this, &TrainMode::start);
    connect(m_job.cancel, &QPushButton::clicked, this, &TrainMode::cancel);
    connect(m_session, &DatasetSession::datasetAboutToChange, this, &TrainMode::cancel);
    connect(m_session, &DatasetSession::datasetChanged, this, &TrainMode::updateState);

    retranslate();
    onGeneratorChanged();
}

TrainMode::~TrainMode()
{
    m_worker.stop();
}

QString TrainMode::currentFamily() const { return m_generator->currentData().toString(); }

bool TrainMode::selectGenerator(const QString &family)
{
    const int index = m_generator->findData(family);
    if (index < 0)
        return false;
    m_generator->setCurrentIndex(index);
    return true;
}

void TrainMode::setPreset(Preset preset) { m_preset->setCurrentIndex(int(preset)); }

void TrainMode::onGeneratorChanged()
{
    const core::GeneratorInfo *info = core::findGenerator(currentFamily().toStdString());
    if (!info)
        return;
    showSummary();
    m_form->setSpecs(info->hyperparameters);
    const bool hasEpochs = m_form->defaultValue("epochs", -1) > 0;
    m_preset->setEnabled(hasEpochs);
    if (hasEpochs)
        m_form->setValue("epochs", m_form->defaultValue("epochs", 0) * kPresetEpochShare[std::max(0, m_preset->currentIndex())]);
    updateState();
}

void TrainMode::showSummary()
{
    if (const core::GeneratorInfo *info = core::findGenerator(currentFamily().toStdString()))
        m_summary->setText(QCoreApplication::translate("GeneratorSummary", info->summary.c_str()));
    m_advanced->setTitle(tr("Settings of %1").arg(m_generator->currentText()));
}

void TrainMode::start()
{
    if (isRunning() || !m_session->hasData())
        return;
    core::TrainingRequest request;
    request.schema = m_session->schema();
    request.family = currentFamily().toStdString();
    request.parameters = m_form->values();
    request.seed = uint64_t(m_seed->value());
    request.device = m_device->currentData().toString().toStdString();

    m_chart->clear();
    m_job.message->clear();
    m_job.progress->setValue(0);
    m_job.step->setText(tr("Preparing the data …"));
    Q_EMIT jobProgress(0, tr("Training: preparing the data …"));
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    auto *job = new TrainingJob(std::move(request), m_trainingRows());
    connect(job, &TrainingJob::epochFinished, this, &TrainMode::onEpoch);
    connect(job, &TrainingJob::sampling, this, [this] { m_job.step->setText(tr("Generating synthetic rows …")); });
    connect(job, &TrainingJob::finished, this, &TrainMode::onFinished);
    connect(job, &TrainingJob::cancelled, this, [this] { onEnded(tr("Training was cancelled."), tr("cancelled")); });
    connect(job, &TrainingJob::failed, this, [this](const QString &message) { onEnded(message, tr("failed")); });
    m_worker.start(job, QStringLiteral("trainingThread"));
    updateState();
}

void TrainMode::cancel()
{
    m_worker.cancel();
}

void TrainMode::onEpoch(const core::EpochReport &report)
{
    m_chart->addEpoch(report);
    if (report.epochs > 0)
        m_job.progress->setValue(int(100.0 * report.epoch / report.epochs + 0.5));
    QString text = tr("Epoch %1 of %2").arg(QLocale().toString(report.epoch), QLocale().toString(report.epochs));
    if (report.rowsPerSecond > 0)
        text += tr(" · %1 rows/s").arg(QLocale().toString(qlonglong(std::llround(report.rowsPerSecond))));
    if (report.epoch < report.epochs)
        text += tr(" · about %1 left").arg(durationText(report.etaSeconds));
    m_job.step->setText(text);
    if (report.bestEpoch > 0)
        m_job.message->setText(tr("Best quality check so far: %1 at epoch %2. Training ends with that epoch's "
                                  "weights unless a later check scores higher.")
                                   .arg(QLocale().toString(report.bestQuality, 'f', 3), QLocale().toString(report.bestEpoch)));
    Q_EMIT jobProgress(m_job.progress->value(), tr("Training: %1").arg(text));
}

void TrainMode::onFinished(const std::shared_ptr<const TrainingResult> &result)
{
    m_worker.stop();
    m_lastResult = result;
    m_job.progress->setValue(100);
    const QString name = tr("%1, seed %2").arg(m_generator->currentText()).arg(result->model.seed);
    m_job.step->setText(tr("Done in %1: %2 synthetic rows.")
                          .arg(durationText(result->model.trainingSeconds), QLocale().toString(qulonglong(result->synthetic.rowCount()))));
    QString message = tr("The synthetic rows are being evaluated against the real data: see the Evaluate mode.");
    // The model is the best-scoring epoch's, not necessarily the last one's: say which.
    if (const auto &history = result->model.history; !history.empty() && history.back().bestEpoch > 0)
        message = tr("Kept epoch %1 of %2, the best of the quality checks (%3). ")
                      .arg(QLocale().toString(history.back().bestEpoch), QLocale().toString(history.back().epoch),
                           QLocale().toString(history.back().bestQuality, 'f', 3))
            + message;
    m_job.message->setText(message);
    addHistoryRow(tr("trained"), result->model.trainingSeconds);
    updateState();
    Q_EMIT jobProgress(-1, {});
    Q_EMIT synthesized(result->synthetic, name);
    Q_EMIT trainingFinished();
}

void TrainMode::onEnded(const QString &message, const QString &outcome)
{
    m_worker.stop();
    m_job.progress->setValue(0);
    m_job.step->clear();
    m_job.message->setText(message);
    addHistoryRow(outcome, double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0);
    updateState();
    Q_EMIT jobProgress(-1, {});
    Q_EMIT failed(message);
}

void TrainMode::addHistoryRow(const QString &outcome, double seconds)
{
    const std::map<std::string, std::string> values = m_form->values();
    const auto epochs = values.find("epochs");
    m_history->insertRow(0);
    const QStringList cells = {QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_startedMs).time(), QLocale::ShortFormat),
                               m_generator->currentText(),
                               epochs == values.end() ? QStringLiteral("–") : QString::fromStdString(epochs->second),
                               durationText(seconds), outcome};
    for (int c = 0; c < cells.size(); ++c)
        m_history->setItem(0, c, new QTableWidgetItem(cells[c]));
    m_history->resizeColumnsToContents();
}

void TrainMode::updateState()
{
    const bool running = isRunning();
    const bool ready = m_session->hasData();
    m_generator->setEnabled(!running);
    m_preset->setEnabled(!running && m_form->defaultValue("epochs", -1) > 0);
    m_device->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_advanced->setEnabled(!running);
    m_job.start->setEnabled(ready && !running);
    m_job.cancel->setEnabled(running);
    if (!ready && !running)
        m_job.step->setText(tr("Open a data file first (Data mode)."));
}

void TrainMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainMode::retranslate()
{
    m_title->setText(tr("Train a generator"));
    m_intro->setText(tr("The generator learns from the training rows (80 % of the data) and never sees the 20 % "
                        "held out for the privacy check. Training runs in the background; you can cancel it at any "
                        "moment."));
    m_generatorLabel->setText(tr("&Generator:"));
    m_presetLabel->setText(tr("&Preset:"));
    m_preset->setItemText(int(Preset::Fast), tr("Fast — a quarter of the default epochs, for a first look"));
    m_preset->setItemText(int(Preset::Balanced), tr("Balanced — the default epochs"));
    m_preset->setItemText(int(Preset::Best), tr("Best — three times the default epochs"));
    m_deviceLabel->setText(tr("&Device:"));
    m_seedLabel->setText(tr("&Seed:"));
    m_seed->setToolTip(tr("The same seed on the same device gives the same synthetic data."));
    m_showAdvanced->setText(tr("Show &advanced settings"));
    showSummary();
    m_job.start->setText(tr("&Start training"));
    m_job.cancel->setText(tr("&Cancel"));
    m_historyLabel->setText(tr("Runs in this session"));
    m_history->setHorizontalHeaderLabels({tr("Started"), tr("Generator"), tr("Epochs"), tr("Duration"), tr("Result")});
    m_history->setAccessibleName(tr("Training runs"));
    m_job.start->setAccessibleName(tr("Start training"));
    m_job.cancel->setAccessibleName(tr("Cancel training"));
    m_showAdvanced->setAccessibleName(tr("Show advanced settings"));
    m_generator->setAccessibleName(tr("Generator"));
    m_preset->setAccessibleName(tr("Preset"));
    m_device->setAccessibleName(tr("Device"));
    m_seed->setAccessibleName(tr("Seed"));
    m_job.progress->setAccessibleName(tr("Training progress"));
}

} // namespace synthreg::gui

#include "projectsidebar.h"

#include "datasetsession.h"
#include "evaluatemode.h"
#include "trainingjob.h"
#include "trainmode.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace synthreg::gui {

namespace {

constexpr int kModeRole = Qt::UserRole;
constexpr int kPlaceholderRole = Qt::UserRole + 1;

// Where each section's entries are shown in full.
constexpr Mode kSectionMode[] = {Mode::Data, Mode::Train, Mode::Evaluate, Mode::Evaluate};

} // namespace

ProjectSidebar::ProjectSidebar(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("projectSidebar"));
    setColumnCount(1);
    header()->hide();
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    for (int section = 0; section < SectionCount; ++section) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, kModeRole, int(kSectionMode[section]));
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setExpanded(true);
    }
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT modeRequested(Mode(item->data(0, kModeRole).toInt()));
    });
    retranslate();
    updateEmptyHints();
}

void ProjectSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateEmptyHints();
    }
    QTreeWidget::changeEvent(event);
}

void ProjectSidebar::retranslate()
{
    setAccessibleName(tr("Project"));
    topLevelItem(Source)->setText(0, tr("Source"));
    topLevelItem(Runs)->setText(0, tr("Training runs"));
    topLevelItem(SyntheticSets)->setText(0, tr("Synthetic sets"));
    topLevelItem(Evaluations)->setText(0, tr("Evaluations"));
}

void ProjectSidebar::setSource(const QString &name, qulonglong rows, int columns)
{
    for (int section = 0; section < SectionCount; ++section)
        qDeleteAll(topLevelItem(section)->takeChildren());
    if (!name.isEmpty()) {
        const QLocale locale;
        add(Source, tr("%1 (%2 × %3)").arg(name, locale.toString(rows), locale.toString(columns)));
    }
    updateEmptyHints();
}

void ProjectSidebar::follow(DatasetSession *session, TrainMode *train, EvaluateMode *evaluate)
{
    connect(session, &DatasetSession::datasetChanged, this, [this, session] {
        setSource(session->hasData() ? session->sourceName() : QString(), session->table().rowCount(),
                  session->table().columnCount());
    });
    const auto setText = [](const QString &name, size_t rows) {
        return tr("%1 rows · %2").arg(QLocale().toString(qulonglong(rows)), name);
    };
    connect(train, &TrainMode::synthesized, this, [this, train, setText](const core::Table &synthetic, const QString &name) {
        const double seconds = train->lastResult() ? train->lastResult()->model.trainingSeconds : 0.0;
        addRun(name, tr("%1, trained in %2 s").arg(name, QLocale().toString(seconds, 'f', 1)));
        addSyntheticSet(setText(name, synthetic.rowCount()));
    });
    connect(evaluate, &EvaluateMode::syntheticLoaded, this, [this, evaluate, setText] {
        addSyntheticSet(setText(evaluate->syntheticName(), evaluate->synthetic().rowCount()));
    });
    connect(evaluate, &EvaluateMode::evaluationFinished, this, [this, evaluate] {
        if (const auto &report = evaluate->report())
            addEvaluation(tr("Quality %1 · %2").arg(QLocale().toString(report->fidelity.qualityScore, 'f', 2),
                                                     evaluate->syntheticName()));
    });
}

void ProjectSidebar::addRun(const QString &text, const QString &toolTip) { add(Runs, text, toolTip); }
void ProjectSidebar::addSyntheticSet(const QString &text) { add(SyntheticSets, text); }
void ProjectSidebar::addEvaluation(const QString &text) { add(Evaluations, text); }

void ProjectSidebar::add(Section section, const QString &text, const QString &toolTip)
{
    QTreeWidgetItem *parent = topLevelItem(section);
    for (int i = parent->childCount() - 1; i >= 0; --i)
        if (parent->child(i)->data(0, kPlaceholderRole).toBool())
            delete parent->takeChild(i);
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setToolTip(0, toolTip.isEmpty() ? text : toolTip);
    item->setData(0, kModeRole, int(kSectionMode[section]));
    scrollToItem(item);
}

QStringList ProjectSidebar::entries(int section) const
{
    QStringList texts;
    const QTreeWidgetItem *parent = topLevelItem(section);
    for (int i = 0; i < parent->childCount(); ++i)
        if (!parent->child(i)->data(0, kPlaceholderRole).toBool())
            texts << parent->child(i)->text(0);
    return texts;
}

void ProjectSidebar::updateEmptyHints()
{
    // An empty section says how to fill it, so a first-time user sees the path through the app.
    const QString hints[] = {tr("Import a file or the demo"), tr("None yet (Train mode)"), tr("None yet"),
                             tr("None yet (Evaluate mode)")};
    for (int section = 0; section < SectionCount; ++section) {
        QTreeWidgetItem *parent = topLevelItem(section);
        QTreeWidgetItem *placeholder = nullptr;
        for (int i = 0; i < parent->childCount(); ++i)
            if (parent->child(i)->data(0, kPlaceholderRole).toBool())
                placeholder = parent->child(i);
        if (parent->childCount() > (placeholder ? 1 : 0))
            continue;
        if (!placeholder) {
            placeholder = new QTreeWidgetItem(parent);
            placeholder->setData(0, kPlaceholderRole, true);
            placeholder->setData(0, kModeRole, int(kSectionMode[section]));
            placeholder->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        placeholder->setText(0, hints[section]);
    }
}

} // namespace synthreg::gui

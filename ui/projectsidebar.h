#pragma once

#include "mode.h"

#include <QTreeWidget>

namespace synthreg::gui {

class DatasetSession;
class EvaluateMode;
class TrainMode;

/**
 * The project at a glance, beside the modes: the source table, the training runs, the
 * synthetic sets and the evaluations of this session, newest last. Activating an entry opens
 * the mode that shows it (modeRequested). It lists; it owns nothing: the modes keep the data.
 */
class ProjectSidebar : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProjectSidebar(QWidget *parent = nullptr);

    /** Lists what happens from now on: a new source, finished runs, loaded sets, evaluations. */
    void follow(DatasetSession *session, TrainMode *train, EvaluateMode *evaluate);

    /** A new source replaces everything: runs and sets of the old one no longer apply. */
    void setSource(const QString &name, qulonglong rows, int columns);
    /** Entries lead with what tells them apart (rows, score); elided text shows whole in the tooltip. */
    void addRun(const QString &text, const QString &toolTip = {});
    void addSyntheticSet(const QString &text);
    void addEvaluation(const QString &text);

    /** Entries under a section, for tests and screen readers' summaries. */
    QStringList entries(int section) const;
    enum Section { Source, Runs, SyntheticSets, Evaluations, SectionCount };

Q_SIGNALS:
    void modeRequested(synthreg::gui::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void add(Section section, const QString &text, const QString &toolTip = {});
    void updateEmptyHints();
};

} // namespace synthreg::gui

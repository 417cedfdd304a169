#pragma once

#include "core/data/table.h"
#include "core/data/typeinference.h"
#include "core/io/diagnostic.h"

#include <QObject>

namespace synthreg::gui {

/**
 * The dataset the window works on: the imported Table, its column profiles, the schema
 * (proposed by inference, later edited by the user) and what the import warned about.
 * Every mode reads from here and listens to its signals; nothing else holds the data.
 *
 * Schema edits go through setColumnSpec() so that views, undo commands and later modes
 * all see the same change notifications. GUI thread only.
 */
class DatasetSession : public QObject
{
    Q_OBJECT

public:
    explicit DatasetSession(QObject *parent = nullptr);

    bool hasData() const { return m_table.columnCount() > 0; }
    const core::Table &table() const { return m_table; }
    const core::Schema &schema() const { return m_inference.schema; }
    const QList<core::ColumnProfile> &profiles() const { return m_inference.profiles; }
    /** The profile of column `index`, or nullptr when out of range. */
    const core::ColumnProfile *profile(int index) const;
    /** The spec of column `index`, or nullptr when out of range. */
    const core::ColumnSpec *columnSpec(int index) const;
    /** Table-level findings of the inference (identifiers found, ambiguous survival pairs). */
    const QStringList &inferenceWarnings() const { return m_inference.warnings; }
    const core::Diagnostics &importWarnings() const { return m_importWarnings; }
    /** What to call the data in titles and messages, e.g. "pbc.csv". */
    const QString &sourceName() const { return m_sourceName; }

    /** Replaces everything; emits datasetAboutToChange() before and datasetChanged() after. */
    void setDataset(core::Table table, core::InferenceResult inference, core::Diagnostics importWarnings,
                    QString sourceName);
    void clear();

    /** Replaces the spec of column `index` (ignored when out of range); emits columnSpecChanged(). */
    void setColumnSpec(int index, const core::ColumnSpec &spec);

Q_SIGNALS:
    void datasetAboutToChange();
    void datasetChanged();
    void columnSpecChanged(int index);

private:
    core::Table m_table;
    core::InferenceResult m_inference;
    core::Diagnostics m_importWarnings;
    QString m_sourceName;
};

} // namespace synthreg::gui

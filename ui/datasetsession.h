#pragma once

#include "core/data/table.h"
#include "core/data/typeinference.h"
#include "core/io/diagnostic.h"

#include <QObject>

class QUndoStack;

namespace synthreg::gui {

/**
 * The dataset the window works on: the imported Table, its column profiles, the schema
 * (proposed by inference, later edited by the user) and what the import warned about.
 * Every mode reads from here and listens to its signals; nothing else holds the data.
 *
 * Schema edits go through setColumnSpec() or setSchema() so that views, undo commands and
 * later modes all see the same change notifications. User edits are pushed as commands on
 * undoStack(), which the session owns and clears whenever the dataset is replaced.
 * GUI thread only.
 */
class DatasetSession : public QObject
{
    Q_OBJECT

public:
    explicit DatasetSession(QObject *parent = nullptr);
    ~DatasetSession() override;

    /**
     * The edit history of the current dataset. Owned here rather than by the window: the
     * history describes this dataset's schema and must die with it (setDataset() clears it, so
     * no command can outlive the table it was made for), and every mode that edits reaches it
     * through the session it already holds.
     */
    QUndoStack *undoStack() const { return m_undoStack; }

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
    /**
     * Replaces the whole schema (specs, survival links, longitudinal keys). `schema` must list
     * the same columns in the same order as the current one (rows and profiles are matched by
     * index); returns false and changes nothing otherwise. Emits columnSpecChanged() for every
     * spec that differs, then schemaChanged().
     */
    bool setSchema(const core::Schema &schema);

Q_SIGNALS:
    void datasetAboutToChange();
    void datasetChanged();
    void columnSpecChanged(int index);
    /** Anything in the schema changed: a spec, a survival link or the longitudinal keys. */
    void schemaChanged();

private:
    core::Table m_table;
    core::InferenceResult m_inference;
    core::Diagnostics m_importWarnings;
    QString m_sourceName;
    QUndoStack *m_undoStack;
};

} // namespace synthreg::gui

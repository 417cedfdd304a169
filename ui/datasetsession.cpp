#include "datasetsession.h"

#include <QUndoStack>

namespace synthreg::gui {

DatasetSession::DatasetSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

DatasetSession::~DatasetSession()
{
    // The stack is a child, destroyed by ~QObject after this object has stopped being a
    // DatasetSession; its last signals (canUndoChanged, ...) would reach modes that call back
    // into the session. Silence it while the session is still whole.
    m_undoStack->blockSignals(true);
}

const core::ColumnProfile *DatasetSession::profile(int index) const
{
    if (index < 0 || index >= m_inference.profiles.size())
        return nullptr;
    return &m_inference.profiles.at(index);
}

const core::ColumnSpec *DatasetSession::columnSpec(int index) const
{
    if (index < 0 || index >= m_inference.schema.columns.size())
        return nullptr;
    return &m_inference.schema.columns.at(index);
}

void DatasetSession::setDataset(core::Table table, core::InferenceResult inference,
                                core::Diagnostics importWarnings, QString sourceName)
{
    Q_EMIT datasetAboutToChange();
    m_undoStack->clear();
    m_table = std::move(table);
    m_inference = std::move(inference);
    m_importWarnings = std::move(importWarnings);
    m_sourceName = std::move(sourceName);
    Q_EMIT datasetChanged();
}

void DatasetSession::clear()
{
    setDataset({}, {}, {}, {});
}

void DatasetSession::setColumnSpec(int index, const core::ColumnSpec &spec)
{
    if (index < 0 || index >= m_inference.schema.columns.size())
        return;
    if (m_inference.schema.columns.at(index) == spec)
        return;
    m_inference.schema.columns[index] = spec;
    Q_EMIT columnSpecChanged(index);
    Q_EMIT schemaChanged();
}

bool DatasetSession::setSchema(const core::Schema &schema)
{
    const QList<core::ColumnSpec> &current = m_inference.schema.columns;
    if (schema.columns.size() != current.size())
        return false;
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (schema.columns.at(i).name != current.at(i).name)
            return false;
    }
    if (schema == m_inference.schema)
        return true;
    const core::Schema old = std::exchange(m_inference.schema, schema);
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (old.columns.at(i) != current.at(i))
            Q_EMIT columnSpecChanged(int(i));
    }
    Q_EMIT schemaChanged();
    return true;
}

} // namespace synthreg::gui

#include "datasetsession.h"

namespace synthreg::gui {

DatasetSession::DatasetSession(QObject *parent)
    : QObject(parent)
{
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
}

} // namespace synthreg::gui

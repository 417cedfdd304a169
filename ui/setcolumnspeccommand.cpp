#include "setcolumnspeccommand.h"

#include "datasetsession.h"

namespace synthreg::gui {

namespace {

QString describe(const core::ColumnSpec &before, const core::ColumnSpec &after)
{
    if (before.role != after.role && before.missing == after.missing)
        return SetColumnSpecCommand::tr("Change role of %1").arg(after.name);
    if (before.role == after.role && before.missing != after.missing)
        return SetColumnSpecCommand::tr("Change missing values of %1").arg(after.name);
    return SetColumnSpecCommand::tr("Change %1").arg(after.name);
}

bool hasRole(const core::Schema &schema, const QString &column, core::ColumnRole role)
{
    const core::ColumnSpec *spec = schema.find(column);
    return spec && spec->role == role;
}

} // namespace

SetSchemaCommand::SetSchemaCommand(DatasetSession *session, core::Schema newSchema, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_old(session->schema())
    , m_new(std::move(newSchema))
{
}

void SetSchemaCommand::redo()
{
    m_session->setSchema(m_new);
}

void SetSchemaCommand::undo()
{
    m_session->setSchema(m_old);
}

SetColumnSpecCommand::SetColumnSpecCommand(DatasetSession *session, int column, const core::ColumnSpec &spec,
                                           QUndoCommand *parent)
    : SetSchemaCommand(session, session->schema(), QString(), parent)
    , m_column(column)
{
    if (column < 0 || column >= m_new.columns.size()) {
        setObsolete(true);
        return;
    }
    setText(describe(m_new.columns.at(column), spec));
    m_new.columns[column] = spec;
    m_new = withoutBrokenLinks(std::move(m_new));
}

core::Schema SetColumnSpecCommand::withoutBrokenLinks(core::Schema schema)
{
    schema.survival.removeIf([&](const core::SurvivalLink &link) {
        return !hasRole(schema, link.timeColumn, core::ColumnRole::SurvivalTime)
            || !hasRole(schema, link.eventColumn, core::ColumnRole::EventIndicator);
    });
    if (schema.longitudinal
        && (!hasRole(schema, schema.longitudinal->patientIdColumn, core::ColumnRole::PatientId)
            || !hasRole(schema, schema.longitudinal->visitTimeColumn, core::ColumnRole::VisitTime)))
        schema.longitudinal.reset();
    return schema;
}

} // namespace synthreg::gui

#pragma once

#include "core/data/schema.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace synthreg::gui {

class DatasetSession;

/**
 * Replaces the session's whole schema; undo puts the old one back. Storing both schemas
 * (a few KiB) keeps undo exact even when an edit also dropped survival links or
 * longitudinal keys. Used directly for a schema import.
 *
 * The session must outlive the command; DatasetSession::setDataset() clears the undo stack,
 * so a command never meets a table other than the one it was made for.
 */
class SetSchemaCommand : public QUndoCommand
{
public:
    SetSchemaCommand(DatasetSession *session, core::Schema newSchema, const QString &text,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const core::Schema &oldSchema() const { return m_old; }
    const core::Schema &newSchema() const { return m_new; }

protected:
    DatasetSession *m_session;
    core::Schema m_old;
    core::Schema m_new;
};

/**
 * Changes the spec of one column ("Change role of time"). When the new role breaks a
 * survival link or the longitudinal keys (a link's time column is no longer a survival
 * time, say), the command drops them too, and undo restores them with the old spec.
 */
class SetColumnSpecCommand : public SetSchemaCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetColumnSpecCommand)

public:
    SetColumnSpecCommand(DatasetSession *session, int column, const core::ColumnSpec &spec,
                         QUndoCommand *parent = nullptr);

    int column() const { return m_column; }

    /**
     * `schema` with the survival links and longitudinal keys removed whose columns lack the
     * role they need (the structural rules of Schema::validate()).
     */
    static core::Schema withoutBrokenLinks(core::Schema schema);

private:
    int m_column;
};

} // namespace synthreg::gui

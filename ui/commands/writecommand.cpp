#include "writecommand.h"

namespace Cairn::Ui {

WriteCommand::WriteCommand(const QString &text, Write undoWrite, Write redoWrite, Failed failed)
    : QUndoCommand(text), m_undo(std::move(undoWrite)), m_redo(std::move(redoWrite)), m_failed(std::move(failed))
{
}

void WriteCommand::undo()
{
    run(m_undo);
}

void WriteCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    run(m_redo);
}

void WriteCommand::run(const Write &write)
{
    if (const Core::Status status = write(); !status) {
        setObsolete(true);
        m_failed(status);
    }
}

} // namespace Cairn::Ui

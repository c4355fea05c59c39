#pragma once

#include "model/status.h"

#include <QUndoCommand>

#include <functional>

namespace Cairn::Ui {

// One edit that has already been written to the database, with the writes
// that undo and redo it. Edits are written before they are pushed, so that a
// failed write never lands on the undo stack: the first redo(), which
// QUndoStack::push() calls, does nothing. A later write that fails is
// reported through `failed` and the command is made obsolete, which takes
// it off the stack (the database keeps the state it had).
class WriteCommand final : public QUndoCommand
{
public:
    using Write = std::function<Core::Status()>;
    using Failed = std::function<void(const Core::Status &)>;

    WriteCommand(const QString &text, Write undoWrite, Write redoWrite, Failed failed);

    void undo() override;
    void redo() override;

private:
    void run(const Write &write);

    Write m_undo;
    Write m_redo;
    Failed m_failed;
    bool m_written = true;
};

} // namespace Cairn::Ui

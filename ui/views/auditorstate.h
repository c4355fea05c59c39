#pragma once

#include <QString>

namespace Cairn::Ui {

class AuditService;
class EmptyState;
class Workspace;

enum class AuditorState { NoProfile, Reading, Failed, Ready };

// Whether a view drawn from the audit (the dashboard, the pathways) can draw:
// it needs an open profile and a catalogue read without error. When it
// cannot, `empty` says why — in the view's own words without a profile
// (`noProfile`) and while the catalogue is read (`waiting`) — and the
// catalogue is asked for.
AuditorState explainAuditorState(const Workspace &workspace, AuditService &audits, EmptyState &empty,
                                 const QString &noProfile, const QString &waiting);

} // namespace Cairn::Ui

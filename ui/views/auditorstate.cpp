#include "auditorstate.h"

#include "audit/auditservice.h"
#include "emptystate.h"
#include "workspace.h"

#include <QCoreApplication>

namespace Cairn::Ui {

AuditorState explainAuditorState(const Workspace &workspace, AuditService &audits, EmptyState &empty,
                                 const QString &noProfile, const QString &waiting)
{
    if (!workspace.hasProfile()) {
        empty.setTitle(QCoreApplication::translate("Cairn::Ui::AuditorState", "No profile open"));
        empty.setText(noProfile);
        return AuditorState::NoProfile;
    }
    if (!audits.auditor()) {
        audits.request();
        empty.setTitle(QCoreApplication::translate("Cairn::Ui::AuditorState", "Reading the catalogue…"));
        empty.setText(waiting);
        return AuditorState::Reading;
    }
    if (!audits.error().isEmpty()) {
        empty.setTitle(QCoreApplication::translate("Cairn::Ui::AuditorState", "The catalogue could not be read"));
        empty.setText(audits.error());
        return AuditorState::Failed;
    }
    return AuditorState::Ready;
}

} // namespace Cairn::Ui

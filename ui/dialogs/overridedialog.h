#pragma once

#include "model/catalogue.h"
#include "model/learnerprofile.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QWidget;

namespace Cairn::Ui {

// An advisor's decision about one qualification: what is decided (fixed by
// how the dialog was opened), the course it concerns where it concerns one,
// the reason and the advisor's name, checked by the core as they are typed.
class OverrideDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::OverrideDialog)

public:
    // `proposal` holds the kind, qualification and node; its course, reason and
    // advisor fill the fields. `courses` are the choices for a substitution or
    // an exclusion. `profile` is the learner without the decision being edited.
    static std::optional<Core::AuditOverride> edit(QWidget *parent, const Core::AuditOverride &proposal,
                                                   const QString &nodeLabel, const QStringList &courses,
                                                   const Core::Qualification &qualification,
                                                   const Core::LearnerProfile &profile, bool isNew);
};

} // namespace Cairn::Ui

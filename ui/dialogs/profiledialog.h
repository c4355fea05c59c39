#pragma once

#include "model/learnerprofile.h"
#include "model/qualification.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Cairn::Ui {

// One dialog for a profile's own settings — name, weekly study hours, yearly
// budget, availability periods and goal qualifications — checked by the core
// as the user types. Records and advisor decisions pass through unchanged.
class ProfileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::ProfileDialog)

public:
    // `otherNames` are the names the profile may not take.
    static std::optional<Core::LearnerProfile> edit(QWidget *parent, const QString &title,
                                                    const Core::LearnerProfile &profile, const QStringList &otherNames,
                                                    const QList<Core::Qualification> &qualifications);
};

} // namespace Cairn::Ui

#pragma once

#include "model/catalogue.h"
#include "model/checks.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Cairn::Ui {

// Adds or edits one course, checked by the core as the user types. The code
// of an existing course is fixed (records and rules refer to it); its
// prerequisites are kept as they are (editing rule trees comes later).
class CourseDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::CourseDialog)

public:
    static std::optional<Core::Course> edit(QWidget *parent, const std::optional<Core::Course> &existing,
                                            const Core::CatalogueFacts &facts, const QList<Core::Provider> &providers,
                                            const QList<Core::Skill> &skills);
};

} // namespace Cairn::Ui

#pragma once

#include "model/catalogue.h"
#include "model/checks.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Cairn::Ui {

// Dialogs for the smaller catalogue items, each returning the edited value
// or nothing when cancelled. An existing item keeps its id or code; a
// qualification's rules (requirements, eligibility, caps) pass through.
class ItemDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::ItemDialogs)

public:
    static std::optional<Core::Provider> editProvider(QWidget *parent, const std::optional<Core::Provider> &existing,
                                                      const Core::CatalogueFacts &facts);
    static std::optional<Core::Skill> editSkill(QWidget *parent, const std::optional<Core::Skill> &existing,
                                                const Core::CatalogueFacts &facts);
    static std::optional<Core::Qualification> editQualification(QWidget *parent,
                                                                const std::optional<Core::Qualification> &existing,
                                                                const Core::CatalogueFacts &facts,
                                                                const QList<Core::Provider> &providers);
};

} // namespace Cairn::Ui

#pragma once

#include "storage/coursefilter.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QSpinBox;

namespace Cairn::Core {
class Database;
}

namespace Cairn::Ui {

// The catalogue's filters beside the search text: skill, provider, framework,
// delivery mode and ranges of level, credits, cost and hours. Each range end
// at its lowest value reads "Any" and filters nothing.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(Core::Database &database, QWidget *parent = nullptr);

    // The filter the controls describe (without search text).
    Core::CourseFilter filter() const;
    // Re-reads the skills, providers and frameworks to choose from, keeping
    // the choices that still exist.
    void reloadChoices();
    void clear();

    QComboBox *skillBox() const { return m_skill; }
    QComboBox *providerBox() const { return m_provider; }
    QSpinBox *minimumLevelBox() const { return m_minLevel; }
    QDoubleSpinBox *maximumCostBox() const { return m_maxCost; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *addChoice(const QString &label, const QString &accessibleName, int row, int column);
    QSpinBox *addLevel(const QString &accessibleName);
    QDoubleSpinBox *addAmount(const QString &accessibleName, double maximum, double step);
    void controlChanged();

    Core::Database &m_database;
    QGridLayout *m_grid; // made before the controls that are put in it
    QComboBox *m_skill;
    QComboBox *m_provider;
    QComboBox *m_framework;
    QComboBox *m_delivery;
    QSpinBox *m_minLevel;
    QSpinBox *m_maxLevel;
    QDoubleSpinBox *m_minCredits;
    QDoubleSpinBox *m_maxCredits;
    QDoubleSpinBox *m_minCost;
    QDoubleSpinBox *m_maxCost;
    QDoubleSpinBox *m_minHours;
    QDoubleSpinBox *m_maxHours;
    bool m_quiet = false; // while the controls are set from code
};

} // namespace Cairn::Ui

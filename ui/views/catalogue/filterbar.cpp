#include "filterbar.h"

#include "models/coursetext.h"
#include "storage/cataloguerepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Cairn::Ui {

namespace {

template<typename T>
std::optional<T> valueUnlessAny(const T &value, const T &any)
{
    return value == any ? std::nullopt : std::optional<T>(value);
}

// Two boxes for the ends of a range, side by side: "3 – 5".
QWidget *rangeOf(QWidget *from, QWidget *to, QWidget *parent)
{
    auto *range = new QWidget(parent);
    auto *layout = new QHBoxLayout(range);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(from);
    layout->addWidget(new QLabel(FilterBar::tr("to"), range));
    layout->addWidget(to);
    return range;
}

} // namespace

FilterBar::FilterBar(Core::Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_grid(new QGridLayout(this))
    , m_skill(addChoice(tr("S&kill"), tr("Skill"), 0, 0))
    , m_provider(addChoice(tr("&Provider"), tr("Provider"), 0, 2))
    , m_framework(addChoice(tr("F&ramework"), tr("Framework"), 0, 4))
    , m_delivery(addChoice(tr("&Delivery"), tr("Delivery"), 0, 6))
    , m_minLevel(addLevel(tr("Lowest level")))
    , m_maxLevel(addLevel(tr("Highest level")))
    , m_minCredits(addAmount(tr("Fewest credits"), 1000, 5))
    , m_maxCredits(addAmount(tr("Most credits"), 1000, 5))
    , m_minCost(addAmount(tr("Lowest cost"), 1000000, 100))
    , m_maxCost(addAmount(tr("Highest cost"), 1000000, 100))
    , m_minHours(addAmount(tr("Fewest hours"), 10000, 10))
    , m_maxHours(addAmount(tr("Most hours"), 10000, 10))
{
    m_grid->setContentsMargins(0, 4, 0, 4);
    const auto addRange = [this](const QString &label, QWidget *from, QWidget *to, int column) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(from);
        m_grid->addWidget(caption, 1, column);
        m_grid->addWidget(rangeOf(from, to, this), 1, column + 1);
    };
    addRange(tr("&Level"), m_minLevel, m_maxLevel, 0);
    addRange(tr("C&redits"), m_minCredits, m_maxCredits, 2);
    addRange(tr("Co&st"), m_minCost, m_maxCost, 4);
    addRange(tr("&Hours"), m_minHours, m_maxHours, 6);
    for (int column : {1, 3, 5, 7})
        m_grid->setColumnStretch(column, 1);

    m_delivery->addItem(tr("Any delivery"));
    for (Core::DeliveryMode mode : {Core::DeliveryMode::Online, Core::DeliveryMode::Campus, Core::DeliveryMode::Workplace})
        m_delivery->addItem(CourseText::deliveryMode(mode), int(mode));
    reloadChoices();
}

QComboBox *FilterBar::addChoice(const QString &label, const QString &accessibleName, int row, int column)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(accessibleName);
    box->setMaxVisibleItems(20);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(box);
    m_grid->addWidget(caption, row, column);
    m_grid->addWidget(box, row, column + 1);
    connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::controlChanged);
    return box;
}

QSpinBox *FilterBar::addLevel(const QString &accessibleName)
{
    auto *box = new QSpinBox(this);
    box->setRange(0, 20);
    box->setSpecialValueText(tr("Any"));
    box->setAccessibleName(accessibleName);
    connect(box, &QSpinBox::valueChanged, this, &FilterBar::controlChanged);
    return box;
}

QDoubleSpinBox *FilterBar::addAmount(const QString &accessibleName, double maximum, double step)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(0, maximum);
    box->setDecimals(0);
    box->setSingleStep(step);
    box->setSpecialValueText(tr("Any"));
    box->setAccessibleName(accessibleName);
    connect(box, &QDoubleSpinBox::valueChanged, this, &FilterBar::controlChanged);
    return box;
}

void FilterBar::controlChanged()
{
    if (!m_quiet)
        Q_EMIT changed();
}

void FilterBar::reloadChoices()
{
    const Core::CatalogueRepository repository(m_database);
    QList<Core::Skill> skills;
    QList<Core::Provider> providers;
    QList<Core::Framework> frameworks;
    (void)repository.loadSkills(skills);
    (void)repository.loadProviders(providers);
    (void)repository.loadFrameworks(frameworks);
    std::sort(skills.begin(), skills.end(),
              [](const Core::Skill &a, const Core::Skill &b) { return a.label.localeAwareCompare(b.label) < 0; });
    std::sort(providers.begin(), providers.end(),
              [](const Core::Provider &a, const Core::Provider &b) { return a.name.localeAwareCompare(b.name) < 0; });

    m_quiet = true;
    const auto refill = [](QComboBox *box, const QString &any, const QList<QPair<QString, QString>> &items) {
        const QString kept = box->currentData().toString();
        box->clear();
        box->addItem(any);
        for (const auto &[id, name] : items)
            box->addItem(name, id);
        box->setCurrentIndex(std::max(0, box->findData(kept)));
    };
    QList<QPair<QString, QString>> items;
    for (const Core::Skill &skill : std::as_const(skills))
        items.append({skill.id, skill.label});
    refill(m_skill, tr("Any skill"), items);
    items.clear();
    for (const Core::Provider &provider : std::as_const(providers))
        items.append({provider.id, provider.name});
    refill(m_provider, tr("Any provider"), items);
    items.clear();
    for (const Core::Framework &framework : std::as_const(frameworks))
        items.append({framework.id, framework.name});
    refill(m_framework, tr("Any framework"), items);
    m_quiet = false;
}

Core::CourseFilter FilterBar::filter() const
{
    Core::CourseFilter filter;
    filter.skill = m_skill->currentData().toString();
    filter.provider = m_provider->currentData().toString();
    filter.framework = m_framework->currentData().toString();
    if (m_delivery->currentIndex() > 0)
        filter.delivery = static_cast<Core::DeliveryMode>(m_delivery->currentData().toInt());
    filter.level = {valueUnlessAny(m_minLevel->value(), 0), valueUnlessAny(m_maxLevel->value(), 0)};
    filter.credits = {valueUnlessAny(m_minCredits->value(), 0.0), valueUnlessAny(m_maxCredits->value(), 0.0)};
    filter.cost = {valueUnlessAny(m_minCost->value(), 0.0), valueUnlessAny(m_maxCost->value(), 0.0)};
    filter.hours = {valueUnlessAny(m_minHours->value(), 0.0), valueUnlessAny(m_maxHours->value(), 0.0)};
    return filter;
}

void FilterBar::clear()
{
    m_quiet = true;
    for (QComboBox *box : {m_skill, m_provider, m_framework, m_delivery})
        box->setCurrentIndex(0);
    for (QSpinBox *box : {m_minLevel, m_maxLevel})
        box->setValue(0);
    for (QDoubleSpinBox *box : {m_minCredits, m_maxCredits, m_minCost, m_maxCost, m_minHours, m_maxHours})
        box->setValue(0);
    m_quiet = false;
    Q_EMIT changed();
}

} // namespace Cairn::Ui

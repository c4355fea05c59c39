#include "coursedialog.h"

#include "formdialog.h"
#include "model/limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return box;
}

// "2027-02-08, 2027-07-12" → dates; an unreadable one becomes an invalid
// date, which the core's check reports with its position.
QList<QDate> parseDates(const QString &text)
{
    QList<QDate> dates;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            dates.append(QDate::fromString(part.trimmed(), Qt::ISODate));
    }
    return dates;
}

} // namespace

std::optional<Core::Course> CourseDialog::edit(QWidget *parent, const std::optional<Core::Course> &existing,
                                               const Core::CatalogueFacts &facts,
                                               const QList<Core::Provider> &providers,
                                               const QList<Core::Skill> &skills)
{
    Core::Course course = existing.value_or(Core::Course());
    if (!existing) {
        course.credits = 15;
        course.level = 5;
        course.framework = facts.frameworks.isEmpty() ? QString() : facts.frameworks.first().id;
        course.hours = 150;
        course.weeks = 15;
    }
    FormDialog dialog(existing ? tr("Edit Course %1").arg(course.code) : tr("New Course"), parent);

    auto *code = new QLineEdit(course.code, &dialog);
    code->setReadOnly(existing.has_value());
    code->setPlaceholderText(tr("e.g. DAT501"));
    auto *title = new QLineEdit(course.title, &dialog);
    auto *provider = new QComboBox(&dialog);
    provider->addItem(tr("Choose a provider"), QString());
    for (const Core::Provider &p : providers)
        provider->addItem(p.name, p.id);
    provider->setCurrentIndex(std::max(0, provider->findData(course.provider)));
    auto *framework = new QComboBox(&dialog);
    for (const Core::Framework &f : facts.frameworks)
        framework->addItem(f.name, f.id);
    framework->setCurrentIndex(std::max(0, framework->findData(course.framework)));

    auto *credits = new QDoubleSpinBox(&dialog);
    credits->setRange(0, Core::Limits::courseCredits);
    credits->setDecimals(1);
    credits->setValue(course.credits);
    credits->setAccessibleName(tr("Credits"));
    auto *level = new QSpinBox(&dialog);
    level->setRange(0, 20);
    level->setValue(course.level);
    level->setPrefix(tr("level "));
    level->setAccessibleName(tr("Level"));
    auto *hours = new QDoubleSpinBox(&dialog);
    hours->setRange(0, Core::Limits::courseHours);
    hours->setDecimals(1);
    hours->setValue(course.hours);
    hours->setSuffix(tr(" hours"));
    hours->setAccessibleName(tr("Hours"));
    auto *weeks = new QSpinBox(&dialog);
    weeks->setRange(0, Core::Limits::courseWeeks);
    weeks->setValue(course.weeks);
    weeks->setSuffix(tr(" weeks"));
    weeks->setAccessibleName(tr("Weeks"));
    // Until the user sets them, hours follow the credits (DESIGN.md defaults:
    // credits x the framework's credit hours) and weeks follow the hours.
    bool hoursTouched = existing.has_value();
    const auto followCredits = [&] {
        if (hoursTouched)
            return;
        for (const Core::Framework &f : facts.frameworks) {
            if (f.id == framework->currentData().toString()) {
                const QSignalBlocker blocker(hours);
                hours->setValue(Core::notionalHours(credits->value(), f));
                weeks->setValue(Core::defaultWeeks(hours->value()));
            }
        }
        dialog.revalidate();
    };
    QObject::connect(credits, &QDoubleSpinBox::valueChanged, &dialog, followCredits);
    QObject::connect(framework, &QComboBox::currentIndexChanged, &dialog, followCredits);
    QObject::connect(hours, &QDoubleSpinBox::valueChanged, &dialog, [&] { hoursTouched = true; });

    auto *hasCost = new QCheckBox(tr("Costs"), &dialog);
    hasCost->setChecked(course.cost.has_value());
    auto *amount = new QDoubleSpinBox(&dialog);
    amount->setRange(0, Core::Limits::amount);
    amount->setDecimals(2);
    amount->setValue(course.cost ? course.cost->amount.toDouble() : 0.0);
    amount->setAccessibleName(tr("Cost amount"));
    auto *currency = new QLineEdit(course.cost ? course.cost->currency : QStringLiteral("NZD"), &dialog);
    currency->setMaxLength(3);
    currency->setMaximumWidth(60);
    currency->setAccessibleName(tr("Currency"));
    QObject::connect(hasCost, &QCheckBox::toggled, amount, &QWidget::setEnabled);
    QObject::connect(hasCost, &QCheckBox::toggled, currency, &QWidget::setEnabled);
    amount->setEnabled(hasCost->isChecked());
    currency->setEnabled(hasCost->isChecked());

    QList<QCheckBox *> delivery;
    const QList<std::pair<Core::DeliveryMode, QString>> modes{{Core::DeliveryMode::Online, tr("Online")},
                                                              {Core::DeliveryMode::Campus, tr("On campus")},
                                                              {Core::DeliveryMode::Workplace, tr("At work")}};
    for (const auto &[mode, label] : modes) {
        auto *box = new QCheckBox(label, &dialog);
        box->setChecked(course.delivery.contains(mode));
        delivery.append(box);
    }

    QStringList intakeTexts;
    for (const QDate &date : course.intakes)
        intakeTexts.append(date.toString(Qt::ISODate));
    auto *intakes = new QLineEdit(intakeTexts.join(QStringLiteral(", ")), &dialog);
    intakes->setPlaceholderText(tr("Start dates, e.g. 2027-02-08, 2027-07-12 (empty: any Monday)"));

    auto *skillList = new QListWidget(&dialog);
    skillList->setMinimumHeight(100);
    for (const Core::Skill &skill : skills) {
        auto *item = new QListWidgetItem(skill.label, skillList);
        item->setData(Qt::UserRole, skill.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(course.skills.contains(skill.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *outcomes = new QPlainTextEdit(course.outcomes.join(u'\n'), &dialog);
    outcomes->setPlaceholderText(tr("One learning outcome a line"));
    outcomes->setTabChangesFocus(true);
    outcomes->setMaximumHeight(90);
    auto *assessment = new QLineEdit(course.assessment, &dialog);
    auto *description = new QPlainTextEdit(course.description, &dialog);
    description->setTabChangesFocus(true);
    description->setMaximumHeight(70);
    auto *url = new QLineEdit(course.url, &dialog);

    dialog.addRow(tr("&Code"), code, QStringLiteral("code"));
    dialog.addRow(tr("&Title"), title, QStringLiteral("title"));
    dialog.addRow(tr("&Provider"), provider, QStringLiteral("provider"));
    dialog.addRow(tr("&Framework"), framework, QStringLiteral("framework"));
    dialog.addRow(tr("C&redits"), row(&dialog, {credits, level}), QStringLiteral("credits"));
    dialog.addRow(tr("&Workload"), row(&dialog, {hours, weeks}), QStringLiteral("hours"));
    dialog.addRow(tr("C&ost"), row(&dialog, {hasCost, amount, currency}), QStringLiteral("cost"));
    dialog.addRow(tr("&Delivery"), row(&dialog, {delivery[0], delivery[1], delivery[2]}));
    dialog.addRow(tr("&Intakes"), intakes, QStringLiteral("intakes"));
    dialog.addRow(tr("&Skills"), skillList, QStringLiteral("skills"));
    dialog.addRow(tr("&Learning outcomes"), outcomes);
    dialog.addRow(tr("&Assessment"), assessment);
    dialog.addRow(tr("D&escription"), description);
    dialog.addRow(tr("&Web page"), url);
    for (QWidget *widget : QList<QWidget *>{credits, level, hours, weeks, hasCost, amount, currency})
        dialog.watch(widget);
    for (QCheckBox *box : delivery)
        dialog.watch(box);

    const auto value = [&] {
        Core::Course edited = course;
        edited.code = code->text().trimmed();
        edited.title = title->text().trimmed();
        edited.provider = provider->currentData().toString();
        edited.framework = framework->currentData().toString();
        edited.credits = credits->value();
        edited.level = level->value();
        edited.hours = hours->value();
        edited.weeks = weeks->value();
        edited.cost = hasCost->isChecked()
            ? std::optional<Core::Money>(Core::Money{Core::Amount::rounded(amount->value()), currency->text().trimmed()})
            : std::nullopt;
        edited.delivery.clear();
        for (int i = 0; i < modes.size(); ++i) {
            if (delivery[i]->isChecked())
                edited.delivery.append(modes[i].first);
        }
        edited.intakes = parseDates(intakes->text());
        edited.skills.clear();
        for (int i = 0; i < skillList->count(); ++i) {
            if (skillList->item(i)->checkState() == Qt::Checked)
                edited.skills.append(skillList->item(i)->data(Qt::UserRole).toString());
        }
        edited.outcomes.clear();
        for (const QString &line : outcomes->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                edited.outcomes.append(line.trimmed());
        }
        edited.assessment = assessment->text().trimmed();
        edited.description = description->toPlainText().trimmed();
        edited.url = url->text().trimmed();
        return edited;
    };
    dialog.setCheck([&] { return Core::checkCourse(value(), !existing.has_value(), facts); });
    dialog.resize(620, 720);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return value();
}

} // namespace Cairn::Ui

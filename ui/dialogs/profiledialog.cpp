#include "profiledialog.h"

#include "exchangerateseditor.h"
#include "formdialog.h"
#include "model/limits.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {

enum PeriodColumn { From, To, Hours, Label };

// The availability periods as rows of editors (a profile has a handful).
class PeriodsEditor final
{
public:
    PeriodsEditor(QTableWidget *table, FormDialog *dialog) : m_table(table), m_dialog(dialog)
    {
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels({ProfileDialog::tr("From"), ProfileDialog::tr("To"),
                                            ProfileDialog::tr("Hours a week"), ProfileDialog::tr("What it is")});
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->hide();
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setMinimumHeight(110);
    }

    void add(const Core::AvailabilityPeriod &period)
    {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto dateEdit = [this](const QDate &date, const QString &name) {
            auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), m_table);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setAccessibleName(name);
            m_dialog->watch(edit);
            return edit;
        };
        m_table->setCellWidget(row, From, dateEdit(period.from, ProfileDialog::tr("First day")));
        m_table->setCellWidget(row, To, dateEdit(period.to, ProfileDialog::tr("Last day")));
        auto *hours = new QDoubleSpinBox(m_table);
        hours->setRange(0, Core::Limits::hoursInAWeek);
        hours->setDecimals(1);
        hours->setValue(period.hoursPerWeek);
        hours->setAccessibleName(ProfileDialog::tr("Hours a week in this period"));
        m_dialog->watch(hours);
        m_table->setCellWidget(row, Hours, hours);
        auto *label = new QLineEdit(period.label, m_table);
        label->setAccessibleName(ProfileDialog::tr("What the period is"));
        m_table->setCellWidget(row, Label, label);
        m_dialog->revalidate();
    }

    void removeSelected()
    {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        m_dialog->revalidate();
    }

    QList<Core::AvailabilityPeriod> periods() const
    {
        QList<Core::AvailabilityPeriod> periods;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            periods.append({static_cast<QDateEdit *>(m_table->cellWidget(row, From))->date(),
                            static_cast<QDateEdit *>(m_table->cellWidget(row, To))->date(),
                            static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, Hours))->value(),
                            static_cast<QLineEdit *>(m_table->cellWidget(row, Label))->text().trimmed()});
        }
        return periods;
    }

private:
    QTableWidget *m_table;
    FormDialog *m_dialog;
};

} // namespace

std::optional<Core::LearnerProfile> ProfileDialog::edit(QWidget *parent, const QString &title,
                                                        const Core::LearnerProfile &profile,
                                                        const QStringList &otherNames,
                                                        const QList<Core::Qualification> &qualifications)
{
    FormDialog dialog(title, parent);
    auto *name = new QLineEdit(profile.name, &dialog);
    name->setPlaceholderText(tr("Your name, or the learner's"));
    auto *hours = new QDoubleSpinBox(&dialog);
    hours->setRange(0, Core::Limits::hoursInAWeek);
    hours->setDecimals(1);
    hours->setSuffix(tr(" hours"));
    hours->setValue(profile.hoursPerWeek);

    auto *hasBudget = new QCheckBox(tr("Spend at most"), &dialog);
    hasBudget->setChecked(profile.budgetPerYear.has_value());
    auto *amount = new QDoubleSpinBox(&dialog);
    amount->setRange(0, Core::Limits::amount);
    amount->setDecimals(0);
    amount->setSingleStep(100);
    amount->setValue(profile.budgetPerYear ? profile.budgetPerYear->amount.toDouble() : 3000.0);
    amount->setAccessibleName(tr("Budget amount"));
    auto *currency = new QLineEdit(profile.budgetPerYear ? profile.budgetPerYear->currency : QStringLiteral("NZD"), &dialog);
    currency->setMaxLength(3);
    currency->setMaximumWidth(60);
    currency->setAccessibleName(tr("Budget currency"));
    auto *budget = new QWidget(&dialog);
    auto *budgetLayout = new QHBoxLayout(budget);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->addWidget(hasBudget);
    budgetLayout->addWidget(amount, 1);
    budgetLayout->addWidget(currency);
    const auto enableBudget = [amount, currency](bool on) {
        amount->setEnabled(on);
        currency->setEnabled(on);
    };
    QObject::connect(hasBudget, &QCheckBox::toggled, &dialog, enableBudget);
    enableBudget(hasBudget->isChecked());

    auto *periodsTable = new QTableWidget(&dialog);
    periodsTable->setAccessibleName(tr("Availability periods"));
    PeriodsEditor periods(periodsTable, &dialog);
    auto *addPeriod = new QPushButton(tr("&Add Period"), &dialog);
    auto *removePeriod = new QPushButton(tr("&Remove Period"), &dialog);
    QObject::connect(addPeriod, &QPushButton::clicked, &dialog, [&periods] {
        const QDate today = QDate::currentDate();
        periods.add({today, today.addDays(13), 0, QString()});
    });
    QObject::connect(removePeriod, &QPushButton::clicked, &dialog, [&periods] { periods.removeSelected(); });
    auto *periodsBox = new QWidget(&dialog);
    auto *periodsLayout = new QVBoxLayout(periodsBox);
    periodsLayout->setContentsMargins(0, 0, 0, 0);
    periodsLayout->addWidget(periodsTable);
    auto *periodButtons = new QHBoxLayout;
    periodButtons->addWidget(addPeriod);
    periodButtons->addWidget(removePeriod);
    periodButtons->addStretch();
    periodsLayout->addLayout(periodButtons);

    auto *goalFilter = new QLineEdit(&dialog);
    goalFilter->setPlaceholderText(tr("Find a qualification"));
    goalFilter->setClearButtonEnabled(true);
    goalFilter->setAccessibleName(tr("Find a qualification"));
    auto *goals = new QListWidget(&dialog);
    goals->setMinimumHeight(140);
    for (const Core::Qualification &qualification : qualifications) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(qualification.code, qualification.title), goals);
        item->setData(Qt::UserRole, qualification.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(profile.goals.contains(qualification.code) ? Qt::Checked : Qt::Unchecked);
    }
    QObject::connect(goalFilter, &QLineEdit::textChanged, goals, [goals](const QString &text) {
        for (int i = 0; i < goals->count(); ++i)
            goals->item(i)->setHidden(!goals->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *goalsBox = new QWidget(&dialog);
    auto *goalsLayout = new QVBoxLayout(goalsBox);
    goalsLayout->setContentsMargins(0, 0, 0, 0);
    goalsLayout->addWidget(goalFilter);
    goalsLayout->addWidget(goals);

    dialog.addRow(tr("&Name"), name, QStringLiteral("name"));
    dialog.addRow(tr("&Study time a week"), hours, QStringLiteral("hoursPerWeek"));
    dialog.addRow(tr("&Yearly budget"), budget, QStringLiteral("budgetPerYear"));
    dialog.watch(hasBudget);
    dialog.watch(amount);
    dialog.watch(currency);
    dialog.addRow(tr("&Availability"), periodsBox, QStringLiteral("availability"));
    auto *rates = new ExchangeRatesEditor(&dialog, &dialog);
    for (const Core::ExchangeRate &rate : profile.exchangeRates)
        rates->add(rate);
    dialog.addRow(tr("E&xchange rates"), rates, QStringLiteral("exchangeRates"));
    dialog.addRow(tr("&Goals"), goalsBox, QStringLiteral("goals"));
    dialog.watch(goals);

    const auto value = [&] {
        Core::LearnerProfile edited = profile;
        edited.name = name->text().trimmed();
        edited.hoursPerWeek = hours->value();
        edited.budgetPerYear = hasBudget->isChecked()
            ? std::optional<Core::Money>(Core::Money{Core::Amount::rounded(amount->value()), currency->text().trimmed()})
            : std::nullopt;
        edited.availability = periods.periods();
        edited.exchangeRates = rates->rates();
        edited.goals.clear();
        for (int i = 0; i < goals->count(); ++i) {
            if (goals->item(i)->checkState() == Qt::Checked)
                edited.goals.append(goals->item(i)->data(Qt::UserRole).toString());
        }
        return edited;
    };
    for (const Core::AvailabilityPeriod &period : profile.availability)
        periods.add(period);
    dialog.setCheck([&] {
        return Core::checkProfile(value(), otherNames, [&qualifications](const QString &code) {
            return std::any_of(qualifications.begin(), qualifications.end(),
                               [&code](const Core::Qualification &q) { return q.code == code; });
        });
    });
    dialog.resize(620, 760);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return value();
}

} // namespace Cairn::Ui

#include "exchangerateseditor.h"

#include "formdialog.h"
#include "model/limits.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
enum Column { From, To, Rate, Date };
}

ExchangeRatesEditor::ExchangeRatesEditor(FormDialog *dialog, QWidget *parent)
    : QWidget(parent), m_dialog(dialog), m_table(new QTableWidget(this))
{
    m_table->setAccessibleName(tr("Exchange rates"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Rate"), tr("Taken on")});
    m_table->horizontalHeaderItem(Rate)->setToolTip(tr("How many of the second currency one of the first is worth"));
    m_table->setToolTip(tr("Your own rates: Cairn works offline and compares prices in different currencies "
                           "only with these, using the latest one taken on or before the day."));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    auto *add = new QPushButton(tr("Add &Rate"), this);
    auto *remove = new QPushButton(tr("Remove Ra&te"), this);
    add->setObjectName(QStringLiteral("addRate"));
    remove->setObjectName(QStringLiteral("removeRate"));
    connect(add, &QPushButton::clicked, this, [this] {
        // Most often a price in another currency against the learner's own.
        this->add({QStringLiteral("EUR"), QStringLiteral("NZD"), 1.0, QDate::currentDate()});
    });
    connect(remove, &QPushButton::clicked, this, &ExchangeRatesEditor::removeSelected);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
}

void ExchangeRatesEditor::add(const Core::ExchangeRate &rate)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const auto code = [this](const QString &text, const QString &name) {
        auto *edit = new QLineEdit(text, m_table);
        edit->setMaxLength(3);
        // Currency codes are capitals: "nzd" becomes NZD as it is typed.
        connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &typed) {
            const int cursor = edit->cursorPosition();
            edit->setText(typed.toUpper());
            edit->setCursorPosition(cursor);
        });
        edit->setAccessibleName(name);
        m_dialog->watch(edit);
        return edit;
    };
    m_table->setCellWidget(row, From, code(rate.from, tr("Currency converted from")));
    m_table->setCellWidget(row, To, code(rate.to, tr("Currency converted to")));
    auto *value = new QDoubleSpinBox(m_table);
    value->setRange(1.0 / Core::Limits::exchangeRate, Core::Limits::exchangeRate);
    value->setDecimals(6);
    value->setValue(rate.rate);
    value->setAccessibleName(tr("Units of the second currency for one of the first"));
    m_dialog->watch(value);
    m_table->setCellWidget(row, Rate, value);
    auto *date = new QDateEdit(rate.date.isValid() ? rate.date : QDate::currentDate(), m_table);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setAccessibleName(tr("Day the rate was taken"));
    m_dialog->watch(date);
    m_table->setCellWidget(row, Date, date);
    m_dialog->revalidate();
}

void ExchangeRatesEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
    m_dialog->revalidate();
}

QList<Core::ExchangeRate> ExchangeRatesEditor::rates() const
{
    QList<Core::ExchangeRate> rates;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        rates.append({static_cast<QLineEdit *>(m_table->cellWidget(row, From))->text().trimmed().toUpper(),
                      static_cast<QLineEdit *>(m_table->cellWidget(row, To))->text().trimmed().toUpper(),
                      static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, Rate))->value(),
                      static_cast<QDateEdit *>(m_table->cellWidget(row, Date))->date()});
    }
    return rates;
}

} // namespace Cairn::Ui

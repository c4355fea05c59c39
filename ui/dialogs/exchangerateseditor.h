#pragma once

#include "model/money.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace Cairn::Ui {

class FormDialog;

// The learner's own exchange rates as rows of editors, with Add and Remove:
// a part of the profile dialog. Each row: from, to, the rate (units of "to"
// for one of "from") and the day it was taken.
class ExchangeRatesEditor final : public QWidget
{
    Q_OBJECT

public:
    ExchangeRatesEditor(FormDialog *dialog, QWidget *parent = nullptr);

    void add(const Core::ExchangeRate &rate);
    void removeSelected();
    QList<Core::ExchangeRate> rates() const;
    QTableWidget *table() const { return m_table; }

private:
    FormDialog *m_dialog;
    QTableWidget *m_table;
};

} // namespace Cairn::Ui

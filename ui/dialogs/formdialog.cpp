#include "formdialog.h"

#include "icons/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_problemIcon(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_problemIcon->setPixmap(icon(QStringLiteral("warning")).pixmap(QSize(18, 18)));
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problem, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(problemRow);
    layout->addWidget(m_buttons);
}

void FormDialog::addRow(const QString &label, QWidget *widget, const QString &field)
{
    m_form->addRow(label, widget);
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(QString(label).remove(u'&'));
    if (!field.isEmpty())
        m_fields.insert(field, widget);
    watch(widget);
}

void FormDialog::addWideRow(QWidget *widget)
{
    m_form->addRow(widget);
    watch(widget);
}

void FormDialog::setCheck(std::function<Core::FieldProblems()> check)
{
    m_check = std::move(check);
    revalidate();
}

void FormDialog::watch(QWidget *widget)
{
    const auto changed = [this] { revalidate(); };
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *box = qobject_cast<QDoubleSpinBox *>(widget))
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        connect(date, &QDateEdit::dateChanged, this, changed);
    else if (auto *list = qobject_cast<QListWidget *>(widget))
        connect(list, &QListWidget::itemChanged, this, changed);
    else if (auto *table = qobject_cast<QTableWidget *>(widget))
        connect(table, &QTableWidget::itemChanged, this, changed);
}

void FormDialog::revalidate()
{
    m_problems = m_check ? m_check() : Core::FieldProblems();
    m_problem->setText(Core::firstMessage(m_problems));
    m_problem->setVisible(!m_problems.isEmpty());
    m_problemIcon->setVisible(!m_problems.isEmpty());
    okButton()->setEnabled(m_problems.isEmpty());
    for (auto field = m_fields.cbegin(); field != m_fields.cend(); ++field) {
        // Screen readers hear what is wrong with the field they are on.
        QString message;
        for (const Core::FieldProblem &problem : std::as_const(m_problems)) {
            const bool about = problem.field == field.key() || problem.field.startsWith(field.key() + u'.')
                || problem.field.startsWith(field.key() + u'[');
            if (about && message.isEmpty())
                message = problem.message;
        }
        field.value()->setAccessibleDescription(message);
    }
}

QPushButton *FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace Cairn::Ui

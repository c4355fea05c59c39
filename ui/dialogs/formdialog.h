#pragma once

#include "model/checks.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Cairn::Ui {

// A dialog of labelled fields that validates as the user types: after every
// change it asks `check` (the core's rules) and shows the first problem under
// the form, naming its field; OK is enabled only when there is none. The
// typed dialogs (ProfileDialog, CourseDialog, ...) are built on it.
class FormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)

public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    // Adds a row; `field` is the name the checks use for it ("credits").
    void addRow(const QString &label, QWidget *widget, const QString &field = {});
    void addWideRow(QWidget *widget);
    void setCheck(std::function<Core::FieldProblems()> check);
    // Re-runs the check when `widget` changes (line edits, spin boxes, combo
    // boxes, check boxes, text edits, date edits and list widgets).
    void watch(QWidget *widget);
    void revalidate();

    QPushButton *okButton() const;
    QLabel *problemLabel() const { return m_problem; }
    Core::FieldProblems problems() const { return m_problems; }

private:
    QFormLayout *m_form;
    QLabel *m_problem;
    QLabel *m_problemIcon;
    QDialogButtonBox *m_buttons;
    std::function<Core::FieldProblems()> m_check;
    Core::FieldProblems m_problems;
    QHash<QString, QWidget *> m_fields;
};

} // namespace Cairn::Ui

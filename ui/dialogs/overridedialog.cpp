#include "overridedialog.h"

#include "formdialog.h"
#include "model/checks.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Cairn::Ui {

std::optional<Core::AuditOverride> OverrideDialog::edit(QWidget *parent, const Core::AuditOverride &proposal,
                                                        const QString &nodeLabel, const QStringList &courses,
                                                        const Core::Qualification &qualification,
                                                        const Core::LearnerProfile &profile, bool isNew)
{
    using Kind = Core::AuditOverride::Kind;
    QString title;
    QString what;
    switch (proposal.kind) {
    case Kind::Waive:
        title = isNew ? tr("Waive a Requirement") : tr("Edit Waiver");
        what = tr("“%1” counts as met for %2.").arg(nodeLabel, qualification.code);
        break;
    case Kind::Substitute:
        title = isNew ? tr("Count a Course Toward a Requirement") : tr("Edit Substitution");
        what = tr("The course chosen below counts toward “%1” of %2, although it does not match it.")
                   .arg(nodeLabel, qualification.code);
        break;
    case Kind::Exclude:
        title = isNew ? tr("Exclude a Course") : tr("Edit Exclusion");
        what = tr("The course chosen below does not count toward %1 at all.").arg(qualification.code);
        break;
    }
    FormDialog dialog(title, parent);
    auto *decision = new QLabel(what, &dialog);
    decision->setWordWrap(true);
    dialog.addRow(tr("Decision"), decision);
    QComboBox *course = nullptr;
    if (proposal.kind != Kind::Waive) {
        course = new QComboBox(&dialog);
        course->addItems(courses);
        course->setCurrentIndex(std::max(0, int(courses.indexOf(proposal.course))));
        dialog.addRow(tr("&Course"), course, QStringLiteral("course"));
    }
    auto *reason = new QPlainTextEdit(proposal.reason, &dialog);
    reason->setPlaceholderText(tr("e.g. Equivalent industry project, checked against the learning outcomes"));
    reason->setTabChangesFocus(true);
    reason->setFixedHeight(reason->fontMetrics().lineSpacing() * 4 + 12);
    dialog.addRow(tr("&Reason"), reason, QStringLiteral("reason"));
    auto *advisor = new QLineEdit(proposal.advisor, &dialog);
    advisor->setPlaceholderText(tr("The advisor who decided"));
    dialog.addRow(tr("&Advisor"), advisor, QStringLiteral("advisor"));
    const auto value = [&] {
        Core::AuditOverride decided = proposal;
        if (course)
            decided.course = course->currentText();
        decided.reason = reason->toPlainText().trimmed();
        decided.advisor = advisor->text().trimmed();
        return decided;
    };
    dialog.setCheck([&] { return Core::checkOverride(value(), qualification, profile); });
    (reason->toPlainText().isEmpty() ? static_cast<QWidget *>(reason) : advisor)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return value();
}

} // namespace Cairn::Ui

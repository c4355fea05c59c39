#include "itemdialogs.h"

#include "formdialog.h"
#include "model/limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Cairn::Ui {

namespace {

// An optional number: a check box that says whether it is set, and its value.
struct OptionalNumber
{
    QCheckBox *set;
    QDoubleSpinBox *value;
    QWidget *row;
};

OptionalNumber optionalNumber(FormDialog &dialog, const QString &checkText, std::optional<double> current,
                              double maximum, int decimals)
{
    OptionalNumber number{new QCheckBox(checkText, &dialog), new QDoubleSpinBox(&dialog), new QWidget(&dialog)};
    number.set->setChecked(current.has_value());
    number.value->setRange(0, maximum);
    number.value->setDecimals(decimals);
    number.value->setValue(current.value_or(0));
    number.value->setEnabled(current.has_value());
    number.value->setAccessibleName(checkText);
    QObject::connect(number.set, &QCheckBox::toggled, number.value, &QWidget::setEnabled);
    auto *layout = new QHBoxLayout(number.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(number.set);
    layout->addWidget(number.value, 1);
    dialog.watch(number.set);
    dialog.watch(number.value);
    return number;
}

} // namespace

std::optional<Core::Provider> ItemDialogs::editProvider(QWidget *parent, const std::optional<Core::Provider> &existing,
                                                        const Core::CatalogueFacts &facts)
{
    const Core::Provider provider = existing.value_or(Core::Provider());
    FormDialog dialog(existing ? tr("Edit Provider %1").arg(provider.id) : tr("New Provider"), parent);
    auto *id = new QLineEdit(provider.id, &dialog);
    id->setReadOnly(existing.has_value());
    auto *name = new QLineEdit(provider.name, &dialog);
    auto *country = new QLineEdit(provider.country, &dialog);
    country->setPlaceholderText(tr("e.g. NZ"));
    auto *quality = new QLineEdit(provider.qualityAssurance, &dialog);
    quality->setPlaceholderText(tr("e.g. NZQA"));
    dialog.addRow(tr("&Id"), id, QStringLiteral("id"));
    dialog.addRow(tr("&Name"), name, QStringLiteral("name"));
    dialog.addRow(tr("&Country"), country);
    dialog.addRow(tr("&Quality assurance"), quality);
    const auto value = [&] {
        return Core::Provider{id->text().trimmed(), name->text().trimmed(), country->text().trimmed(),
                              quality->text().trimmed()};
    };
    dialog.setCheck([&] { return Core::checkProvider(value(), !existing.has_value(), facts); });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return value();
}

std::optional<Core::Skill> ItemDialogs::editSkill(QWidget *parent, const std::optional<Core::Skill> &existing,
                                                  const Core::CatalogueFacts &facts)
{
    const Core::Skill skill = existing.value_or(Core::Skill());
    FormDialog dialog(existing ? tr("Edit Skill %1").arg(skill.id) : tr("New Skill"), parent);
    auto *id = new QLineEdit(skill.id, &dialog);
    id->setReadOnly(existing.has_value());
    auto *label = new QLineEdit(skill.label, &dialog);
    auto *uri = new QLineEdit(skill.uri, &dialog);
    uri->setPlaceholderText(tr("e.g. an ESCO skill address"));
    dialog.addRow(tr("&Id"), id, QStringLiteral("id"));
    dialog.addRow(tr("&Label"), label, QStringLiteral("label"));
    dialog.addRow(tr("&Address"), uri);
    const auto value = [&] { return Core::Skill{id->text().trimmed(), label->text().trimmed(), uri->text().trimmed()}; };
    dialog.setCheck([&] { return Core::checkSkill(value(), !existing.has_value(), facts); });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return value();
}

std::optional<Core::Qualification> ItemDialogs::editQualification(QWidget *parent,
                                                                  const std::optional<Core::Qualification> &existing,
                                                                  const Core::CatalogueFacts &facts,
                                                                  const QList<Core::Provider> &providers)
{
    Core::Qualification qualification = existing.value_or(Core::Qualification());
    if (!existing && !facts.frameworks.isEmpty())
        qualification.framework = facts.frameworks.first().id;
    FormDialog dialog(existing ? tr("Edit Qualification %1").arg(qualification.code) : tr("New Qualification"), parent);
    auto *code = new QLineEdit(qualification.code, &dialog);
    code->setReadOnly(existing.has_value());
    auto *title = new QLineEdit(qualification.title, &dialog);
    auto *type = new QComboBox(&dialog);
    type->setEditable(true);
    type->addItems({tr("certificate"), tr("diploma"), tr("degree")});
    type->setCurrentText(qualification.type);
    auto *provider = new QComboBox(&dialog);
    provider->addItem(tr("None"), QString());
    for (const Core::Provider &p : providers)
        provider->addItem(p.name, p.id);
    provider->setCurrentIndex(std::max(0, provider->findData(qualification.provider)));
    auto *framework = new QComboBox(&dialog);
    for (const Core::Framework &f : facts.frameworks)
        framework->addItem(f.name, f.id);
    framework->setCurrentIndex(std::max(0, framework->findData(qualification.framework)));
    auto *credits = new QDoubleSpinBox(&dialog);
    credits->setRange(0, Core::Limits::qualificationCredits);
    credits->setDecimals(1);
    credits->setValue(qualification.credits);
    const OptionalNumber level = optionalNumber(
        dialog, tr("At level"), qualification.level ? std::optional<double>(*qualification.level) : std::nullopt, 20, 0);
    const OptionalNumber recognised =
        optionalNumber(dialog, tr("At most, from prior learning"), qualification.maxRecognisedCredits, 10000, 1);
    const OptionalNumber currency = optionalNumber(
        dialog, tr("Credit counts for"),
        qualification.currencyYears ? std::optional<double>(*qualification.currencyYears) : std::nullopt, 100, 0);
    currency.value->setSuffix(tr(" years"));
    auto *description = new QPlainTextEdit(qualification.description, &dialog);
    description->setTabChangesFocus(true);
    description->setMaximumHeight(80);

    dialog.addRow(tr("&Code"), code, QStringLiteral("code"));
    dialog.addRow(tr("&Title"), title, QStringLiteral("title"));
    dialog.addRow(tr("T&ype"), type);
    dialog.addRow(tr("&Provider"), provider, QStringLiteral("provider"));
    dialog.addRow(tr("&Framework"), framework, QStringLiteral("framework"));
    dialog.addRow(tr("&Level"), level.row, QStringLiteral("level"));
    dialog.addRow(tr("C&redits required"), credits, QStringLiteral("credits"));
    dialog.addRow(tr("&Recognised credits"), recognised.row, QStringLiteral("maxRecognisedCredits"));
    dialog.addRow(tr("C&urrency"), currency.row, QStringLiteral("currencyYears"));
    dialog.addRow(tr("&Description"), description);
    dialog.watch(type);

    const auto value = [&] {
        Core::Qualification edited = qualification;
        edited.code = code->text().trimmed();
        edited.title = title->text().trimmed();
        edited.type = type->currentText().trimmed();
        edited.provider = provider->currentData().toString();
        edited.framework = framework->currentData().toString();
        edited.level = level.set->isChecked() ? std::optional<int>(int(level.value->value())) : std::nullopt;
        edited.credits = credits->value();
        edited.maxRecognisedCredits =
            recognised.set->isChecked() ? std::optional<double>(recognised.value->value()) : std::nullopt;
        edited.currencyYears =
            currency.set->isChecked() ? std::optional<int>(int(currency.value->value())) : std::nullopt;
        edited.description = description->toPlainText().trimmed();
        return edited;
    };
    dialog.setCheck([&] { return Core::checkQualification(value(), !existing.has_value(), facts); });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return value();
}

} // namespace Cairn::Ui

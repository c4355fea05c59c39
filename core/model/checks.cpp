#include "checks.h"

#include "limits.h"

#include <algorithm>

namespace Cairn::Core {

namespace {

class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Checks)
};


void checkIdentifier(FieldProblems &problems, const QString &field, const QString &value, bool isNew,
                     const std::function<bool(const QString &)> &exists, const QString &what)
{
    if (value.isEmpty()) {
        problems.append({field, CheckText::tr("Give the %1 a code.").arg(what)});
    } else if (!isValidCode(value)) {
        problems.append({field, CheckText::tr("A code has only letters, digits, '.', '_' and '-'.")});
    } else if (isNew && exists && exists(value)) {
        problems.append({field, CheckText::tr("There is already a %1 with the code %2.").arg(what, value)});
    }
}

void checkNotBlank(FieldProblems &problems, const QString &field, const QString &value, const QString &message)
{
    if (value.trimmed().isEmpty())
        problems.append({field, message});
}

const Framework *findFramework(const CatalogueFacts &facts, const QString &id)
{
    for (const Framework &framework : facts.frameworks) {
        if (framework.id == id)
            return &framework;
    }
    return nullptr;
}

void checkMoney(FieldProblems &problems, const QString &field, const Money &money)
{
    if (money.amount < Amount())
        problems.append({field + QStringLiteral(".amount"), CheckText::tr("An amount cannot be negative.")});
    else if (money.amount.toDouble() > Limits::amount)
        problems.append({field + QStringLiteral(".amount"), CheckText::tr("An amount is at most %1.").arg(Limits::amount, 0, 'f', 0)});
    if (!isCurrencyCode(money.currency)) {
        problems.append({field + QStringLiteral(".currency"),
                         CheckText::tr("Write the currency as three capital letters, such as NZD or EUR.")});
    }
}

} // namespace

bool isCurrencyCode(QStringView text)
{
    return text.size() == 3 && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QString firstMessage(const FieldProblems &problems)
{
    return problems.isEmpty() ? QString() : problems.first().message;
}

FieldProblems checkCourse(const Course &course, bool isNew, const CatalogueFacts &facts)
{
    FieldProblems problems;
    checkIdentifier(problems, QStringLiteral("code"), course.code, isNew, facts.courseExists, CheckText::tr("course"));
    checkNotBlank(problems, QStringLiteral("title"), course.title, CheckText::tr("Give the course a title."));
    if (course.provider.isEmpty() || (facts.providerExists && !facts.providerExists(course.provider)))
        problems.append({QStringLiteral("provider"), CheckText::tr("Choose the provider that awards the course.")});
    const Framework *framework = findFramework(facts, course.framework);
    if (!framework) {
        problems.append({QStringLiteral("framework"), CheckText::tr("Choose the framework of the course's credits.")});
    } else if (!framework->containsLevel(course.level)) {
        problems.append({QStringLiteral("level"), CheckText::tr("%1 has levels %2 to %3.")
                                                      .arg(framework->name)
                                                      .arg(framework->minLevel)
                                                      .arg(framework->maxLevel)});
    }
    if (!(course.credits > 0))
        problems.append({QStringLiteral("credits"), CheckText::tr("A course carries more than 0 credits.")});
    else if (course.credits > Limits::courseCredits)
        problems.append({QStringLiteral("credits"), CheckText::tr("A course carries at most %1 credits.").arg(Limits::courseCredits)});
    if (!(course.hours > 0))
        problems.append({QStringLiteral("hours"), CheckText::tr("A course takes more than 0 hours.")});
    else if (course.hours > Limits::courseHours)
        problems.append({QStringLiteral("hours"), CheckText::tr("A course takes at most %1 hours.").arg(Limits::courseHours)});
    if (course.weeks < 1)
        problems.append({QStringLiteral("weeks"), CheckText::tr("A course runs for at least one week.")});
    else if (course.weeks > Limits::courseWeeks)
        problems.append({QStringLiteral("weeks"), CheckText::tr("A course runs for at most %1 weeks.").arg(Limits::courseWeeks)});
    if (course.cost)
        checkMoney(problems, QStringLiteral("cost"), *course.cost);
    for (qsizetype i = 0; i < course.intakes.size(); ++i) {
        if (!course.intakes[i].isValid())
            problems.append({QStringLiteral("intakes[%1]").arg(i), CheckText::tr("Write intake dates as YYYY-MM-DD.")});
    }
    for (qsizetype i = 0; i < course.skills.size(); ++i) {
        if (facts.skillExists && !facts.skillExists(course.skills[i])) {
            problems.append({QStringLiteral("skills[%1]").arg(i),
                             CheckText::tr("There is no skill %1 in the catalogue.").arg(course.skills[i])});
        }
    }
    if (course.prerequisites.courseCodes().contains(course.code))
        problems.append({QStringLiteral("prerequisites"), CheckText::tr("A course cannot be its own prerequisite.")});
    return problems;
}

FieldProblems checkProvider(const Provider &provider, bool isNew, const CatalogueFacts &facts)
{
    FieldProblems problems;
    checkIdentifier(problems, QStringLiteral("id"), provider.id, isNew, facts.providerExists, CheckText::tr("provider"));
    checkNotBlank(problems, QStringLiteral("name"), provider.name, CheckText::tr("Give the provider a name."));
    return problems;
}

FieldProblems checkSkill(const Skill &skill, bool isNew, const CatalogueFacts &facts)
{
    FieldProblems problems;
    checkIdentifier(problems, QStringLiteral("id"), skill.id, isNew, facts.skillExists, CheckText::tr("skill"));
    checkNotBlank(problems, QStringLiteral("label"), skill.label, CheckText::tr("Give the skill a label."));
    return problems;
}

FieldProblems checkQualification(const Qualification &qualification, bool isNew, const CatalogueFacts &facts)
{
    FieldProblems problems;
    checkIdentifier(problems, QStringLiteral("code"), qualification.code, isNew, facts.qualificationExists,
                    CheckText::tr("qualification"));
    checkNotBlank(problems, QStringLiteral("title"), qualification.title,
                  CheckText::tr("Give the qualification a title."));
    if (!qualification.provider.isEmpty() && facts.providerExists && !facts.providerExists(qualification.provider))
        problems.append({QStringLiteral("provider"), CheckText::tr("There is no provider %1.").arg(qualification.provider)});
    const Framework *framework = findFramework(facts, qualification.framework);
    if (!framework) {
        problems.append({QStringLiteral("framework"),
                         CheckText::tr("Choose the framework the qualification counts credits in.")});
    } else if (qualification.level && !framework->containsLevel(*qualification.level)) {
        problems.append({QStringLiteral("level"), CheckText::tr("%1 has levels %2 to %3.")
                                                      .arg(framework->name)
                                                      .arg(framework->minLevel)
                                                      .arg(framework->maxLevel)});
    }
    if (qualification.credits < 0)
        problems.append({QStringLiteral("credits"), CheckText::tr("Credits cannot be negative.")});
    else if (qualification.credits > Limits::qualificationCredits)
        problems.append({QStringLiteral("credits"), CheckText::tr("A qualification asks for at most %1 credits.").arg(Limits::qualificationCredits)});
    if (qualification.maxRecognisedCredits && *qualification.maxRecognisedCredits < 0) {
        problems.append({QStringLiteral("maxRecognisedCredits"),
                         CheckText::tr("Recognised credits cannot be capped below 0.")});
    }
    if (qualification.currencyYears && *qualification.currencyYears < 1)
        problems.append({QStringLiteral("currencyYears"), CheckText::tr("Credit stays current for at least a year.")});
    else if (qualification.currencyYears && *qualification.currencyYears > Limits::currencyYears)
        problems.append({QStringLiteral("currencyYears"), CheckText::tr("Credit stays current for at most %1 years.").arg(Limits::currencyYears)});
    if (qualification.programme) {
        if (qualification.programme->weeks < 1)
            problems.append({QStringLiteral("programme.weeks"), CheckText::tr("A full programme runs at least a week.")});
        else if (qualification.programme->weeks > Limits::programmeWeeks)
            problems.append({QStringLiteral("programme.weeks"), CheckText::tr("A full programme runs at most %1 weeks.").arg(Limits::programmeWeeks)});
        if (const std::optional<Money> &cost = qualification.programme->cost)
            checkMoney(problems, QStringLiteral("programme.cost"), *cost);
    }
    return problems;
}

FieldProblems checkProfile(const LearnerProfile &profile, const QStringList &otherNames,
                           const std::function<bool(const QString &)> &qualificationExists)
{
    FieldProblems problems;
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        problems.append({QStringLiteral("name"), CheckText::tr("Give the profile a name.")});
    else if (otherNames.contains(name, Qt::CaseInsensitive))
        problems.append({QStringLiteral("name"), CheckText::tr("Another profile is called %1.").arg(name)});
    if (!(profile.hoursPerWeek > 0) || profile.hoursPerWeek > Limits::hoursInAWeek) {
        problems.append({QStringLiteral("hoursPerWeek"),
                         CheckText::tr("Weekly study hours are more than 0 and at most 168.")});
    }
    if (profile.budgetPerYear)
        checkMoney(problems, QStringLiteral("budgetPerYear"), *profile.budgetPerYear);
    for (qsizetype i = 0; i < profile.availability.size(); ++i) {
        const AvailabilityPeriod &period = profile.availability[i];
        const QString field = QStringLiteral("availability[%1]").arg(i);
        if (!period.from.isValid() || !period.to.isValid()) {
            problems.append({field, CheckText::tr("Period %1 needs a first and a last day.").arg(i + 1)});
        } else if (period.to < period.from) {
            problems.append({field + QStringLiteral(".to"),
                             CheckText::tr("Period %1 ends before it starts.").arg(i + 1)});
        }
        if (period.hoursPerWeek < 0 || period.hoursPerWeek > Limits::hoursInAWeek) {
            problems.append({field + QStringLiteral(".hoursPerWeek"),
                             CheckText::tr("Period %1: weekly hours are from 0 to 168.").arg(i + 1)});
        }
    }
    for (qsizetype i = 0; i < profile.exchangeRates.size(); ++i) {
        const ExchangeRate &rate = profile.exchangeRates[i];
        const QString field = QStringLiteral("exchangeRates[%1]").arg(i);
        if (!isCurrencyCode(rate.from) || !isCurrencyCode(rate.to))
            problems.append({field, CheckText::tr("Rate %1: currencies are codes of three capital letters, such as NZD.").arg(i + 1)});
        else if (rate.from == rate.to)
            problems.append({field + QStringLiteral(".to"), CheckText::tr("Rate %1 converts a currency into itself.").arg(i + 1)});
        if (!(rate.rate >= 1.0 / Limits::exchangeRate) || rate.rate > Limits::exchangeRate)
            problems.append({field + QStringLiteral(".rate"), CheckText::tr("Rate %1 is from 0.000001 to 1,000,000.").arg(i + 1)});
        if (!rate.date.isValid())
            problems.append({field + QStringLiteral(".date"), CheckText::tr("Rate %1 needs the day it was taken.").arg(i + 1)});
        for (qsizetype j = 0; j < i; ++j) {
            const ExchangeRate &other = profile.exchangeRates[j];
            if (other.from == rate.from && other.to == rate.to && other.date == rate.date)
                problems.append({field, CheckText::tr("Rate %1 repeats rate %2.").arg(i + 1).arg(j + 1)});
        }
    }
    for (qsizetype i = 0; i < profile.goals.size(); ++i) {
        if (qualificationExists && !qualificationExists(profile.goals[i])) {
            problems.append({QStringLiteral("goals[%1]").arg(i),
                             CheckText::tr("There is no qualification %1.").arg(profile.goals[i])});
        }
    }
    return problems;
}

FieldProblems checkOverride(const AuditOverride &override, const Qualification &qualification,
                            const LearnerProfile &profile)
{
    FieldProblems problems;
    if (override.kind != AuditOverride::Kind::Exclude) {
        const Requirement *node = findRequirementNode(qualification.requirements, override.node);
        if (!node) {
            problems.append({QStringLiteral("node"), CheckText::tr("No requirement \"%1\" in %2.")
                                                         .arg(override.node, qualification.code)});
        } else if (override.kind == AuditOverride::Kind::Substitute && !node->isLeaf()) {
            problems.append({QStringLiteral("node"),
                             CheckText::tr("A course can stand in for a course or credits requirement, not a group.")});
        }
    }
    if (override.kind != AuditOverride::Kind::Waive) {
        if (override.course.trimmed().isEmpty())
            problems.append({QStringLiteral("course"), CheckText::tr("Choose a course.")});
        else if (override.kind == AuditOverride::Kind::Substitute && !profile.record(override.course))
            problems.append({QStringLiteral("course"),
                             CheckText::tr("%1 is not among the learner's courses.").arg(override.course)});
    }
    if (override.reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"), CheckText::tr("Give the reason for this decision.")});
    if (override.advisor.trimmed().isEmpty())
        problems.append({QStringLiteral("advisor"), CheckText::tr("Give the name of the advisor who decided.")});
    for (const AuditOverride &existing : profile.overrides) {
        if (existing.kind == override.kind && existing.qualification == override.qualification
            && existing.node == override.node && existing.course == override.course) {
            problems.append({QString(), CheckText::tr("This decision has already been made for %1.")
                                             .arg(qualification.code)});
            break;
        }
    }
    return problems;
}

FieldProblems checkRecord(const Record &record)
{
    FieldProblems problems;
    if (record.status == RecordStatus::Completed && !record.date.isValid()) {
        problems.append({QStringLiteral("date"),
                         CheckText::tr("A completed course needs the date it was completed.")});
    }
    return problems;
}

} // namespace Cairn::Core

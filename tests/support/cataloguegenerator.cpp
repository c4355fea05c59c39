#include "cataloguegenerator.h"

#include <QStringList>

#include <random>

namespace Cairn::Test {

namespace {

const QStringList topics{
    QStringLiteral("data"), QStringLiteral("carpentry"), QStringLiteral("networks"), QStringLiteral("nursing"),
    QStringLiteral("accounting"), QStringLiteral("welding"), QStringLiteral("design"), QStringLiteral("security"),
    QStringLiteral("statistics"), QStringLiteral("marketing"), QStringLiteral("horticulture"),
    QStringLiteral("logistics"), QStringLiteral("electronics"), QStringLiteral("hospitality"),
    QStringLiteral("te reo Māori"), QStringLiteral("project management"), QStringLiteral("plumbing"),
    QStringLiteral("machine learning"), QStringLiteral("early childhood"), QStringLiteral("aged care")};
const QStringList openings{
    QStringLiteral("Introduction to"), QStringLiteral("Foundations of"), QStringLiteral("Applied"),
    QStringLiteral("Advanced"), QStringLiteral("Professional practice in"), QStringLiteral("Workplace"),
    QStringLiteral("Principles of"), QStringLiteral("Essentials of")};
const QStringList endings{
    QStringLiteral(""), QStringLiteral("for beginners"), QStringLiteral("in practice"), QStringLiteral("II"),
    QStringLiteral("and compliance"), QStringLiteral("with industry partners"), QStringLiteral("(online intensive)")};
const QStringList verbs{QStringLiteral("Explain"), QStringLiteral("Apply"), QStringLiteral("Evaluate"),
                        QStringLiteral("Design"), QStringLiteral("Plan"), QStringLiteral("Analyse")};
const QStringList objects{QStringLiteral("safe working practices"), QStringLiteral("a small project"),
                          QStringLiteral("industry standards"), QStringLiteral("client requirements"),
                          QStringLiteral("quality checks"), QStringLiteral("ethical obligations")};

} // namespace

Core::Catalogue generateCatalogue(int courses, quint32 seed)
{
    std::mt19937 random(seed);
    const auto pick = [&random](int n) { return int(random() % quint32(n)); };

    Core::Catalogue catalogue;
    catalogue.name = QStringLiteral("Synthetic catalogue of %1 courses").arg(courses);
    catalogue.frameworks = {{QStringLiteral("nzqcf"), QStringLiteral("NZ Qualifications and Credentials Framework"), 10.0, 1, 10},
                            {QStringLiteral("rqf"), QStringLiteral("Regulated Qualifications Framework"), 10.0, 1, 8},
                            {QStringLiteral("ects"), QStringLiteral("European Credit Transfer System"), 27.5, 1, 8}};
    const QStringList currencies{QStringLiteral("NZD"), QStringLiteral("GBP"), QStringLiteral("EUR")};
    for (int p = 0; p < 40; ++p) {
        catalogue.providers.append({QStringLiteral("p%1").arg(p, 2, 10, QLatin1Char('0')),
                                    QStringLiteral("%1 Institute %2").arg(topics[p % topics.size()]).arg(p),
                                    QStringLiteral("NZ"), QStringLiteral("NZQA")});
    }
    for (int s = 0; s < 300; ++s) {
        catalogue.skills.append({QStringLiteral("s%1").arg(s, 3, 10, QLatin1Char('0')),
                                 QStringLiteral("%1 skill %2").arg(topics[s % topics.size()]).arg(s), QString()});
    }
    const QList<double> creditChoices{5, 10, 15, 15, 20, 30};
    catalogue.courses.reserve(courses);
    for (int c = 0; c < courses; ++c) {
        Core::Course course;
        const QString topic = topics[pick(topics.size())];
        course.code = QStringLiteral("%1%2").arg(topic.left(3).toUpper().remove(u' ')).arg(c, 6, 10, QLatin1Char('0'));
        course.title = QStringLiteral("%1 %2 %3").arg(openings[pick(openings.size())], topic, endings[pick(endings.size())]).trimmed();
        const Core::Provider &provider = catalogue.providers[pick(catalogue.providers.size())];
        course.provider = provider.id;
        const Core::Framework &framework = catalogue.frameworks[pick(3)];
        course.framework = framework.id;
        course.credits = creditChoices[pick(creditChoices.size())];
        course.level = framework.minLevel + pick(std::min(framework.maxLevel, 7) - framework.minLevel + 1);
        course.hours = course.credits * framework.creditHours;
        course.weeks = Core::defaultWeeks(course.hours);
        if (pick(25) != 0)
            course.cost = Core::money(double(100 + pick(40) * 50), currencies[pick(currencies.size())]);
        const int modes = pick(7) + 1; // a non-empty subset of the three
        for (int m = 0; m < 3; ++m) {
            if (modes & (1 << m))
                course.delivery.append(static_cast<Core::DeliveryMode>(m));
        }
        const int intakes = pick(4);
        for (int i = 0; i < intakes; ++i)
            course.intakes.append(QDate(2027, 1 + 4 * i, 1 + pick(28)));
        for (int s = pick(3) + 1; s > 0; --s) {
            const QString skill = catalogue.skills[pick(catalogue.skills.size())].id;
            if (!course.skills.contains(skill))
                course.skills.append(skill);
        }
        for (int o = pick(3) + 2; o > 0; --o)
            course.outcomes.append(QStringLiteral("%1 %2 in %3").arg(verbs[pick(verbs.size())], objects[pick(objects.size())], topic));
        course.assessment = pick(2) ? QStringLiteral("portfolio") : QStringLiteral("examination");
        course.description = QStringLiteral("A course in %1 at level %2.").arg(topic).arg(course.level);
        if (c > 10 && pick(5) == 0)
            course.prerequisites = Core::Requirement::courseNode(catalogue.courses[pick(c)].code);
        catalogue.courses.append(std::move(course));
    }
    for (int q = 0; q * 100 < courses; ++q) {
        Core::Qualification qualification;
        const QString topic = topics[q % topics.size()];
        qualification.code = QStringLiteral("Q%1").arg(q, 4, 10, QLatin1Char('0'));
        qualification.title = QStringLiteral("Certificate in %1 (%2)").arg(topic).arg(q);
        qualification.type = QStringLiteral("certificate");
        qualification.framework = QStringLiteral("nzqcf");
        qualification.credits = 60;
        Core::Selector electives;
        electives.skills = QStringList{catalogue.skills[pick(300)].id, catalogue.skills[pick(300)].id};
        qualification.requirements = Core::Requirement::allOf(
            {Core::Requirement::courseNode(catalogue.courses[pick(courses)].code),
             Core::Requirement::creditsFrom(45, electives)});
        catalogue.qualifications.append(std::move(qualification));
    }
    return catalogue;
}

} // namespace Cairn::Test

#include "explanation.h"

#include <cmath>

namespace Cairn::Core {

QString formatCredits(double credits)
{
    // Two decimals at most: conversions between frameworks make long fractions.
    const double rounded = std::round(credits * 100.0) / 100.0;
    return QString::number(rounded, 'g', 12);
}

QString Explanation::skillName(const QString &id) const
{
    const Skill *skill = m_index.skill(id);
    return skill ? skill->label : id;
}

QString Explanation::providerName(const QString &id) const
{
    const Provider *provider = m_index.provider(id);
    return provider ? provider->name : id;
}

QString Explanation::frameworkName(const QString &id) const
{
    const Framework *framework = m_index.framework(id);
    return framework ? framework->name : id;
}

QString Explanation::courseName(const QString &code) const
{
    return code;
}

QString Explanation::names(const QStringList &ids, QString (Explanation::*nameOf)(const QString &) const) const
{
    QStringList names;
    for (const QString &id : ids)
        names.append((this->*nameOf)(id));
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    //: joins the last item of a list: "A, B or C"
    return tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

QString Explanation::describeSelector(const Selector &selector) const
{
    QStringList parts;
    if (selector.courses)
        parts.append(tr("the courses %1").arg(names(*selector.courses, &Explanation::courseName)));
    if (selector.codePattern)
        parts.append(tr("courses with codes like %1").arg(*selector.codePattern));
    if (selector.skills)
        parts.append(tr("courses teaching %1").arg(names(*selector.skills, &Explanation::skillName)));
    if (selector.minLevel && selector.maxLevel) {
        parts.append(*selector.minLevel == *selector.maxLevel
                         ? tr("at level %1").arg(*selector.minLevel)
                         : tr("at levels %1 to %2").arg(*selector.minLevel).arg(*selector.maxLevel));
    } else if (selector.minLevel) {
        parts.append(tr("at level %1 or above").arg(*selector.minLevel));
    } else if (selector.maxLevel) {
        parts.append(tr("at level %1 or below").arg(*selector.maxLevel));
    }
    if (selector.providers)
        parts.append(tr("from %1").arg(names(*selector.providers, &Explanation::providerName)));
    if (selector.frameworks)
        parts.append(tr("in %1").arg(names(*selector.frameworks, &Explanation::frameworkName)));
    if (parts.isEmpty())
        return tr("any eligible course");
    return parts.join(QStringLiteral(", "));
}

QString Explanation::missing(const NodeResult &node, const Requirement &source) const
{
    if (node.satisfied)
        return {};
    switch (node.kind) {
    case Requirement::Kind::Course: {
        const Course *course = m_index.course(node.course);
        return tr("Take %1 %2 (%3 credits)")
            .arg(node.course, course ? course->title : QString(), formatCredits(node.remaining));
    }
    case Requirement::Kind::Credits:
        return tr("%1 more credits from %2")
            .arg(formatCredits(node.remaining), describeSelector(source.from));
    case Requirement::Kind::AllOf: {
        int open = 0;
        for (const NodeResult &child : node.children)
            open += child.satisfied ? 0 : 1;
        return tr("Complete %1 of the %2 parts below (%3 credits)")
            .arg(open)
            .arg(node.children.size())
            .arg(formatCredits(node.remaining));
    }
    case Requirement::Kind::AnyOf: {
        int met = 0;
        for (const NodeResult &child : node.children)
            met += child.satisfied ? 1 : 0;
        return tr("Complete %1 more of the %2 options below (%3 credits)")
            .arg(std::max(0, node.count - met))
            .arg(node.children.size())
            .arg(formatCredits(node.remaining));
    }
    case Requirement::Kind::None:
        break;
    }
    return {};
}

QString Explanation::describePrerequisites(const Requirement &prerequisites) const
{
    switch (prerequisites.kind) {
    case Requirement::Kind::None:
        return tr("none");
    case Requirement::Kind::Course:
        return prerequisites.course;
    case Requirement::Kind::Credits:
        return tr("%1 credits from %2").arg(formatCredits(prerequisites.credits), describeSelector(prerequisites.from));
    case Requirement::Kind::AllOf:
    case Requirement::Kind::AnyOf: {
        QStringList parts;
        for (const Requirement &child : prerequisites.children) {
            const QString part = describePrerequisites(child);
            parts.append(child.children.size() > 1 ? u'(' + part + u')' : part);
        }
        if (prerequisites.kind == Requirement::Kind::AllOf)
            //: joins prerequisites that are all needed: "A and B"
            return parts.join(tr(" and "));
        if (prerequisites.count > 1 && prerequisites.count < parts.size())
            return tr("%1 of %2").arg(prerequisites.count).arg(parts.join(QStringLiteral(", ")));
        if (prerequisites.count >= parts.size())
            return parts.join(tr(" and "));
        //: joins alternative prerequisites: "A or B"
        return parts.join(tr(" or "));
    }
    }
    return {};
}

QString Explanation::describeLeaf(const Requirement &leaf) const
{
    if (!leaf.label.isEmpty())
        return leaf.label;
    if (leaf.kind == Requirement::Kind::Course)
        return tr("the required course %1").arg(leaf.course);
    return tr("%1 credits from %2").arg(formatCredits(leaf.credits), describeSelector(leaf.from));
}

} // namespace Cairn::Core

#include "problems.h"

#include <algorithm>

#include <QCoreApplication>

namespace Cairn::Core {

QString Problem::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

void Problems::add(const QString &path, const QString &message)
{
    m_problems.append({path, message});
}

bool Problems::hasPath(const QString &path) const
{
    return std::any_of(m_problems.begin(), m_problems.end(), [&path](const Problem &problem) { return problem.path == path; });
}

void Problems::append(const Problems &other)
{
    m_problems.append(other.m_problems);
}

QString Problems::describe(const QString &fileName, qsizetype limit) const
{
    QStringList lines;
    const QString prefix = fileName.isEmpty() ? QString() : fileName + QStringLiteral(": ");
    for (qsizetype i = 0; i < m_problems.size() && i < limit; ++i)
        lines.append(prefix + m_problems.at(i).toString());
    if (m_problems.size() > limit) {
        lines.append(prefix
                     + QCoreApplication::translate("Cairn::Core::Problems", "(further problems not shown: %1)")
                           .arg(m_problems.size() - limit));
    }
    return lines.join(u'\n');
}

} // namespace Cairn::Core

#pragma once

#include <QList>
#include <QString>

namespace Cairn::Core {

// One thing wrong with an input document, located by its JSON path
// ("courses[12].credits") or CSV row, with what was expected.
struct Problem
{
    QString path;
    QString message;

    QString toString() const;
};

// The problems found while reading one document. Reading goes on after the
// first problem so that the user can fix a file in one pass.
class Problems final
{
public:
    void add(const QString &path, const QString &message);
    void append(const Problems &other);

    bool isEmpty() const { return m_problems.isEmpty(); }
    // Whether a problem was already found at `path` (so as not to report a
    // value that could not be read a second time, as out of range).
    bool hasPath(const QString &path) const;
    qsizetype size() const { return m_problems.size(); }
    const QList<Problem> &items() const { return m_problems; }

    // "FILE: path: message" lines, at most `limit` of them and a count of the rest.
    QString describe(const QString &fileName, qsizetype limit = 20) const;

private:
    QList<Problem> m_problems;
};

} // namespace Cairn::Core

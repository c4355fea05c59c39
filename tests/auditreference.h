#pragma once

// A brute-force reference for the audit, written straight from DESIGN.md
// "Audit semantics" to be trusted by reading: it tries every allocation of
// every candidate to every leaf it matches (or to none), and finds the counted
// total T by enumerating every vertex of the linear programme. Only for small
// instances. Shares no code with core/audit.

#include "model/catalogue.h"
#include "model/learnerprofile.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace Cairn::Test {

using namespace Cairn::Core;

struct ReferenceAudit
{
    double requirementsRemaining = 0; // TR
    double counted = 0;               // T
    double remaining = 0;
    double percent = 0;
    bool complete = false;
};

struct ReferenceCandidate
{
    Course course;
    double credits = 0; // in the qualification's framework
    bool recognised = false;
};

// Largest sum x with 0 <= x_c <= upper[c] and, for every cap, the sum of its
// members' x at most its limit: the best vertex of the polytope. A vertex is
// where n linearly independent constraints are tight; try every choice of n.
inline double referenceCountedTotal(const std::vector<double> &upper,
                                    const std::vector<std::pair<double, std::vector<bool>>> &caps)
{
    const size_t n = upper.size();
    if (n == 0)
        return 0;
    // Rows "a . x <= b": the caps, x_c <= upper_c and -x_c <= 0.
    std::vector<std::vector<double>> a;
    std::vector<double> b;
    for (const auto &[limit, members] : caps) {
        std::vector<double> row(n);
        for (size_t c = 0; c < n; ++c)
            row[c] = members[c] ? 1 : 0;
        a.push_back(row);
        b.push_back(limit);
    }
    for (size_t c = 0; c < n; ++c) {
        std::vector<double> row(n, 0);
        row[c] = 1;
        a.push_back(row);
        b.push_back(upper[c]);
        row[c] = -1;
        a.push_back(row);
        b.push_back(0);
    }
    double best = -1;
    std::vector<size_t> chosen;
    const std::function<void(size_t)> choose = [&](size_t from) {
        if (chosen.size() == n) {
            // Solve the n tight rows by Gaussian elimination with pivoting.
            std::vector<std::vector<double>> m;
            for (size_t r : chosen) {
                std::vector<double> row = a[r];
                row.push_back(b[r]);
                m.push_back(row);
            }
            for (size_t col = 0; col < n; ++col) {
                size_t pivot = col;
                for (size_t r = col; r < n; ++r)
                    if (std::abs(m[r][col]) > std::abs(m[pivot][col]))
                        pivot = r;
                if (std::abs(m[pivot][col]) < 1e-12)
                    return; // not a vertex
                std::swap(m[col], m[pivot]);
                for (size_t r = 0; r < n; ++r) {
                    if (r == col)
                        continue;
                    const double factor = m[r][col] / m[col][col];
                    for (size_t k = col; k <= n; ++k)
                        m[r][k] -= factor * m[col][k];
                }
            }
            std::vector<double> x(n);
            for (size_t c = 0; c < n; ++c)
                x[c] = m[c][n] / m[c][c];
            for (size_t r = 0; r < a.size(); ++r) {
                double lhs = 0;
                for (size_t c = 0; c < n; ++c)
                    lhs += a[r][c] * x[c];
                if (lhs > b[r] + 1e-7)
                    return; // infeasible
            }
            double sum = 0;
            for (double value : x)
                sum += value;
            best = std::max(best, sum);
            return;
        }
        for (size_t r = from; r < a.size(); ++r) {
            chosen.push_back(r);
            choose(r + 1);
            chosen.pop_back();
        }
    };
    choose(0);
    return best;
}

// Glob over the whole code, '*' any run and '?' one character, by trying
// every split (slow and plain).
inline bool referenceGlob(const QString &pattern, const QString &text)
{
    if (pattern.isEmpty())
        return text.isEmpty();
    if (pattern.front() == u'*') {
        for (qsizetype skip = 0; skip <= text.size(); ++skip) {
            if (referenceGlob(pattern.mid(1), text.mid(skip)))
                return true;
        }
        return false;
    }
    if (text.isEmpty())
        return false;
    return (pattern.front() == u'?' || pattern.front() == text.front()) && referenceGlob(pattern.mid(1), text.mid(1));
}

// DESIGN.md "Selector": every key present must match.
inline bool referenceMatches(const Selector &selector, const Course &course)
{
    if (selector.courses && !selector.courses->contains(course.code))
        return false;
    if (selector.codePattern && !referenceGlob(*selector.codePattern, course.code))
        return false;
    if (selector.skills) {
        bool any = false;
        for (const QString &skill : course.skills)
            any = any || selector.skills->contains(skill);
        if (!any)
            return false;
    }
    if (selector.minLevel && course.level < *selector.minLevel)
        return false;
    if (selector.maxLevel && course.level > *selector.maxLevel)
        return false;
    if (selector.providers && !selector.providers->contains(course.provider))
        return false;
    if (selector.frameworks && !selector.frameworks->contains(course.framework))
        return false;
    return true;
}

inline int referenceLeafCount(const Requirement &node)
{
    if (node.isLeaf())
        return 1;
    int count = 0;
    for (const Requirement &child : node.children)
        count += referenceLeafCount(child);
    return count;
}

// The JSON path of a node's child: "requirements.allOf[2]".
inline QString referenceChildPath(const Requirement &node, const QString &path, size_t index)
{
    return path + (node.kind == Requirement::Kind::AllOf ? QStringLiteral(".allOf[") : QStringLiteral(".anyOf["))
        + QString::number(index) + u']';
}

// Whether a waiver of `waived` covers the node at `path` (the node or one above it).
inline bool referenceWaived(const QStringList &waived, const QString &path)
{
    for (const QString &w : waived) {
        if (path == w || path.startsWith(w + u'.'))
            return true;
    }
    return false;
}

// Remaining of a requirement node when `allocated[leaf]` lists the credits
// given to each leaf (leaves are numbered in tree order). A waived node and
// everything below it count as met.
inline double referenceRemaining(const Requirement &node, const std::vector<std::vector<double>> &allocated,
                                 int &leaf, const std::function<double(const QString &)> &courseCredits,
                                 const QStringList &waived = {}, const QString &path = QStringLiteral("requirements"))
{
    if (waived.contains(path)) {
        leaf += referenceLeafCount(node);
        return 0;
    }
    switch (node.kind) {
    case Requirement::Kind::Course: {
        const bool met = !allocated[size_t(leaf++)].empty();
        return met ? 0 : courseCredits(node.course);
    }
    case Requirement::Kind::Credits: {
        double sum = 0;
        for (double credits : allocated[size_t(leaf++)])
            sum += credits;
        return std::max(0.0, node.credits - sum);
    }
    case Requirement::Kind::AllOf: {
        double sum = 0;
        for (size_t i = 0; i < node.children.size(); ++i)
            sum += referenceRemaining(node.children[i], allocated, leaf, courseCredits, waived,
                                      referenceChildPath(node, path, i));
        return sum;
    }
    case Requirement::Kind::AnyOf: {
        std::vector<double> values;
        for (size_t i = 0; i < node.children.size(); ++i)
            values.push_back(referenceRemaining(node.children[i], allocated, leaf, courseCredits, waived,
                                                referenceChildPath(node, path, i)));
        std::sort(values.begin(), values.end());
        double sum = 0;
        for (int i = 0; i < node.count && i < int(values.size()); ++i)
            sum += values[size_t(i)];
        return sum;
    }
    case Requirement::Kind::None:
        break;
    }
    return 0;
}

inline ReferenceAudit referenceAudit(const Catalogue &catalogue, const LearnerProfile &learner,
                                     const Qualification &qualification, bool plannedMode, const QDate &asOf)
{
    const auto framework = [&catalogue](const QString &id) {
        for (const Framework &f : catalogue.frameworks)
            if (f.id == id)
                return f;
        qFatal("unknown framework");
    };
    const auto catalogueCourse = [&catalogue](const QString &code) -> const Course * {
        for (const Course &c : catalogue.courses)
            if (c.code == code)
                return &c;
        return nullptr;
    };
    const double qualificationHours = framework(qualification.framework).creditHours;

    // The advisor's decisions for this qualification (docs/AUDIT.md "Advisor overrides").
    QStringList excluded;
    QStringList waived;
    QList<std::pair<QString, QString>> substitutions; // course, leaf path
    for (const AuditOverride &decision : learner.overrides) {
        if (decision.qualification != qualification.code)
            continue;
        if (decision.kind == AuditOverride::Kind::Exclude)
            excluded.append(decision.course);
        else if (decision.kind == AuditOverride::Kind::Waive)
            waived.append(decision.node);
        else
            substitutions.append({decision.course, decision.node});
    }
    const auto substituted = [&substitutions](const QString &course) {
        for (const auto &[code, path] : substitutions) {
            if (code == course)
                return true;
        }
        return false;
    };

    // Steps 1-4.
    std::vector<ReferenceCandidate> candidates;
    for (const Record &record : learner.records) {
        const bool earned = record.status == RecordStatus::Completed || record.status == RecordStatus::Recognised;
        const bool planned = record.status == RecordStatus::Enrolled || record.status == RecordStatus::Planned;
        if (!earned && !(plannedMode && planned))
            continue;
        if (qualification.currencyYears && earned && record.date.isValid()
            && record.date < asOf.addYears(-*qualification.currencyYears))
            continue;
        Course course;
        if (const Course *known = catalogueCourse(record.course)) {
            course = *known;
        } else {
            course.code = record.course;
            course.credits = *record.credits;
            course.level = *record.level;
            course.framework = record.framework;
        }
        if (excluded.contains(course.code))
            continue;
        if (!referenceMatches(qualification.eligible, course) && !substituted(course.code))
            continue;
        candidates.push_back({course, course.credits * framework(course.framework).creditHours / qualificationHours,
                              record.status == RecordStatus::Recognised});
    }

    // Step 5.
    std::vector<double> upper;
    for (const ReferenceCandidate &c : candidates)
        upper.push_back(c.credits);
    std::vector<std::pair<double, std::vector<bool>>> caps;
    for (const CreditConstraint &constraint : qualification.constraints) {
        if (constraint.kind != CreditConstraint::Kind::MaxCredits)
            continue;
        std::vector<bool> members;
        for (const ReferenceCandidate &c : candidates)
            members.push_back(referenceMatches(constraint.from, c.course));
        caps.push_back({constraint.credits, members});
    }
    if (qualification.maxRecognisedCredits) {
        std::vector<bool> members;
        for (const ReferenceCandidate &c : candidates)
            members.push_back(c.recognised);
        caps.push_back({*qualification.maxRecognisedCredits, members});
    }
    ReferenceAudit result;
    result.counted = referenceCountedTotal(upper, caps);
    const double totalRemaining = std::max(0.0, qualification.credits - result.counted);

    // Step 6.
    double minimumRemaining = 0;
    for (const CreditConstraint &constraint : qualification.constraints) {
        if (constraint.kind != CreditConstraint::Kind::MinCredits)
            continue;
        double sum = 0;
        for (const ReferenceCandidate &c : candidates)
            if (referenceMatches(constraint.from, c.course))
                sum += c.credits;
        minimumRemaining = std::max(minimumRemaining, constraint.credits - sum);
    }

    // Step 7: every allocation. Leaves in tree order, with their paths.
    std::vector<const Requirement *> leaves;
    QStringList leafPaths;
    const std::function<void(const Requirement &, const QString &)> collect = [&](const Requirement &node,
                                                                                const QString &path) {
        if (node.isEmpty())
            return;
        if (node.isLeaf()) {
            leaves.push_back(&node);
            leafPaths.append(path);
        }
        for (size_t i = 0; i < node.children.size(); ++i)
            collect(node.children[i], referenceChildPath(node, path, i));
    };
    collect(qualification.requirements, QStringLiteral("requirements"));
    const auto courseCredits = [&](const QString &code) {
        const Course *course = catalogueCourse(code);
        return course->credits * framework(course->framework).creditHours / qualificationHours;
    };
    std::vector<std::vector<size_t>> options(candidates.size());
    for (size_t c = 0; c < candidates.size(); ++c) {
        for (size_t l = 0; l < leaves.size(); ++l) {
            const Requirement &leaf = *leaves[l];
            if (referenceWaived(waived, leafPaths[l]))
                continue; // nothing is allocated under a waiver
            const bool matches = leaf.kind == Requirement::Kind::Course ? leaf.course == candidates[c].course.code
                                                                        : referenceMatches(leaf.from, candidates[c].course);
            if (matches || substitutions.contains({candidates[c].course.code, leafPaths[l]}))
                options[c].push_back(l);
        }
    }
    double best = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> allocated(leaves.size());
    const std::function<void(size_t)> tryAll = [&](size_t c) {
        if (c == candidates.size()) {
            int leaf = 0;
            const double remaining = qualification.requirements.isEmpty()
                ? 0.0
                : referenceRemaining(qualification.requirements, allocated, leaf, courseCredits, waived);
            best = std::min(best, remaining);
            return;
        }
        tryAll(c + 1); // counts nowhere
        for (size_t l : options[c]) {
            allocated[l].push_back(candidates[c].credits);
            tryAll(c + 1);
            allocated[l].pop_back();
        }
    };
    tryAll(0);
    result.requirementsRemaining = best;

    // Step 8.
    result.remaining = std::max({result.requirementsRemaining, totalRemaining, minimumRemaining});
    result.complete = result.remaining <= 1e-6;
    std::vector<std::vector<double>> none(leaves.size());
    int leaf = 0;
    const double emptyRoot = qualification.requirements.isEmpty()
        ? 0.0
        : referenceRemaining(qualification.requirements, none, leaf, courseCredits, waived);
    const double required = std::max(qualification.credits, emptyRoot);
    result.percent = required > 0 ? std::clamp(100 * (1 - result.remaining / required), 0.0, 100.0) : 100.0;
    return result;
}

} // namespace Cairn::Test

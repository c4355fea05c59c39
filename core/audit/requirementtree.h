#pragma once

#include "model/requirement.h"

#include <QString>

#include <initializer_list>
#include <type_traits>
#include <utility>
#include <vector>

namespace Cairn::Core {

// A qualification's requirement tree flattened into an array (parents before
// children, bundle order), the shape the allocation search works on. It
// refers to the requirement it was built from, which must outlive it.
struct FlatNode
{
    Requirement::Kind kind = Requirement::Kind::None;
    int parent = -1;
    std::vector<int> children;
    int count = 1;          // AnyOf
    double required = 0.0;  // leaves: credits still missing when nothing is allocated
    bool waived = false;    // an advisor waived this node or an ancestor
    int position = 0;       // among its parent's children (RequirementTree::path)
    const Requirement *source = nullptr;
};

class RequirementTree final
{
public:
    // `courseCredits` gives a course leaf's credits in the qualification's
    // framework (DESIGN.md audit step 7); `isWaived` says whether a node path
    // was waived by an advisor (nullptr: nothing is waived, and no path is
    // made: most trees have no waivers, and a ranking builds a thousand).
    template<typename CourseCredits, typename IsWaived>
    RequirementTree(const Requirement &root, CourseCredits courseCredits, IsWaived isWaived)
    {
        if (root.isEmpty())
            return;
        m_nodes.reserve(size_t(countNodes(root)));
        add(root, -1, 0, courseCredits, isWaived);
    }

    // The tree points into `root`: a temporary would leave it dangling.
    template<typename CourseCredits, typename IsWaived>
    RequirementTree(const Requirement &&root, CourseCredits courseCredits, IsWaived isWaived) = delete;

    bool isEmpty() const { return m_nodes.empty(); }
    const std::vector<FlatNode> &nodes() const { return m_nodes; }
    const std::vector<int> &leaves() const { return m_leaves; }
    // A node's JSON path in the bundle: "requirements.allOf[1]".
    QString path(int node) const;
    int indexOfPath(const QString &path) const;

    // Remaining credits of every node given each leaf's remaining (indexed
    // like nodes(); non-leaf entries are ignored): allOf sums its children,
    // anyOf(k) sums its k smallest, a waived node is 0.
    std::vector<double> evaluate(const std::vector<double> &leafRemaining) const;
    // The same, where no node's value may fall below floors[node]: how the
    // allocation search combines two lower bounds at every node.
    std::vector<double> evaluate(const std::vector<double> &leafRemaining, const std::vector<double> &floors) const;
    // The root's remaining for the same input (0 with no requirements).
    double rootRemaining(const std::vector<double> &leafRemaining) const;
    // evaluate() into buffers the caller keeps, for the allocation search,
    // which evaluates the tree thousands of times per audit. `floors` may be
    // empty; returns the root's remaining.
    double evaluateInto(const std::vector<double> &leafRemaining, const std::vector<double> &floors,
                        std::vector<double> &remaining, std::vector<double> &scratch) const;
    // The root's remaining if `leaf`'s remaining became `leafValue`, given
    // every node's remaining now (`remaining`, from evaluateInto without
    // floors): only the leaf's ancestors are recomputed.
    double rootWithLeaf(const std::vector<double> &remaining, int leaf, double leafValue,
                        std::vector<double> &scratch) const;
    // Sets `leaf`'s remaining in `remaining` (every node's, as evaluateInto
    // left them) and recomputes its ancestors in place: the same values a
    // whole evaluation would give, for the cost of one path.
    void updateLeaf(std::vector<double> &remaining, int leaf, double leafValue, std::vector<double> &scratch) const;
    // The same for several leaves at once (a course moved from one leaf to
    // another changes two), computed in `work`.
    double rootWithLeaves(const std::vector<double> &remaining, std::initializer_list<std::pair<int, double>> leaves,
                          std::vector<double> &work, std::vector<double> &scratch) const;

    // Which nodes count toward the root given every node's remaining (from
    // evaluateInto): the root, every child of a counting allOf, the k
    // children of a counting anyOf(k) with the least remaining (the first
    // in tree order among equals); nothing under a waived node.
    void countingNodes(const std::vector<double> &remaining, std::vector<bool> &counts,
                       std::vector<int> &scratch) const;

private:
    // A node's remaining from its children's in `remaining` (0 when waived).
    double combine(const FlatNode &node, const std::vector<double> &remaining, std::vector<double> &scratch) const;

    static int countNodes(const Requirement &node)
    {
        int count = 1;
        for (const Requirement &child : node.children)
            count += countNodes(child);
        return count;
    }

    template<typename CourseCredits, typename IsWaived>
    int add(const Requirement &node, int parent, int position, CourseCredits &courseCredits, IsWaived &isWaived)
    {
        const int index = int(m_nodes.size());
        FlatNode flat;
        flat.kind = node.kind;
        flat.parent = parent;
        flat.position = position;
        flat.count = node.count;
        flat.source = &node;
        flat.waived = parent >= 0 && m_nodes[size_t(parent)].waived;
        if (node.kind == Requirement::Kind::Course)
            flat.required = courseCredits(node.course);
        else if (node.kind == Requirement::Kind::Credits)
            flat.required = node.credits;
        m_nodes.push_back(std::move(flat));
        if constexpr (!std::is_same_v<IsWaived, std::nullptr_t>) {
            if (!m_nodes.back().waived && isWaived(path(index)))
                m_nodes.back().waived = true;
        }
        if (node.isLeaf()) {
            m_leaves.push_back(index);
            return index;
        }
        m_nodes[size_t(index)].children.reserve(node.children.size());
        for (size_t i = 0; i < node.children.size(); ++i) {
            const int child = add(node.children[i], index, int(i), courseCredits, isWaived);
            m_nodes[size_t(index)].children.push_back(child);
        }
        return index;
    }

    std::vector<FlatNode> m_nodes;
    std::vector<int> m_leaves;
};

} // namespace Cairn::Core

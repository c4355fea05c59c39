#include "pathwaylayout.h"

#include <graphviz/gvc.h>

#include <QByteArray>
#include <QMap>

#include <memory>
#include <mutex>

namespace Cairn::Core {

namespace {

// Graphviz takes char * for names and values it does not change.
char *text(const char *literal)
{
    return const_cast<char *>(literal);
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, text(name), const_cast<char *>(value.constData()), text(""));
}

} // namespace

PathwayLayout layOutPathways(const PathwayGraph &graph, const QList<QSizeF> &sizes)
{
    Q_ASSERT(sizes.size() == graph.nodes.size());
    PathwayLayout layout;
    if (graph.nodes.isEmpty())
        return layout;

    static std::mutex graphviz; // its layout engine is not re-entrant
    const std::lock_guard locked(graphviz);
    // One context for the process, made on first use: Graphviz 2.42 reads
    // its plugin configuration into every new context and never frees that
    // text (3.6 KB a context: a drawing each time the filter changed).
    static const std::unique_ptr<GVC_t, decltype(&gvFreeContext)> context(gvContext(), &gvFreeContext);
    const std::unique_ptr<Agraph_t, decltype(&agclose)> g(agopen(text("pathways"), Agdirected, nullptr), &agclose);
    set(g.get(), "rankdir", "LR");
    set(g.get(), "nodesep", "0.2");
    set(g.get(), "ranksep", "1.2");

    std::vector<Agnode_t *> nodes;
    QMap<int, Agraph_t *> rankOfLevel; // qualifications of one level side by side
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        Agnode_t *node = agnode(g.get(), QByteArray("n" + QByteArray::number(i)).data(), 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "label", "");
        set(node, "width", QByteArray::number(sizes[i].width() / 72.0));
        set(node, "height", QByteArray::number(sizes[i].height() / 72.0));
        const PathwayNode &source = graph.nodes[i];
        if (source.kind == PathwayNode::Kind::Qualification) {
            Agraph_t *&rank = rankOfLevel[source.level];
            if (!rank) {
                rank = agsubg(g.get(), QByteArray("level" + QByteArray::number(source.level)).data(), 1);
                set(rank, "rank", "same");
            }
            agsubnode(rank, node, 1);
        }
        nodes.push_back(node);
    }
    std::vector<Agedge_t *> edges;
    for (const PathwayEdge &edge : graph.edges) {
        // A name per edge: two edges between the same nodes stay two.
        Agedge_t *made = agedge(g.get(), nodes[size_t(edge.from)], nodes[size_t(edge.to)],
                                QByteArray("e" + QByteArray::number(qsizetype(edges.size()))).data(), 1);
        edges.push_back(made);
    }

    gvLayout(context.get(), g.get(), "dot");
    const boxf box = GD_bb(g.get());
    // Graphviz's y grows upwards.
    const auto point = [&box](pointf p) { return QPointF(p.x - box.LL.x, box.UR.y - p.y); };
    layout.bounds = QRectF(0, 0, box.UR.x - box.LL.x, box.UR.y - box.LL.y);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const QPointF centre = point(ND_coord(nodes[size_t(i)]));
        layout.nodes.append(QRectF(centre.x() - sizes[i].width() / 2, centre.y() - sizes[i].height() / 2,
                                   sizes[i].width(), sizes[i].height()));
    }
    for (Agedge_t *edge : edges) {
        PathwayLayout::Route route;
        if (const splines *spline = ED_spl(edge); spline && spline->size > 0) {
            const bezier &curve = spline->list[0];
            for (int p = 0; p < curve.size; ++p)
                route.points.append(point(curve.list[p]));
            route.arrowTip = curve.eflag ? point(curve.ep) : route.points.last();
        }
        layout.edges.append(route);
    }
    gvFreeLayout(context.get(), g.get());
    return layout;
}

} // namespace Cairn::Core

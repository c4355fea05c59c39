#pragma once

#include "pathwaygraph.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Cairn::Core {

// Where the diagram's nodes and edges go, in points (1/72 inch) with y
// growing downwards, as Graphviz's dot lays them out.
struct PathwayLayout
{
    struct Route
    {
        // A cubic Bézier path: the start, then three points per segment.
        QList<QPointF> points;
        QPointF arrowTip; // where the arrow head points: at the target's border
    };

    QRectF bounds;
    QList<QRectF> nodes; // per graph node
    QList<Route> edges;  // per graph edge
};

// Lays `graph` out with dot (docs/DECISIONS.md): left to right, courses before
// the qualifications they fill, the qualifications of one level in one rank.
// `sizes` holds each node's box in points, as the caller will draw it. Graphviz
// keeps global state, so layouts are made one at a time (a lock inside).
PathwayLayout layOutPathways(const PathwayGraph &graph, const QList<QSizeF> &sizes);

} // namespace Cairn::Core

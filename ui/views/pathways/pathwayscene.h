#pragma once

#include "audit/audittreemodel.h"
#include "model/learnerprofile.h"
#include "pathways/pathwaygraph.h"
#include "pathways/pathwaylayout.h"

#include <QGraphicsScene>
#include <QHash>

namespace Cairn::Ui {

// What the learner has done, drawn on the diagram: each shown
// qualification's progress, each course's record.
struct PathwayProgress
{
    QHash<QString, NodeProgress> qualifications;
    QHash<QString, Core::RecordStatus> courses;
};

// The pathways diagram as a scene: the core's graph, laid out by the core's
// dot layout, with rounded boxes for courses, larger ones with a progress bar
// for qualifications, curves for "counts toward" and bold curves for
// "stacks into".
class PathwayScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathwayScene)

public:
    explicit PathwayScene(QObject *parent = nullptr);

    // The size of a node's box, in points: what the layout must make room for.
    static QSizeF nodeSize(Core::PathwayNode::Kind kind);
    static QList<QSizeF> nodeSizes(const Core::PathwayGraph &graph);

    // Replaces the drawing with `graph` laid out as `layout` (from
    // Core::layOutPathways with nodeSizes()); `palette` gives the colours.
    void draw(const Core::PathwayGraph &graph, const Core::PathwayLayout &layout, const PathwayProgress &progress,
              const QPalette &palette);

    const Core::PathwayGraph &graph() const { return m_graph; }
    // The box of node `index` of graph(), in scene coordinates.
    QRectF nodeRect(int index) const;
    // The first node whose code or title contains `text` (case-insensitive), or -1.
    int find(const QString &text) const;
    // The whole diagram as a PNG image (twice the size on screen, at most
    // 8,000 pixels on its longer side) or, for a name ending in .svg, an SVG
    // drawing titled `title`. False if the file could not be written.
    bool saveImage(const QString &fileName, const QString &title);

    // Asks for a node's details (its audit, or the course in the catalogue).
    // A node item keeps its code as data(0) and its kind as data(1).
    void activate(const QGraphicsItem &node);

Q_SIGNALS:
    void nodeActivated(Core::PathwayNode::Kind kind, const QString &code);

private:
    Core::PathwayGraph m_graph;
    QList<QRectF> m_rects;
};

} // namespace Cairn::Ui

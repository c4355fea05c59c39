#include "pathwayscene.h"

#include "audit/progressbar.h"
#include "audit/progresscolours.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QImage>
#include <QPainterPath>
#include <QSvgGenerator>

#include <cmath>

namespace Cairn::Ui {

namespace {

using Core::PathwayNode;

constexpr QSizeF courseSize(170, 36);
constexpr QSizeF qualificationSize(230, 64);
constexpr qreal radius = 6;

// One box of the diagram; double-click (or Enter on the view) asks for its
// details through the scene.
class NodeItem final : public QGraphicsItem
{
public:
    NodeItem(const PathwayNode &node, const QRectF &rect, const PathwayProgress &progress, const QPalette &palette)
        : m_node(node), m_rect(rect), m_palette(palette)
    {
        if (node.kind == PathwayNode::Kind::Qualification)
            m_progress = progress.qualifications.value(node.code);
        else if (const auto status = progress.courses.constFind(node.code); status != progress.courses.cend())
            m_status = *status;
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setToolTip(node.code + u" — "_qs + node.title);
        setData(0, node.code);
        setData(1, int(node.kind));
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const ProgressColours colours = ProgressColours::from(m_palette);
        const bool qualification = m_node.kind == PathwayNode::Kind::Qualification;
        QColor fill = m_palette.color(QPalette::Base);
        if (m_status) {
            const bool done = *m_status == Core::RecordStatus::Completed || *m_status == Core::RecordStatus::Recognised;
            const bool ahead = *m_status == Core::RecordStatus::Enrolled || *m_status == Core::RecordStatus::Planned;
            if (done || ahead) {
                fill = done ? colours.earned : colours.planned;
                fill.setAlpha(70);
            }
        }
        painter->setRenderHint(QPainter::Antialiasing);
        QPen outline(isSelected() ? m_palette.color(QPalette::Highlight)
                                  : m_palette.color(qualification ? QPalette::WindowText : QPalette::Mid),
                     isSelected() || qualification ? 2.0 : 1.0);
        painter->setPen(outline);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect, radius, radius);

        const QRectF inner = m_rect.adjusted(8, 4, -8, -4);
        QFont font = painter->font();
        font.setBold(qualification);
        painter->setFont(font);
        painter->setPen(m_palette.color(QPalette::Text));
        const QFontMetricsF metrics(font);
        const qreal line = metrics.height();
        painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(m_node.code, Qt::ElideRight, inner.width()));
        font.setBold(false);
        painter->setFont(font);
        painter->drawText(QRectF(inner.left(), inner.top() + line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(m_node.title, Qt::ElideRight, inner.width()));
        if (qualification && m_progress.required > 0)
            paintProgressBar(*painter, QRectF(inner.left(), inner.bottom() - 8, inner.width(), 7).toRect(),
                             m_progress, m_palette);
    }

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (auto *owner = qobject_cast<PathwayScene *>(scene()))
            owner->activate(*this);
        event->accept();
    }

private:
    PathwayNode m_node;
    QRectF m_rect;
    QPalette m_palette;
    NodeProgress m_progress;
    std::optional<Core::RecordStatus> m_status;
};

// The Bézier curve Graphviz routed, with an arrow head at the target.
QPainterPath edgePath(const Core::PathwayLayout::Route &route)
{
    QPainterPath path;
    if (route.points.isEmpty())
        return path;
    path.moveTo(route.points.first());
    for (qsizetype i = 1; i + 2 < route.points.size(); i += 3)
        path.cubicTo(route.points[i], route.points[i + 1], route.points[i + 2]);
    path.lineTo(route.arrowTip);
    return path;
}

QPolygonF arrowHead(const Core::PathwayLayout::Route &route, qreal size)
{
    if (route.points.isEmpty())
        return {};
    const QPointF tip = route.arrowTip;
    QPointF from = route.points.last();
    if (QLineF(from, tip).length() < 0.5 && route.points.size() > 1)
        from = route.points[route.points.size() - 2];
    const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const auto corner = [&](qreal turn) {
        return tip - QPointF(std::cos(angle + turn) * size, std::sin(angle + turn) * size);
    };
    return QPolygonF({tip, corner(0.45), corner(-0.45)});
}

} // namespace

PathwayScene::PathwayScene(QObject *parent) : QGraphicsScene(parent) {}

QSizeF PathwayScene::nodeSize(PathwayNode::Kind kind)
{
    return kind == PathwayNode::Kind::Course ? courseSize : qualificationSize;
}

QList<QSizeF> PathwayScene::nodeSizes(const Core::PathwayGraph &graph)
{
    QList<QSizeF> sizes;
    for (const PathwayNode &node : graph.nodes)
        sizes.append(nodeSize(node.kind));
    return sizes;
}

void PathwayScene::draw(const Core::PathwayGraph &graph, const Core::PathwayLayout &layout,
                        const PathwayProgress &progress, const QPalette &palette)
{
    clear();
    m_graph = graph;
    m_rects = layout.nodes;
    const ProgressColours colours = ProgressColours::from(palette);
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        const bool stacks = graph.edges[e].kind == Core::PathwayEdge::Kind::StacksInto;
        const QColor colour = stacks ? colours.earned.darker(110) : palette.color(QPalette::Mid);
        QPen pen(colour, stacks ? 3.0 : 1.0);
        auto *curve = addPath(edgePath(layout.edges[e]), pen);
        curve->setZValue(stacks ? -1 : -2);
        auto *head = addPolygon(arrowHead(layout.edges[e], stacks ? 11 : 7), QPen(colour), QBrush(colour));
        head->setZValue(curve->zValue());
    }
    for (qsizetype i = 0; i < graph.nodes.size(); ++i)
        addItem(new NodeItem(graph.nodes[i], layout.nodes[i], progress, palette));
    setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));
    setBackgroundBrush(palette.color(QPalette::Window));
}

QRectF PathwayScene::nodeRect(int index) const
{
    return index >= 0 && index < m_rects.size() ? m_rects[index] : QRectF();
}

void PathwayScene::activate(const QGraphicsItem &node)
{
    Q_EMIT nodeActivated(PathwayNode::Kind(node.data(1).toInt()), node.data(0).toString());
}

bool PathwayScene::saveImage(const QString &fileName, const QString &title)
{
    const QRectF source = sceneRect();
    if (source.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(title);
        svg.setDescription(tr("Made by Cairn"));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        return painter.end();
    }
    const double scale = std::min(2.0, 8000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    render(&painter, QRectF(image.rect()), source);
    painter.end();
    return image.save(fileName, "PNG");
}

int PathwayScene::find(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_graph.nodes.size(); ++i) {
        const PathwayNode &node = m_graph.nodes[i];
        if (node.code.contains(wanted, Qt::CaseInsensitive) || node.title.contains(wanted, Qt::CaseInsensitive))
            return int(i);
    }
    return -1;
}

} // namespace Cairn::Ui

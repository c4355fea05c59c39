#include "progressbar.h"

#include "progresscolours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Cairn::Ui {

namespace {
constexpr int barWidth = 90;
constexpr int barHeight = 8;
constexpr int gap = 8;
constexpr int margin = 4; // either side of the cell
} // namespace

void paintProgressBar(QPainter &painter, const QRect &rect, const NodeProgress &progress, const QPalette &palette)
{
    const ProgressColours colours = ProgressColours::from(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
    painter.setClipPath(outline);
    painter.fillRect(rect, colours.missing);
    const double required = progress.required;
    const auto widthOf = [&](double credits) {
        if (progress.waived || required <= 0.0)
            return rect.width();
        return int(rect.width() * std::clamp(credits / required, 0.0, 1.0) + 0.5);
    };
    const int planned = widthOf(progress.planned);
    const int earned = std::min(planned, widthOf(progress.earned));
    painter.fillRect(QRect(rect.left(), rect.top(), planned, rect.height()), colours.planned);
    painter.fillRect(QRect(rect.left(), rect.top(), earned, rect.height()), colours.earned);
    painter.restore();
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!index.data(AuditTreeModel::CountedRole).toBool())
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::Disabled, QPalette::Text));
    const QVariant progress = index.data(AuditTreeModel::ProgressRole);
    if (index.column() != AuditTreeModel::Progress || !progress.canConvert<NodeProgress>()) {
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    // The background and selection as the style draws them, then the bar and
    // the text beside it.
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect cell = opt.rect.adjusted(margin, 0, -margin, 0);
    const QRect bar(cell.left(), cell.center().y() - barHeight / 2, std::min(barWidth, cell.width()), barHeight);
    paintProgressBar(*painter, bar, progress.value<NodeProgress>(), opt.palette);
    const QRect textRect = cell.adjusted(bar.width() + gap, 0, 0, 0);
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == AuditTreeModel::Progress && index.data(AuditTreeModel::ProgressRole).canConvert<NodeProgress>()) {
        // As paint() lays the cell out: the bar, a gap and the text on one line.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        size.setWidth(margin + barWidth + gap + opt.fontMetrics.horizontalAdvance(opt.text) + margin + 1);
    }
    return size;
}

} // namespace Cairn::Ui

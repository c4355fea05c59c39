#include "wrappingbar.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Cairn::Ui {

WrappingBar::WrappingBar(QWidget *parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

WrappingBar::~WrappingBar()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void WrappingBar::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *WrappingBar::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *WrappingBar::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int WrappingBar::gap() const
{
    return spacing() >= 0 ? spacing() : 6;
}

QSize WrappingBar::sizeHint() const
{
    // Everything in one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? gap() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    return {width, height};
}

QSize WrappingBar::minimumSize() const
{
    // As narrow as its widest item: the rest goes to further rows.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    return size;
}

void WrappingBar::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int WrappingBar::arrange(const QRect &rect, bool place) const
{
    const int gap = this->gap();
    // Rows of items at their preferred widths; the stretching item takes
    // what its row leaves.
    QList<QList<QLayoutItem *>> rows(1);
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = item->sizeHint().width();
        if (!rows.last().isEmpty() && used + gap + width > rect.width()) {
            rows.append(QList<QLayoutItem *>());
            used = 0;
        }
        used += (rows.last().isEmpty() ? 0 : gap) + width;
        rows.last().append(item);
    }
    int y = rect.y();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int height = 0;
        int total = 0;
        for (const QLayoutItem *item : row) {
            height = std::max(height, item->sizeHint().height());
            total += item->sizeHint().width();
        }
        total += gap * int(row.size() - 1);
        const int spare = std::max(0, rect.width() - total);
        int x = rect.x();
        for (QLayoutItem *item : row) {
            int width = item->sizeHint().width();
            if (item == itemAt(m_stretch))
                width += spare;
            width = std::min(width, rect.width());
            if (place)
                item->setGeometry(QRect(x, y + (height - item->sizeHint().height()) / 2, width, item->sizeHint().height()));
            x += width + gap;
        }
        y += height + gap;
    }
    return std::max(0, y - rect.y() - gap);
}

} // namespace Cairn::Ui

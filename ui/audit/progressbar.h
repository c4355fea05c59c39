#pragma once

#include "audittreemodel.h"

#include <QStyledItemDelegate>

class QPainter;

namespace Cairn::Ui {

// Paints a three-part bar (earned | planned | missing) in `rect`.
void paintProgressBar(QPainter &painter, const QRect &rect, const NodeProgress &progress, const QPalette &palette);

// Draws AuditTreeModel::ProgressRole as a bar with the cell's text beside it;
// other columns as usual, greyed where a node does not count.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Cairn::Ui

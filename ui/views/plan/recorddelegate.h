#pragma once

#include <QStyledItemDelegate>

namespace Cairn::Ui {

// Editors for a record's cells: a list of statuses, dates with a calendar
// (the earliest date reads "None" and clears the date), plain text for grade
// and notes.
class RecordDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Cairn::Ui

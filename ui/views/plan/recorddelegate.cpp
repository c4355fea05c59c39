#include "recorddelegate.h"

#include "models/coursetext.h"
#include "models/recordsmodel.h"

#include <QComboBox>
#include <QDateEdit>

namespace Cairn::Ui {

namespace {
const QDate noDate(1900, 1, 1);
} // namespace

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case RecordsModel::Status: {
        auto *box = new QComboBox(parent);
        for (Core::RecordStatus status : RecordsModel::groupOrder())
            box->addItem(CourseText::status(status), int(status));
        box->setAccessibleName(tr("Status"));
        return box;
    }
    case RecordsModel::Date:
    case RecordsModel::Start: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("None"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setAccessibleName(index.column() == RecordsModel::Date ? tr("Date completed") : tr("Start date"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate date = index.data(Qt::EditRole).toDate();
        edit->setDate(date.isValid() ? date : noDate);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date() == noDate ? QDate() : edit->date(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Cairn::Ui

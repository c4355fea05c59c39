#include "comingview.h"

#include "emptystate.h"

#include <QVBoxLayout>

namespace Cairn::Ui {

ComingView::ComingView(const QString &iconName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(iconName, tr("%1 — coming soon").arg(title), text, this));
    setAccessibleName(title);
}

} // namespace Cairn::Ui

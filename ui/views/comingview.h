#pragma once

#include <QWidget>

namespace Cairn::Ui {

// The place of a view that is not built yet: what it will show, so that the
// sidebar never leads to a blank page.
class ComingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingView)

public:
    ComingView(const QString &iconName, const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace Cairn::Ui

#pragma once

#include <QLayout>
#include <QList>

namespace Cairn::Ui {

// A bar of controls that lays its items out in one row when the width
// allows and goes on in further rows when it does not, so that a view's
// controls never make the window wider than a small screen or a projector
// (1,024 pixels) allows. One item (the first, unless said otherwise) takes
// the room its row has left.
class WrappingBar final : public QLayout
{
public:
    explicit WrappingBar(QWidget *parent = nullptr);
    ~WrappingBar() override;

    // The item that takes the room its row leaves.
    void setStretchItem(int index) { m_stretch = index; }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    int gap() const; // between items and rows
    // Lays the items out in `rect` (or only measures) and returns the height used.
    int arrange(const QRect &rect, bool place) const;

    QList<QLayoutItem *> m_items;
    int m_stretch = 0;
};

} // namespace Cairn::Ui

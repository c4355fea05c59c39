#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTreeView;

namespace Cairn::Ui {

// Sizes some of a view's columns to what they hold, each within bounds, each
// time new rows are shown — until the user resizes one of them; from then on
// the widths are the user's, and stay so across sessions (save()/restore()).
// The view's last column stretches into what is left.
class FittedColumns final : public QObject
{
    Q_OBJECT

public:
    struct Bound
    {
        int column = 0;
        double atMost = 0.4; // of the viewport's width
    };

    FittedColumns(QTreeView *view, QList<Bound> bounds);

    // After new rows are shown (and expanded).
    void fit();

    // The width `column` needs to show every row of `view` on one line.
    static int oneLineWidth(QTreeView *view, int column);

    bool setByUser() const { return m_byUser; }
    QByteArray save() const;
    void restore(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QList<Bound> m_bounds;
    bool m_byUser = false;
    bool m_sizing = false; // the resizes are this class's own
};

} // namespace Cairn::Ui

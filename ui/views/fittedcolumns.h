#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTreeView;

namespace Cairn::Ui {

// Sizes some of a view's columns to what they hold each time new rows are
// shown — until the user resizes one of them; from then on the widths are
// the user's, and stay so across sessions (save()/restore()). When the
// columns do not all fit, the narrow ones (codes, dates) stay whole and the
// widest are cut to one width; none is made narrower than its heading. The
// view's last column stretches into what is left, and keeps at least
// `lastShare` of the width.
class FittedColumns final : public QObject
{
    Q_OBJECT

public:
    FittedColumns(QTreeView *view, QList<int> columns, double lastShare = 0.0);

    // After new rows are shown (and expanded).
    void fit();

    bool sizedByUser() const { return m_byUser; }
    QByteArray save() const;
    void restore(const QByteArray &state);

    // The width `column` needs to show every row of `view` on one line.
    static int oneLineWidth(QTreeView *view, int column);
    // The same for several columns, measured in one pass.
    static QList<int> oneLineWidths(QTreeView *view, const QList<int> &columns);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QList<int> m_columns;
    double m_lastShare;
    bool m_byUser = false;
    bool m_sizing = false; // the resizes are this class's own
};

} // namespace Cairn::Ui

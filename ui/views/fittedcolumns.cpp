#include "fittedcolumns.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QScopedValueRollback>
#include <QTreeView>

#include <algorithm>

namespace Cairn::Ui {

namespace {
constexpr quint32 stateMarker = 0xCA1F17ED; // a state saved by this class, not a bare header state
}

FittedColumns::FittedColumns(QTreeView *view, QList<Bound> bounds)
    : QObject(view), m_view(view), m_bounds(std::move(bounds))
{
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (m_sizing)
            return;
        // A window made wider stretches only the last column: that is no choice of the user's.
        if (std::any_of(m_bounds.cbegin(), m_bounds.cend(), [column](const Bound &b) { return b.column == column; }))
            m_byUser = true;
    });
    // The bounds are parts of the width: a view shown, or made wider or
    // narrower, is fitted again.
    view->viewport()->installEventFilter(this);
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        fit();
    return QObject::eventFilter(watched, event);
}

void FittedColumns::fit()
{
    if (m_byUser)
        return;
    const QScopedValueRollback sizing(m_sizing, true);
    QHeaderView *header = m_view->header();
    const int width = m_view->viewport()->width();
    for (const Bound &bound : std::as_const(m_bounds)) {
        const int least = header->sectionSizeHint(bound.column); // never narrower than its heading
        const int wanted = oneLineWidth(m_view, bound.column);
        header->resizeSection(bound.column, std::clamp(wanted, least, std::max(least, int(width * bound.atMost))));
    }
}

int FittedColumns::oneLineWidth(QTreeView *view, int column)
{
    // A delegate measures wrapped text as if it had no room: measure it on one line.
    const bool wrapped = view->wordWrap();
    view->setWordWrap(false);
    const QAbstractItemView *measured = view; // QTreeView hides the measure QAbstractItemView gives
    const int width = measured->sizeHintForColumn(column);
    view->setWordWrap(wrapped);
    return width;
}

QByteArray FittedColumns::save() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateMarker << m_byUser << m_view->header()->saveState();
    return state;
}

void FittedColumns::restore(const QByteArray &state)
{
    QDataStream in(state);
    quint32 marker = 0;
    bool byUser = false;
    QByteArray header;
    in >> marker >> byUser >> header;
    if (in.status() != QDataStream::Ok || marker != stateMarker)
        return; // nothing saved, or a state of an older Cairn: fitted from the rows
    const QScopedValueRollback sizing(m_sizing, true);
    m_byUser = byUser;
    if (m_byUser)
        m_view->header()->restoreState(header);
}

} // namespace Cairn::Ui

#include "fittedcolumns.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QScopedValueRollback>
#include <QTreeView>

#include <algorithm>
#include <numeric>

namespace Cairn::Ui {

namespace {
constexpr quint32 stateMarker = 0xCA1F17ED; // a state saved by this class, not a bare header state
}

FittedColumns::FittedColumns(QTreeView *view, QList<int> columns, double lastShare)
    : QObject(view), m_view(view), m_columns(std::move(columns)), m_lastShare(lastShare)
{
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int column, int oldSize, int newSize) {
        // A column hidden or shown again (presentation mode hides some) is no
        // choice of the user's either: a drag never goes from or to nothing.
        if (m_sizing || oldSize == 0 || newSize == 0)
            return;
        // A window made wider stretches only the last column: that is no choice of the user's.
        if (m_columns.contains(column))
            m_byUser = true;
    });
    // The bounds are parts of the width, and the widths those of the text: a
    // view shown, made wider or narrower, or given larger type (presentation
    // mode) is fitted again.
    view->viewport()->installEventFilter(this);
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        fit();
    return QObject::eventFilter(watched, event);
}

void FittedColumns::fit()
{
    if (m_byUser)
        return;
    const QScopedValueRollback sizing(m_sizing, true);
    QHeaderView *header = m_view->header();
    QList<int> columns;
    for (const int column : std::as_const(m_columns)) {
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    QList<int> wanted = oneLineWidths(m_view, columns);
    QList<int> least; // the heading's width
    for (qsizetype i = 0; i < columns.size(); ++i) {
        least.append(header->sectionSizeHint(columns[i]));
        wanted[i] = std::max(wanted[i], least[i]);
    }
    int room = m_view->viewport()->width();
    int last = -1; // the last column shown, which stretches
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    }
    if (last >= 0 && !columns.contains(last))
        room -= std::max(header->sectionSizeHint(last), int(room * m_lastShare));
    // The narrowest first, each given what it wants up to an even share of
    // what is left: short columns whole, the widest cut to one width.
    QList<qsizetype> order(columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&wanted](qsizetype a, qsizetype b) { return wanted[a] < wanted[b]; });
    qsizetype left = columns.size();
    for (const qsizetype i : std::as_const(order)) {
        const int share = std::max(room, 0) / int(left--);
        const int given = std::max(std::min(wanted[i], share), least[i]);
        header->resizeSection(columns[i], given);
        room -= given;
    }
}

int FittedColumns::oneLineWidth(QTreeView *view, int column)
{
    return oneLineWidths(view, {column}).constFirst();
}

QList<int> FittedColumns::oneLineWidths(QTreeView *view, const QList<int> &columns)
{
    // A delegate measures wrapped text as if it had no room: measure it on one line.
    const bool wrapped = view->wordWrap();
    view->setWordWrap(false);
    const QAbstractItemView *measured = view; // QTreeView hides the measure QAbstractItemView gives
    QList<int> widths;
    for (const int column : columns)
        widths.append(measured->sizeHintForColumn(column));
    view->setWordWrap(wrapped);
    return widths;
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

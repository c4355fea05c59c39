#include "contentsplit.h"

#include "fittedcolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeView>

#include <algorithm>

namespace Cairn::Ui {

namespace {
// What a list needs to show its rows and its headings whole: its first
// column on one line and the others as they are (they size themselves to
// their contents).
int neededWidth(QTreeView *list)
{
    int width = 2 * list->frameWidth()
        + std::max(FittedColumns::oneLineWidth(list, 0), list->header()->sectionSizeHint(0));
    for (int column = 1; column < list->header()->count(); ++column)
        width += list->header()->sectionSize(column);
    return width;
}

// What a list needs to show its headings whole.
int headingsWidth(QTreeView *list)
{
    const QHeaderView *header = list->header();
    int width = 2 * list->frameWidth() + header->sectionSizeHint(0);
    for (int column = 1; column < header->count(); ++column) // already as wide as their contents
        width += std::max(header->sectionSizeHint(column), header->sectionSize(column));
    return width;
}
} // namespace

ContentSplit::ContentSplit(QSplitter *splitter, QTreeView *first, QTreeView *second)
    : QObject(splitter), m_splitter(splitter), m_first(first), m_second(second)
{
    // Emitted for the user's moves only, not for setSizes().
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_movedByUser = true; });
    splitter->installEventFilter(this);
}

void ContentSplit::share()
{
    if (m_movedByUser)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    const int first = neededWidth(m_first);
    const int second = neededWidth(m_second);
    const int left = first + second <= total ? first + (total - first - second) / 2
                                             : int(double(total) * first / (first + second));
    // Never less than a quarter, nor than a list's headings.
    const int least = std::max(total / 4, headingsWidth(m_first));
    const int most = std::min(total - total / 4, total - headingsWidth(m_second));
    const int shared = least <= most ? std::clamp(left, least, most) : total / 2;
    m_splitter->setSizes({shared, total - shared});
}

bool ContentSplit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        share();
    return QObject::eventFilter(watched, event);
}

} // namespace Cairn::Ui

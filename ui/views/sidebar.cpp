#include "sidebar.h"

#include "icons/icons.h"
#include "models/coursebrowsermodel.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace Cairn::Ui {

namespace {
constexpr int springDelayMs = 700;
} // namespace

Sidebar::Sidebar(QWidget *parent) : QListWidget(parent)
{
    struct Entry
    {
        const char *icon;
        QString text;
    };
    const Entry entries[ViewCount] = {{"catalogue", tr("Catalogue")},
                                      {"plan", tr("My plan")},
                                      {"qualifications", tr("Qualifications")},
                                      {"pathways", tr("Pathways")},
                                      {"dashboard", tr("Dashboard")}};
    for (const Entry &entry : entries)
        addItem(new QListWidgetItem(icon(QString::fromLatin1(entry.icon)), entry.text));
    setAccessibleName(tr("Views"));
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setFixedWidth(sizeHintForColumn(0) + 32);
    m_springTimer.setSingleShot(true);
    m_springTimer.setInterval(springDelayMs);
    connect(&m_springTimer, &QTimer::timeout, this, [this] {
        if (m_hovered >= 0)
            setCurrentRow(m_hovered);
    });
}

QString Sidebar::viewKey(View view)
{
    static const char *const keys[ViewCount] = {"catalogue", "plan", "qualifications", "pathways", "dashboard"};
    return QString::fromLatin1(keys[view]);
}

int Sidebar::viewFromKey(const QString &key)
{
    for (int view = 0; view < ViewCount; ++view) {
        if (viewKey(static_cast<View>(view)) == key)
            return view;
    }
    return -1;
}

QStringList Sidebar::mimeTypes() const
{
    return {CourseBrowserModel::mimeType()};
}

void Sidebar::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(CourseBrowserModel::mimeType()))
        event->acceptProposedAction();
}

void Sidebar::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(CourseBrowserModel::mimeType()))
        return;
    const int row = indexAt(event->position().toPoint()).row();
    if (row != m_hovered) {
        m_hovered = row;
        m_springTimer.start();
    }
    event->acceptProposedAction();
}

void Sidebar::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_hovered = -1;
    m_springTimer.stop();
    QListWidget::dragLeaveEvent(event);
}

void Sidebar::dropEvent(QDropEvent *event)
{
    m_springTimer.stop();
    m_hovered = -1;
    const int row = indexAt(event->position().toPoint()).row();
    const QStringList codes = CourseBrowserModel::coursesIn(event->mimeData());
    if (row != Plan || codes.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT coursesDroppedOnPlan(codes);
}

} // namespace Cairn::Ui

#include "goalsfoot.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "audit/progressbar.h"
#include "models/coursetext.h"
#include "workspace.h"

#include <QLabel>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <cmath>

namespace Cairn::Ui {

namespace {
constexpr int margin = 8;
constexpr int barHeight = 6;
} // namespace

GoalButton::GoalButton(const QString &code, const QString &title, QWidget *parent)
    : QAbstractButton(parent)
    , m_code(code)
{
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("%1 — %2\nClick to see its audit.").arg(code, title));
    setText(code);
}

void GoalButton::setProgress(const NodeProgress &progress, double percent)
{
    m_progress = progress;
    m_percent = percent;
    setAccessibleName(tr("Goal %1: %2% done").arg(m_code, CourseText::number(std::floor(percent))));
    update();
}

QSize GoalButton::sizeHint() const
{
    return {120, fontMetrics().height() + barHeight + 3 * margin / 2};
}

void GoalButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect inner = rect().adjusted(margin, margin / 2, -margin, -margin / 2);
    if (underMouse() || hasFocus()) {
        QColor hover = palette().color(QPalette::Highlight);
        hover.setAlpha(40);
        painter.fillRect(rect(), hover);
    }
    const QString percent = tr("%1%").arg(CourseText::number(std::floor(m_percent)));
    const QRect textRect(inner.left(), inner.top(), inner.width(), fontMetrics().height());
    painter.setPen(palette().color(QPalette::WindowText));
    const int percentWidth = fontMetrics().horizontalAdvance(percent);
    painter.drawText(textRect.adjusted(0, 0, -percentWidth - 4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_code, Qt::ElideRight, textRect.width() - percentWidth - 4));
    painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, percent);
    const QRect bar(inner.left(), textRect.bottom() + 3, inner.width(), barHeight);
    paintProgressBar(painter, bar, m_progress, palette());
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

GoalsFoot::GoalsFoot(Workspace &workspace, AuditService &audits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 4, 0, 4);
    m_rows->setSpacing(0);
    setAccessibleName(tr("Goals"));
    connect(&audits, &AuditService::auditorChanged, this, &GoalsFoot::refresh);
    connect(&workspace, &Workspace::profileSwitched, this, &GoalsFoot::refresh);
    refresh();
}

QList<GoalButton *> GoalsFoot::buttons() const
{
    return findChildren<GoalButton *>();
}

void GoalsFoot::refresh()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList goals = m_workspace.hasProfile() ? m_workspace.profile().goals : QStringList();
    setVisible(!goals.isEmpty());
    if (goals.isEmpty())
        return;
    const std::shared_ptr<const Core::Auditor> auditor = m_audits.auditor();
    if (!auditor) {
        m_audits.request();
        return; // drawn when the catalogue is read
    }
    auto *heading = new QLabel(tr("Goals"), this);
    heading->setContentsMargins(margin, 0, margin, 2);
    QFont small = heading->font();
    small.setBold(true);
    heading->setFont(small);
    m_rows->addWidget(heading);
    const QDate today = QDate::currentDate();
    for (const QString &goal : goals) {
        const Core::Qualification *qualification = auditor->index().qualification(goal);
        if (!qualification)
            continue;
        const Core::AuditResult planned =
            auditor->audit(*qualification, Core::AuditMode::Planned, today, Core::AuditDetail::Totals);
        const Core::AuditResult earned =
            auditor->audit(*qualification, Core::AuditMode::Earned, today, Core::AuditDetail::Totals);
        // The bar in percent of the whole qualification, as the audit counts it.
        const NodeProgress progress{100.0, earned.percent, planned.percent, false};
        auto *button = new GoalButton(goal, qualification->title, this);
        button->setProgress(progress, planned.percent);
        connect(button, &QAbstractButton::clicked, this, [this, goal] { Q_EMIT goalClicked(goal); });
        m_rows->addWidget(button);
    }
}

} // namespace Cairn::Ui

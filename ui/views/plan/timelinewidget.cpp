#include "timelinewidget.h"

#include "models/coursetext.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Cairn::Ui {

namespace {
constexpr int monthBand = 22;
constexpr int barHeight = 20;
constexpr int barGap = 4;
constexpr int loadHeight = 70;
constexpr int loadCaption = 18;
constexpr int margin = 8;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Study timeline"));
    setMouseTracking(true);
}

void TimelineWidget::setPlan(const Core::PlanResult &plan, const Core::PlanProblem &problem, const QDate &today)
{
    m_plan = plan;
    m_problem = problem;
    m_today = today;
    QDate first = Core::mondayOf(today);
    QDate last = first.addDays(7 * 12);
    for (const Core::PlanEntry &entry : plan.entries) {
        first = std::min(first, Core::mondayOf(entry.start));
        last = std::max(last, entry.finish);
    }
    m_first = first.addDays(-7);
    m_weeks = int(m_first.daysTo(last) / 7) + 3;
    setAccessibleDescription(plan.entries.isEmpty()
                                 ? tr("Nothing is scheduled.")
                                 : tr("%1 courses from %2 to %3")
                                       .arg(plan.entries.size())
                                       .arg(CourseText::date(plan.entries.first().start), CourseText::date(plan.completion)));
    updateGeometry();
    update();
}

QSize TimelineWidget::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_plan.entries.size()));
    return {2 * margin + m_weeks * weekWidth,
            monthBand + rows * (barHeight + barGap) + loadCaption + loadHeight + 3 * margin};
}

int TimelineWidget::xOf(const QDate &date) const
{
    return margin + int(m_first.daysTo(date) * weekWidth / 7);
}

int TimelineWidget::loadTop() const
{
    return height() - margin - loadHeight;
}

QRect TimelineWidget::barRect(int entry) const
{
    const Core::PlanEntry &planned = m_plan.entries.at(entry);
    const int left = xOf(Core::mondayOf(planned.start));
    const int right = xOf(Core::mondayOf(planned.start).addDays(7 * planned.weeks));
    return {left, monthBand + margin + entry * (barHeight + barGap), std::max(4, right - left - 1), barHeight};
}

QString TimelineWidget::courseAt(const QPoint &point) const
{
    for (int i = 0; i < m_plan.entries.size(); ++i) {
        if (barRect(i).contains(point))
            return m_plan.entries.at(i).course;
    }
    return {};
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette palette = this->palette();
    painter.fillRect(rect(), palette.base());
    const QColor grid = palette.color(QPalette::Mid);
    const QColor text = palette.color(QPalette::Text);
    const QLocale locale;

    // Availability periods first, under everything.
    QColor shade = palette.color(QPalette::Highlight);
    shade.setAlpha(40);
    for (const Core::AvailabilityPeriod &period : m_problem.availability) {
        const int left = xOf(Core::mondayOf(period.from));
        const int right = xOf(Core::mondayOf(period.to).addDays(7));
        painter.fillRect(QRect(left, monthBand, right - left, height() - monthBand - margin), shade);
    }

    // Month labels and lines.
    painter.setPen(text);
    QDate month(m_first.year(), m_first.month(), 1);
    const QDate end = m_first.addDays(7 * m_weeks);
    int labelEnd = 0;         // a label never overlaps the one before (large type, short months)
    bool yearPending = false; // a January left out: the next label says the year
    while (month <= end) {
        const int x = xOf(month);
        if (x >= margin) {
            painter.setPen(grid);
            painter.drawLine(x, monthBand - 4, x, height() - margin);
            painter.setPen(text);
            const bool withYear = month.month() == 1 || yearPending || x < margin + 4 * weekWidth;
            const QString label = locale.toString(month, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
            if (x + 3 >= labelEnd) {
                painter.drawText(QRect(x + 3, 0, 4 * weekWidth * 2, monthBand), Qt::AlignVCenter | Qt::AlignLeft, label);
                labelEnd = x + 3 + painter.fontMetrics().horizontalAdvance(label) + 6;
                yearPending = false;
            } else if (month.month() == 1) {
                yearPending = true;
            }
        }
        month = month.addMonths(1);
    }

    // One bar per course.
    const QColor planned = palette.color(QPalette::Highlight);
    QColor fixed = planned.darker(140);
    for (int i = 0; i < m_plan.entries.size(); ++i) {
        const Core::PlanEntry &entry = m_plan.entries.at(i);
        const QRect bar = barRect(i);
        painter.fillRect(bar, entry.fixed ? fixed : planned);
        painter.setPen(palette.color(QPalette::HighlightedText));
        const QString label = painter.fontMetrics().elidedText(entry.course, Qt::ElideRight, bar.width() - 6);
        painter.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
    }

    // The load of each week against the hours available.
    const int top = loadTop();
    double scale = 1.0;
    for (int w = 0; w < m_weeks; ++w)
        scale = std::max(scale, Core::weekCapacity(m_problem, m_first.addDays(7 * w)));
    for (const Core::WeekLoad &week : m_plan.load)
        scale = std::max(scale, week.hours);
    const auto yOf = [top, scale](double hours) { return top + loadHeight - int(hours / scale * (loadHeight - 4)); };
    painter.setPen(grid);
    painter.drawLine(margin, top + loadHeight, width() - margin, top + loadHeight);
    QColor loadColour = palette.color(QPalette::Text);
    loadColour.setAlpha(110);
    for (const Core::WeekLoad &week : m_plan.load) {
        const int x = xOf(week.week);
        const bool over = week.hours > Core::weekCapacity(m_problem, week.week) + 1e-6;
        painter.fillRect(QRect(x + 1, yOf(week.hours), weekWidth - 2, top + loadHeight - yOf(week.hours)),
                         over ? QColor(0xc6, 0x28, 0x28) : loadColour);
    }
    QPen budget(QColor(0xe0, 0x8a, 0x00), 2);
    painter.setPen(budget);
    for (int w = 0; w < m_weeks; ++w) {
        const QDate monday = m_first.addDays(7 * w);
        const int y = yOf(Core::weekCapacity(m_problem, monday));
        painter.drawLine(xOf(monday), y, xOf(monday) + weekWidth, y);
    }
    painter.setPen(text);
    painter.drawText(QRect(margin + 2, top - loadCaption, 480, loadCaption), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Study hours a week; the line shows the hours available"));

    // Today.
    if (m_today.isValid()) {
        QPen today(palette.color(QPalette::Link), 2, Qt::DashLine);
        painter.setPen(today);
        const int x = xOf(m_today);
        painter.drawLine(x, monthBand, x, height() - margin);
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    for (int i = 0; i < m_plan.entries.size(); ++i) {
        if (!barRect(i).contains(help->pos()))
            continue;
        const Core::PlanEntry &entry = m_plan.entries.at(i);
        QToolTip::showText(help->globalPos(),
                           tr("%1 %2\n%3\n%4 hours a week")
                               .arg(entry.course, entry.title, CourseText::dateRange(entry.start, entry.finish),
                                    CourseText::number(entry.hoursPerWeek)),
                           this);
        return true;
    }
    const int week = int((help->pos().x() - margin) / weekWidth);
    if (help->pos().y() >= loadTop() && week >= 0 && week < m_weeks) {
        const QDate monday = m_first.addDays(7 * week);
        double hours = 0;
        for (const Core::WeekLoad &load : m_plan.load) {
            if (load.week == monday)
                hours = load.hours;
        }
        QToolTip::showText(help->globalPos(),
                           tr("Week of %1: %2 of %3 hours")
                               .arg(CourseText::date(monday), CourseText::number(hours),
                                    CourseText::number(Core::weekCapacity(m_problem, monday))),
                           this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace Cairn::Ui

#include "whatifmodel.h"

#include "audit/auditor.h"
#include "models/coursetext.h"

#include <QFont>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <limits>

namespace Cairn::Ui {

namespace {

// "NZD 4,200.00 + AUD 900.00", with a note of courses that have no price.
QString estimateCost(const Core::FinishEstimate &estimate)
{
    QStringList parts;
    for (auto it = estimate.cost.cbegin(); it != estimate.cost.cend(); ++it)
        parts.append(CourseText::money(Core::Money{it.value(), it.key()}));
    QString text = parts.isEmpty() ? QString() : parts.join(QStringLiteral(" + "));
    if (estimate.coursesWithoutCost > 0)
        text = text.isEmpty() ? WhatIfModel::tr("price unknown") : WhatIfModel::tr("%1 and more").arg(text);
    return text;
}

} // namespace

WhatIfModel::WhatIfModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_run, &QFutureWatcher<Core::WhatIfEntry>::resultsReadyAt, this, &WhatIfModel::rowsArrived);
    connect(&m_run, &QFutureWatcher<Core::WhatIfEntry>::finished, this, [this] {
        if (m_run.isCanceled())
            return;
        m_ranked = true;
        Q_EMIT ranked();
        estimate();
    });
    connect(&m_estimates, &QFutureWatcher<Core::FinishEstimate>::resultsReadyAt, this, &WhatIfModel::estimatesArrived);
    connect(&m_estimates, &QFutureWatcher<Core::FinishEstimate>::finished, this, [this] {
        if (m_estimates.isCanceled())
            return;
        m_finished = true;
        Q_EMIT finished();
    });
}

WhatIfModel::~WhatIfModel()
{
    cancel();
}

void WhatIfModel::cancel()
{
    // Not waited for: the runs hold their own auditor and write nothing here,
    // so they may finish their current row after the window has moved on.
    m_run.cancel();
    m_estimates.cancel();
}

void WhatIfModel::start(std::shared_ptr<const Core::Auditor> auditor, const QDate &asOf)
{
    cancel();
    m_ranked = false;
    m_finished = false;
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    endResetModel();
    m_auditor = std::move(auditor);
    m_asOf = asOf;
    if (!m_auditor)
        return;
    m_total = m_auditor->catalogue().qualifications.size();
    Q_EMIT progressed(0, m_total);
    // On every core (rows are independent and the auditor is safe to share);
    // rows arrive in the order they finish and are placed in ranking order
    // (rowsArrived); the view sorts by whichever column is chosen. The
    // auditor is captured by value: it outlives a run that was cancelled.
    m_run.setFuture(QtConcurrent::mapped(m_auditor->catalogue().qualifications,
                                         [auditor = m_auditor, asOf](const Core::Qualification &qualification) {
                                             return Core::whatIfEntry(*auditor, qualification, asOf,
                                                                      Core::WhatIfDetail::Ranking);
                                         }));
}

void WhatIfModel::estimate()
{
    // Best ranked first (the rows are in ranking order): the rows a learner
    // reads first are the first filled in.
    m_estimateRows.clear();
    m_estimated = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].planned.complete)
            m_entries[row].estimated = true; // nothing left to estimate
        else
            m_estimateRows.append(row);
    }
    QList<const Core::Qualification *> qualifications;
    for (int row : std::as_const(m_estimateRows))
        qualifications.append(m_auditor->index().qualification(m_entries[row].qualification));
    Q_EMIT estimating(0, m_estimateRows.size());
    // An lvalue, which mapped() copies (a moved-in list of pointers lost
    // its results on Qt 6.4.2: docs/DECISIONS.md).
    m_estimates.setFuture(QtConcurrent::mapped(
        std::as_const(qualifications), [auditor = m_auditor, asOf = m_asOf](const Core::Qualification *qualification) {
            return Core::estimateToFinish(*auditor, *qualification, asOf);
        }));
}

void WhatIfModel::setGoals(const QStringList &goals)
{
    m_goals = QSet<QString>(goals.cbegin(), goals.cend());
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Qualification), index(rowCount() - 1, Qualification));
}

void WhatIfModel::rowsArrived(int begin, int end)
{
    if (m_run.isCanceled())
        return;
    // Each row goes where the core's ranking puts it, so that rows the view
    // sorts as equal (the same credits still needed) stand in the ranking's
    // order, not in the order the cores happened to finish them.
    for (int i = begin; i < end; ++i) {
        Core::WhatIfEntry entry = m_run.resultAt(i);
        const auto at = std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry,
                                         [](const Core::WhatIfEntry &a, const Core::WhatIfEntry &b) {
                                             return Core::ranksBefore(a, b, Core::AuditMode::Planned);
                                         });
        const int row = int(at - m_entries.cbegin());
        beginInsertRows({}, row, row);
        m_entries.insert(row, std::move(entry));
        endInsertRows();
    }
    Q_EMIT progressed(m_entries.size(), m_total);
}

void WhatIfModel::estimatesArrived(int begin, int end)
{
    if (m_estimates.isCanceled())
        return;
    for (int i = begin; i < end; ++i) {
        const int row = m_estimateRows[i];
        Core::WhatIfEntry &entry = m_entries[row];
        entry.estimate = m_estimates.resultAt(i);
        entry.estimated = true;
        Q_EMIT dataChanged(index(row, Cost), index(row, Hours));
    }
    m_estimated += end - begin;
    Q_EMIT estimating(m_estimated, m_estimateRows.size());
}

const Core::WhatIfEntry *WhatIfModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int WhatIfModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].qualification == code)
            return row;
    }
    return -1;
}

int WhatIfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WhatIfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfModel::data(const QModelIndex &index, int role) const
{
    const Core::WhatIfEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    if (role == CodeRole)
        return entry->qualification;
    const Core::FinishEstimate &estimate = entry->estimate;
    const bool done = entry->planned.complete;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Qualification:
            return m_goals.contains(entry->qualification)
                       ? tr("%1 — %2 (goal)").arg(entry->qualification, entry->title)
                       : tr("%1 — %2").arg(entry->qualification, entry->title);
        case Type:
            return entry->type;
        case Remaining:
            return CourseText::number(entry->planned.remainingCredits);
        case RemainingEarned:
            return CourseText::number(entry->earned.remainingCredits);
        case Cost:
            return done ? QString() : entry->estimated ? estimateCost(estimate) : QStringLiteral("…");
        case Hours:
            return done ? QString() : entry->estimated ? CourseText::number(estimate.hours) : QStringLiteral("…");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Qualification:
            return entry->qualification;
        case Type:
            return entry->type;
        case Remaining:
            return entry->planned.remainingCredits;
        case RemainingEarned:
            return entry->earned.remainingCredits;
        case Cost:
            // Not yet estimated: after every estimate.
            return done || entry->estimated ? Core::costSortKey(estimate) : QStringLiteral("~~");
        case Hours:
            return done || entry->estimated ? estimate.hours : std::numeric_limits<double>::infinity();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Cost || index.column() == Hours) {
            if (done)
                return tr("Complete with what is planned.");
            if (!entry->estimated)
                return tr("Estimating what finishing would take…");
            QString tip = estimateCost(estimate) + u'\n' + tr("A rough estimate: the suggested courses for every open requirement, topped up "
                             "with the cheapest eligible courses (courses: %1).").arg(estimate.courses.size());
            if (!estimate.coversRemaining)
                tip += u'\n' + tr("The catalogue has too few courses to finish this qualification.");
            return tip;
        }
        return tr("%1 — %2\n%3% done with what is planned").arg(entry->qualification, entry->title,
                                                                 CourseText::number(entry->planned.percent));
    case Qt::TextAlignmentRole:
        if (index.column() >= Remaining)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == Qualification && m_goals.contains(entry->qualification)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Qualification:
            return tr("Qualification");
        case Type:
            return tr("Type");
        case Remaining:
            return tr("Still needed");
        case RemainingEarned:
            return tr("Needed without plans");
        case Cost:
            return tr("Est. cost to finish");
        case Hours:
            return tr("Est. hours");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Remaining:
            return tr("Credits still needed, counting what is enrolled and planned");
        case RemainingEarned:
            return tr("Credits still needed, counting only what is completed or recognised");
        default:
            break;
        }
    }
    return {};
}

} // namespace Cairn::Ui

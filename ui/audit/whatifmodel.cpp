#include "whatifmodel.h"

#include "audit/auditor.h"
#include "models/coursetext.h"

#include <QFont>
#include <QtConcurrent/QtConcurrentMap>

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
    // Not waited for: the run holds its own auditor and writes nothing here,
    // so it may finish its current row after the window has moved on.
    m_run.cancel();
}

void WhatIfModel::start(std::shared_ptr<const Core::Auditor> auditor, const QDate &asOf)
{
    cancel();
    m_finished = false;
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    endResetModel();
    if (!auditor)
        return;
    m_total = auditor->catalogue().qualifications.size();
    Q_EMIT progressed(0, m_total);
    // On every core (rows are independent and the auditor is safe to share);
    // rows arrive in the order they finish, and the view sorts them. The
    // auditor is captured by value: it outlives a run that was cancelled.
    m_run.setFuture(QtConcurrent::mapped(auditor->catalogue().qualifications,
                                         [auditor, asOf](const Core::Qualification &qualification) {
                                             return Core::whatIfEntry(*auditor, qualification, asOf);
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
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()) + (end - begin) - 1);
    for (int i = begin; i < end; ++i)
        m_entries.append(m_run.resultAt(i));
    endInsertRows();
    Q_EMIT progressed(m_entries.size(), m_total);
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
            return done ? QString() : estimateCost(estimate);
        case Hours:
            return done ? QString() : CourseText::number(estimate.hours);
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
            return Core::costSortKey(estimate);
        case Hours:
            return estimate.hours;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Cost || index.column() == Hours) {
            if (done)
                return tr("Complete with what is planned.");
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

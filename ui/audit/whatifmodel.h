#pragma once

#include "audit/whatif.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QFutureWatcher>
#include <QSet>

#include <memory>

namespace Cairn::Core {
class Auditor;
}

namespace Cairn::Ui {

// The what-if ranking of every qualification for the open profile, computed
// on worker threads and shown row by row as rows arrive; then the estimates
// of what finishing would take, which cost more than the ranking itself,
// fill in row by row, best ranked first. A new start() cancels a run that is
// still going: its rows are stale. Sorting is left to a proxy (SortRole
// holds each column's value; a row not yet estimated sorts last by cost and
// hours).
class WhatIfModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfModel)

public:
    enum Column { Qualification, Type, Remaining, RemainingEarned, Cost, Hours, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, SortRole };

    explicit WhatIfModel(QObject *parent = nullptr);
    ~WhatIfModel() override;

    void start(std::shared_ptr<const Core::Auditor> auditor, const QDate &asOf);
    void cancel();
    // Every row of the latest start() has arrived with its estimate (the
    // workers may have finished a moment before their rows reach this thread).
    bool isFinished() const { return m_finished; }
    // Every row has arrived; estimates may still be coming.
    bool isRanked() const { return m_ranked; }
    void setGoals(const QStringList &goals);

    const Core::WhatIfEntry *entryAt(int row) const;
    int rowOf(const QString &code) const;
    qsizetype total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressed(qsizetype done, qsizetype total);
    void ranked();
    void estimating(qsizetype done, qsizetype total);
    void finished();

private:
    void rowsArrived(int begin, int end);
    void estimate();
    void estimatesArrived(int begin, int end);

    std::shared_ptr<const Core::Auditor> m_auditor;
    QDate m_asOf;
    QFutureWatcher<Core::WhatIfEntry> m_run;
    QFutureWatcher<Core::FinishEstimate> m_estimates;
    QList<int> m_estimateRows; // the row of each estimate, in the order asked for
    qsizetype m_estimated = 0;
    QList<Core::WhatIfEntry> m_entries;
    QSet<QString> m_goals;
    qsizetype m_total = 0;
    bool m_ranked = false;
    bool m_finished = false;
};

} // namespace Cairn::Ui

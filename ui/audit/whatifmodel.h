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
// on a worker thread and shown row by row as rows arrive. A
// new start() cancels a run that is still going: its rows are stale.
// Sorting is left to a proxy (SortRole holds each column's value).
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
    // Every row of the latest start() has arrived (the worker may have finished
    // a moment before its rows reach this thread).
    bool isFinished() const { return m_finished; }
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
    void finished();

private:
    void rowsArrived(int begin, int end);

    QFutureWatcher<Core::WhatIfEntry> m_run;
    QList<Core::WhatIfEntry> m_entries;
    QSet<QString> m_goals;
    qsizetype m_total = 0;
    bool m_finished = false;
};

} // namespace Cairn::Ui

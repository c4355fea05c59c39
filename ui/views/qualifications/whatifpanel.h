#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QTreeView;

namespace Cairn::Ui {

class AuditService;
class WhatIfModel;
class Workspace;

// Every qualification ranked for the open profile: credits still needed with
// and without plans, a rough cost and hours to finish, sortable. The ranking
// runs on the worker threads, fills in as rows arrive, and starts again when
// an edit makes it stale; the window never waits for it.
class WhatIfPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfPanel)

public:
    WhatIfPanel(Workspace &workspace, AuditService &audits, QWidget *parent = nullptr);

    // Starts the ranking if it has not run for the latest inputs.
    void activate();
    bool isSettled() const;
    WhatIfModel *model() const { return m_model; }
    QTreeView *table() const { return m_table; }
    QString selectedQualification() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void openRequested(const QString &code);
    void message(const QString &text);

private:
    void restart();
    void updateButtons();
    void widenCostsToFit();

    Workspace &m_workspace;
    AuditService &m_audits;
    WhatIfModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_table;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_makeGoal;
    QString m_reselect; // the qualification selected before a restart
    bool m_active = false;
    bool m_stale = true;
};

} // namespace Cairn::Ui

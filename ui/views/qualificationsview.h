#pragma once

#include <QWidget>

class QSettings;
class QTabWidget;

namespace Cairn::Ui {

class AuditPanel;
class AuditService;
class WhatIfPanel;
class Workspace;

// Qualifications: the audit of one qualification, and the what-if ranking
// of them all, as two tabs; opening a row of the ranking shows its audit.
class QualificationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualificationsView)

public:
    QualificationsView(Workspace &workspace, AuditService &audits, QWidget *parent = nullptr);

    AuditPanel *audit() const { return m_audit; }
    WhatIfPanel *whatIf() const { return m_whatIf; }
    void showAudit(const QString &qualificationCode);
    void showRanking();
    // Whether the tab on screen shows the latest inputs.
    bool isSettled() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void message(const QString &text);
    void settled();

private:
    QTabWidget *m_tabs;
    AuditPanel *m_audit;
    WhatIfPanel *m_whatIf;
};

} // namespace Cairn::Ui

#pragma once

class QAction;
class QLayout;

#include "audit/auditresult.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Cairn::Core {
class Auditor;
struct Qualification;
}

namespace Cairn::Ui {

class AdvisorDecisions;
class AuditService;
class AuditTreeModel;
class ContentSplit;
class EmptyState;
class FittedColumns;
class Workspace;

// The audit of one qualification for the open profile: a tree of its
// requirements with a bar per node, the courses counted and what is missing;
// beside it the suggested courses (each planned with one click) and the
// rules with their state, the expired records and the advisor's decisions,
// which are added, edited and removed from the context menus
// (AdvisorDecisions). Audits run on a worker thread; a newer edit makes an
// older result stale.
class AuditPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    AuditPanel(Workspace &workspace, AuditService &audits, QWidget *parent = nullptr);
    ~AuditPanel() override;

    void showQualification(const QString &code);
    QString qualification() const;
    void setMode(Core::AuditMode mode);
    Core::AuditMode mode() const;
    void setAsOf(const QDate &date);

    // Whether the audit on screen is the one of the latest inputs.
    bool isSettled() const;
    // A command of the window's shown as a button beside the view's own.
    void addCommand(QAction *action);
    AuditTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    FittedColumns *columns() const { return m_columns; }
    QTreeWidget *suggestions() const { return m_suggestions; }
    QTreeWidget *rules() const { return m_rules; }
    QLabel *summary() const { return m_summary; }

    // Advisor decisions on the node at `path` (tests call these; the context
    // menus do the same after asking).
    void waive(const QString &path);
    void substitute(const QString &path);
    void exclude(const QString &course);
    void editOverride(qsizetype index);
    void removeOverride(qsizetype index);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void message(const QString &text);
    void settled();

private:
    struct Audits
    {
        quint64 generation = 0;
        Core::AuditResult shown;
        std::optional<Core::AuditResult> earned;
    };

    void fillChoices();
    void audit();
    void showAudits();
    void showSuggestions(const Core::AuditResult &result);
    void showRules(const Core::AuditResult &result, const Core::Qualification &qualification);
    const Core::Qualification *currentQualification() const;

    Workspace &m_workspace;
    AuditService &m_audits;
    QComboBox *m_choice;
    QComboBox *m_mode;
    QDateEdit *m_asOf;
    QPushButton *m_makeGoal;
    QLabel *m_summary;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QSplitter *m_splitter;
    AuditTreeModel *m_model;
    QTreeView *m_tree;
    FittedColumns *m_columns = nullptr;
    ContentSplit *m_below = nullptr;
    QTreeWidget *m_suggestions;
    QTreeWidget *m_rules;
    QFutureWatcher<Audits> m_run;
    std::shared_ptr<const Core::Auditor> m_auditor; // the one m_run audits with
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    AdvisorDecisions *m_decisions;
    QLayout *m_commands = nullptr; // the bar of controls
};

} // namespace Cairn::Ui

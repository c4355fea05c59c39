#pragma once

#include <QAbstractButton>
#include <QWidget>

#include "audit/audittreemodel.h"

class QVBoxLayout;

namespace Cairn::Ui {

class AuditService;
class Workspace;

// One goal at the sidebar's foot: its code, how far along it is, and a
// three-part bar; clicking it opens its audit.
class GoalButton final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalButton)

public:
    GoalButton(const QString &code, const QString &title, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    void setProgress(const NodeProgress &progress, double percent);
    double percent() const { return m_percent; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_code;
    NodeProgress m_progress;
    double m_percent = 0.0;
};

// The sidebar's foot: the open profile's goals and their progress, always
// visible, updated after every edit (totals only: cheap enough for the GUI
// thread once the catalogue is read).
class GoalsFoot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsFoot)

public:
    GoalsFoot(Workspace &workspace, AuditService &audits, QWidget *parent = nullptr);

    QList<GoalButton *> buttons() const;

Q_SIGNALS:
    void goalClicked(const QString &code);

private:
    void refresh();

    Workspace &m_workspace;
    AuditService &m_audits;
    QVBoxLayout *m_rows;
};

} // namespace Cairn::Ui

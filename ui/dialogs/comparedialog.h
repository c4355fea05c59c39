#pragma once

#include "dashboard/qualificationcomparison.h"
#include "model/status.h"
#include "report/pageddocument.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Cairn::Core {
class Auditor;
}

namespace Cairn::Ui {

class Workspace;

// Compare side by side: two or three ways to a qualification (a
// qualification, or a route through one into the next) in columns, from
// the core's comparison: the credits still needed, the fastest finish, the
// cheapest cost, the hours, delivery, levels and the courses in common.
// Worked out on another thread; printable and exportable as PDF.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    static constexpr int mostWays = 3;

    using Stacking = QList<std::pair<QString, QString>>; // Core::stackingRelation()

    // `stacking` is the catalogue's stacking relation (a second's work at
    // 100,000 courses: the caller works it out once for both uses).
    CompareDialog(std::shared_ptr<const Core::Auditor> auditor, const Stacking &stacking, Workspace &workspace,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    // The ways a qualification invites: itself, and the routes that stack
    // through it (certificate → diploma) or into it.
    static QList<QStringList> waysFor(const Stacking &stacking, const QString &code);

    // Chooses the ways (at most three; each a list of codes) and compares them.
    void setWays(const QList<QStringList> &ways);
    QList<QStringList> ways() const;
    bool isSettled() const { return !m_comparing && !m_pending; }
    QTableWidget *table() const { return m_table; }
    const Core::QualificationComparison &comparison() const { return m_comparison; }
    Core::Status exportPdf(const QString &fileName, Core::PaperSize paper = Core::defaultPaperSize());

private:
    void compare();
    void showComparison(const Core::QualificationComparison &comparison);
    void printFromDialog();
    void exportFromDialog();

    std::shared_ptr<const Core::Auditor> m_auditor;
    Workspace &m_workspace;
    QList<QComboBox *> m_choices;
    QLabel *m_status;
    QTableWidget *m_table;
    QFutureWatcher<Core::QualificationComparison> m_watcher;
    Core::QualificationComparison m_comparison;
    bool m_pending = false; // the choice changed while a comparison ran
    // From the start of a comparison until it is shown: the watcher stops
    // running when the worker is done, before its `finished` reaches this
    // thread, and a settled dialog must show what was chosen.
    bool m_comparing = false;
};

} // namespace Cairn::Ui

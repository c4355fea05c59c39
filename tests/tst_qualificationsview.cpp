#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "audit/audittreemodel.h"
#include "audit/whatif.h"
#include "audit/whatifmodel.h"
#include "dialogs/formdialog.h"
#include "import/demodata.h"
#include "mainwindow.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "views/qualifications/auditpanel.h"
#include "views/qualifications/whatifpanel.h"
#include "views/goalsfoot.h"
#include "views/qualificationsview.h"
#include "views/sidebar.h"
#include "workspace.h"

#include <QHeaderView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "windowsession.h"
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

// The demo in a database (in memory, or a file read on a worker thread) and a
// window on its qualifications view.
struct Session : Cairn::Test::WindowSession
{
    explicit Session(bool fileDatabase = false)
        : WindowSession({QSize(1200, 760), true, fileDatabase})
    {
        window->showView(Sidebar::Qualifications);
        view = window->qualificationsView();
        audit = view->audit();
    }

    // The core's own audit of the open profile, for comparison.
    AuditResult expected(const QString &code, AuditMode mode) const
    {
        auto catalogue = std::make_shared<Catalogue>();
        if (!CatalogueRepository(database).load(*catalogue).ok())
            qFatal("cannot read the catalogue");
        const Auditor auditor(catalogue, workspace->profile());
        return auditor.audit(*auditor.index().qualification(code), mode, QDate::currentDate());
    }

    bool showAudit(const QString &code)
    {
        audit->showQualification(code);
        return QTest::qWaitFor([this, code] { return audit->isSettled() && audit->model()->result().qualification == code; });
    }

    QualificationsView *view = nullptr;
    AuditPanel *audit = nullptr;
};

// Fills the open decision dialog and presses OK (or Cancel).
void answerOverrideDialog(const QString &reason, const QString &advisor, bool accept = true, QString *problem = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>()->setPlainText(reason);
        auto *name = dialog->findChild<QLineEdit *>();
        name->setText(advisor);
        if (problem)
            *problem = dialog->problemLabel()->text();
        if (accept && dialog->okButton()->isEnabled())
            dialog->accept();
        else
            dialog->reject();
    });
}

double remainingOf(const AuditTreeModel &model, const QString &path)
{
    const QModelIndex index = model.indexOfPath(path);
    return index.isValid() ? model.nodeAt(index)->remaining : -1.0;
}

} // namespace

class TestQualificationsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCoresAuditOfAGoalFirst()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.audit->isSettled(); }));
        auto *choice = session.audit->findChild<QComboBox *>();
        QVERIFY(choice->itemText(0).contains(QStringLiteral("(goal)")));
        QCOMPARE(session.audit->qualification(), session.workspace->profile().goals.first());

        QVERIFY(session.showAudit(QStringLiteral("BAT-DIGI")));
        const AuditResult expected = session.expected(QStringLiteral("BAT-DIGI"), AuditMode::Planned);
        const AuditTreeModel &model = *session.audit->model();
        QCOMPARE(model.result().remainingCredits, expected.remainingCredits);
        QCOMPARE(model.result().requirements->children.size(), expected.requirements->children.size());
        for (size_t i = 0; i < expected.requirements->children.size(); ++i) {
            const NodeResult &node = expected.requirements->children[i];
            QCOMPARE(remainingOf(model, node.path), node.remaining);
            const QModelIndex index = model.indexOfPath(node.path, AuditTreeModel::Counted);
            QCOMPARE(index.data().toString(), node.allocated.join(QStringLiteral(", ")));
        }
        QVERIFY(session.audit->summary()->text().contains(QStringLiteral("credits still needed")));
        // Every unmet leaf that counts offers its suggestions, each with a Plan button.
        QVERIFY(session.audit->suggestions()->topLevelItemCount() > 0);
        QVERIFY(!session.audit->suggestions()->findChildren<QPushButton *>().isEmpty());
    }

    void theSummarySaysWhatTheRequirementsAskWhenItIsMore()
    {
        Session session;
        QVERIFY(session.showAudit(QStringLiteral("CERT-CYB5")));
        QVERIFY(!session.audit->summary()->text().contains(QStringLiteral("its requirements ask for")));
        // The same certificate said to need a single credit: its requirements
        // still ask what they did, and the credits still needed are of that.
        auto catalogue = std::make_shared<Catalogue>();
        QVERIFY(CatalogueRepository(session.database).load(*catalogue).ok());
        Qualification certificate = *CatalogueIndex(*catalogue).qualification(QStringLiteral("CERT-CYB5"));
        certificate.credits = 1;
        QVERIFY(session.workspace->putQualification(certificate).ok());
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isSettled() && session.audit->model()->result().creditsRequired == 1.0;
        }));
        const AuditResult expected = session.expected(QStringLiteral("CERT-CYB5"), AuditMode::Planned);
        QVERIFY(expected.creditsInAll > 1.0);
        QVERIFY2(session.audit->summary()->text().contains(
                     QStringLiteral("its requirements ask for %1").arg(expected.creditsInAll)),
                 qPrintable(session.audit->summary()->text()));
    }

    void earnedOnlyAndTheDateChangeTheAudit()
    {
        Session session;
        QVERIFY(session.showAudit(QStringLiteral("DIP-DA5")));
        QVERIFY(session.audit->model()->result().complete); // with what is planned
        // The demo's advisor let EXT-UX1 count toward the visualisation electives: the tree says so.
        const AuditOverride substitution = session.workspace->profile().overrides.first();
        QCOMPARE(substitution.kind, AuditOverride::Kind::Substitute);
        QVERIFY(session.audit->model()->indexOfPath(substitution.node, AuditTreeModel::Counted).data().toString()
                    .contains(substitution.course + QStringLiteral(" (by decision)")));
        session.audit->setMode(AuditMode::Earned);
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isSettled() && session.audit->model()->result().mode == AuditMode::Earned;
        }));
        const AuditResult earned = session.expected(QStringLiteral("DIP-DA5"), AuditMode::Earned);
        QVERIFY(!earned.complete);
        QCOMPARE(session.audit->model()->result().remainingCredits, earned.remainingCredits);
        // Bars: in earned mode nothing is shown as planned.
        const auto progress = session.audit->model()->index(0, AuditTreeModel::Progress).data(AuditTreeModel::ProgressRole).value<NodeProgress>();
        QCOMPARE(progress.earned, progress.planned);

        // Far in the future the recognised transfer credit has expired too.
        session.audit->setAsOf(QDate(2040, 1, 1));
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isSettled() && session.audit->model()->result().asOf == QDate(2040, 1, 1);
        }));
        QVERIFY(session.audit->model()->result().expired.size() > earned.expired.size());
        QTreeWidget *rules = session.audit->rules();
        bool listed = false;
        for (int i = 0; i < rules->topLevelItemCount(); ++i)
            listed |= rules->topLevelItem(i)->text(0) == QStringLiteral("Expired records");
        QVERIFY(listed);
    }

    void planningASuggestionIsOneUndoableStepThatUpdatesTheAudit()
    {
        Session session;
        QVERIFY(session.showAudit(QStringLiteral("BAT-DIGI")));
        const double before = session.audit->model()->result().remainingCredits;
        QTreeWidgetItem *first = session.audit->suggestions()->topLevelItem(0)->child(0);
        const QString code = first->data(0, Qt::UserRole + 2).toString();
        auto *plan = qobject_cast<QPushButton *>(session.audit->suggestions()->itemWidget(first, 4));
        QVERIFY(plan);
        QCOMPARE(plan->accessibleName(), QStringLiteral("Plan %1").arg(code));
        QTest::mouseClick(plan, Qt::LeftButton);
        QVERIFY(session.workspace->profile().record(code));
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isSettled() && session.audit->model()->result().remainingCredits < before;
        }));
        QCOMPARE(session.audit->model()->result().remainingCredits,
                 session.expected(QStringLiteral("BAT-DIGI"), AuditMode::Planned).remainingCredits);

        session.workspace->undoStack()->undo();
        QVERIFY(!session.workspace->profile().record(code));
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isSettled() && session.audit->model()->result().remainingCredits == before;
        }));
    }

    void anAdvisorWaivesARequirementWithAReasonAndName()
    {
        Session session;
        QVERIFY(session.showAudit(QStringLiteral("BAT-DIGI")));
        const QString path = session.audit->model()->result().requirements->children[2].path;
        QVERIFY(remainingOf(*session.audit->model(), path) > 0);
        const qsizetype overridesBefore = session.workspace->profile().overrides.size();

        // Without a name the dialog refuses, and nothing is written.
        QString problem;
        answerOverrideDialog(QStringLiteral("Industry project done at work"), QString(), true, &problem);
        session.audit->waive(path);
        QVERIFY2(problem.contains(QStringLiteral("advisor")), qPrintable(problem));
        QCOMPARE(session.workspace->profile().overrides.size(), overridesBefore);

        answerOverrideDialog(QStringLiteral("Industry project done at work"), QStringLiteral("M. Reid"));
        session.audit->waive(path);
        QCOMPARE(session.workspace->profile().overrides.size(), overridesBefore + 1);
        const AuditOverride added = session.workspace->profile().overrides.last();
        QCOMPARE(added.kind, AuditOverride::Kind::Waive);
        QCOMPARE(added.node, path);
        QCOMPARE(added.advisor, QStringLiteral("M. Reid"));
        QVERIFY(QTest::qWaitFor([&] { return session.audit->isSettled() && remainingOf(*session.audit->model(), path) == 0; }));
        QVERIFY(session.audit->model()->indexOfPath(path).data(AuditTreeModel::WaivedRole).toBool());
        // Stored: a fresh read of the profile has it.
        LearnerProfile stored;
        QVERIFY(LearnerRepository(session.database).load(session.workspace->profileId(), stored).ok());
        QCOMPARE(stored.overrides.last(), added);

        // Shown among the decisions, and undone in one step.
        QVERIFY(session.audit->rules()->findItems(QStringLiteral("M. Reid"), Qt::MatchContains | Qt::MatchRecursive).size() == 1);
        session.workspace->undoStack()->undo();
        QCOMPARE(session.workspace->profile().overrides.size(), overridesBefore);
        QVERIFY(QTest::qWaitFor([&] { return session.audit->isSettled() && remainingOf(*session.audit->model(), path) > 0; }));
    }

    void excludingAndRemovingADecision()
    {
        Session session;
        QVERIFY(session.showAudit(QStringLiteral("DIP-DA5")));
        const double before = session.audit->model()->result().creditsCounted;
        answerOverrideDialog(QStringLiteral("Counted toward another award"), QStringLiteral("M. Reid"));
        session.audit->exclude(QStringLiteral("DAT402"));
        QCOMPARE(session.workspace->profile().overrides.last().course, QStringLiteral("DAT402"));
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isSettled() && session.audit->model()->result().excluded.contains(QStringLiteral("DAT402"));
        }));
        QVERIFY(session.audit->model()->result().creditsCounted < before);
        session.audit->removeOverride(session.workspace->profile().overrides.size() - 1);
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isSettled() && session.audit->model()->result().creditsCounted == before;
        }));
    }

    void workspaceRefusesADecisionTheCoreRefuses()
    {
        Session session;
        const Qualification q = *CatalogueRepository(session.database).loadQualification(QStringLiteral("DIP-DA5"));
        const LearnerProfile before = session.workspace->profile();
        const AuditOverride noReason{AuditOverride::Kind::Waive, q.code, QStringLiteral("requirements.allOf[0]"), {}, {},
                                     QStringLiteral("M. Reid")};
        QVERIFY(!session.workspace->putOverride(std::nullopt, noReason, q).ok());
        const AuditOverride noSuchNode{AuditOverride::Kind::Waive, q.code, QStringLiteral("requirements.allOf[9]"), {},
                                       QStringLiteral("why"), QStringLiteral("M. Reid")};
        const Status refused = session.workspace->putOverride(std::nullopt, noSuchNode, q);
        QVERIFY(refused.message().contains(QStringLiteral("requirements.allOf[9]")));
        QVERIFY(!session.workspace->removeOverride(99).ok());
        QCOMPARE(session.workspace->profile(), before);
    }

    void theRankingMatchesTheCoreAndRestartsAfterAnEdit()
    {
        Session session(true); // a file: the catalogue is read on a worker thread
        session.view->showRanking();
        WhatIfPanel *panel = session.view->whatIf();
        QVERIFY(QTest::qWaitFor([&] { return panel->isSettled(); }, 20000));
        QCOMPARE(session.window->audits()->error(), QString());
        const auto check = [&] {
            auto catalogue = std::make_shared<Catalogue>();
            QVERIFY(CatalogueRepository(session.database).load(*catalogue).ok());
            const QList<WhatIfEntry> ranking = rankQualifications(Auditor(catalogue, session.workspace->profile()),
                                                                  QDate::currentDate());
            WhatIfModel *model = panel->model();
            QCOMPARE(model->rowCount(), int(ranking.size()));
            for (const WhatIfEntry &entry : ranking) {
                const WhatIfEntry *shown = model->entryAt(model->rowOf(entry.qualification));
                QVERIFY(shown);
                QCOMPARE(shown->planned.remainingCredits, entry.planned.remainingCredits);
                QCOMPARE(shown->earned.remainingCredits, entry.earned.remainingCredits);
                QVERIFY(shown->estimated); // filled in after the ranking
                QCOMPARE(shown->estimate.courses, entry.estimate.courses);
            }
            // In the core's order, row by row: rows with the same credits
            // still needed too, whichever core finished them first.
            QTreeView *table = panel->table();
            for (int row = 0; row < table->model()->rowCount(); ++row)
                QCOMPARE(table->model()->index(row, 0).data(WhatIfModel::CodeRole).toString(),
                         ranking[row].qualification);
        };
        check();
        // A column too narrow for its estimates is widened once they are in.
        QHeaderView *header = panel->table()->header();
        header->resizeSection(WhatIfModel::Cost, 20);
        // An edit makes the ranking stale: it runs again on the new profile.
        QSignalSpy restarted(panel->model(), &WhatIfModel::progressed);
        const std::shared_ptr<const Auditor> before = session.window->audits()->auditor();
        QVERIFY(session.workspace->planCourses({QStringLiteral("CYB501")}).ok());
        // A new auditor for the new profile over the same catalogue index.
        QVERIFY(session.window->audits()->auditor() != before);
        QCOMPARE(&session.window->audits()->auditor()->index(), &before->index());
        QVERIFY(!restarted.isEmpty());
        QCOMPARE(restarted.first().at(0).value<qsizetype>(), 0); // started again from nothing
        QVERIFY(QTest::qWaitFor([&] { return panel->isSettled(); }, 20000));
        check();
        int widest = 0;
        for (int row = 0; row < panel->table()->model()->rowCount(); ++row) {
            const QString cost = panel->table()->model()->index(row, WhatIfModel::Cost).data().toString();
            widest = std::max(widest, panel->table()->fontMetrics().horizontalAdvance(cost));
        }
        QVERIFY(widest > 20);
        const QByteArray widths = QByteArray::number(header->sectionSize(WhatIfModel::Cost)) + " for "
            + QByteArray::number(widest);
        QVERIFY2(header->sectionSize(WhatIfModel::Cost) >= widest, widths.constData());

        // Opening a row shows its audit; "make this a goal" is one undoable step.
        const QModelIndex row = panel->table()->model()->index(0, 0);
        const QString code = row.data(WhatIfModel::CodeRole).toString();
        panel->table()->setCurrentIndex(row);
        const bool wasGoal = session.workspace->profile().goals.contains(code);
        auto *makeGoal = panel->findChildren<QPushButton *>().last();
        QCOMPARE(makeGoal->isEnabled(), !wasGoal);
        if (!wasGoal) {
            QTest::mouseClick(makeGoal, Qt::LeftButton);
            QVERIFY(session.workspace->profile().goals.contains(code));
            session.workspace->undoStack()->undo();
            QVERIFY(!session.workspace->profile().goals.contains(code));
        }
        Q_EMIT panel->openRequested(code);
        QVERIFY(QTest::qWaitFor([&] {
            return session.audit->isVisible() && session.audit->isSettled()
                   && session.audit->model()->result().qualification == code;
        }));
    }

    // The ranking is shown before the estimates: when every row is in, the
    // cost and hours of a row not yet estimated read "…" and sort last;
    // when the panel settles, every row has its estimate.
    // Sixty copies of one qualification tie on every figure; listed in the
    // catalogue from the last code to the first, they mostly finish in that
    // order, and the model must still hold them as the core ranks them.
    void rowsThatTieStandInTheRankingsOrder()
    {
        Session session(true);
        auto catalogue = std::make_shared<Catalogue>();
        QVERIFY(CatalogueRepository(session.database).load(*catalogue).ok());
        const Qualification copied = catalogue->qualifications.front();
        for (int copy = 60; copy-- > 0;) {
            Qualification tie = copied;
            tie.code = QStringLiteral("TIE-%1").arg(copy, 2, 10, QLatin1Char('0'));
            catalogue->qualifications.append(tie);
        }
        const auto auditor = std::make_shared<const Auditor>(catalogue, session.workspace->profile());
        WhatIfModel model;
        model.start(auditor, QDate::currentDate());
        QVERIFY(QTest::qWaitFor([&] { return model.isRanked(); }, 20000));
        const QList<WhatIfEntry> ranking = rankQualifications(*auditor, QDate::currentDate(), AuditMode::Planned,
                                                              WhatIfDetail::Ranking);
        QCOMPARE(model.rowCount(), int(ranking.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.entryAt(row)->qualification, ranking[row].qualification);
    }

    void theRankingComesFirstAndTheEstimatesAfter()
    {
        Session session(true);
        WhatIfPanel *panel = session.view->whatIf();
        WhatIfModel *model = panel->model();
        int rowsWhenRanked = -1;
        int waiting = 0;
        QStringList shown;
        QList<double> hoursKeys;
        connect(model, &WhatIfModel::ranked, this, [&] {
            rowsWhenRanked = model->rowCount();
            for (int row = 0; row < model->rowCount(); ++row) {
                const WhatIfEntry *entry = model->entryAt(row);
                if (entry->planned.complete || entry->estimated)
                    continue;
                ++waiting;
                shown.append(model->index(row, WhatIfModel::Cost).data().toString());
                hoursKeys.append(model->index(row, WhatIfModel::Hours).data(WhatIfModel::SortRole).toDouble());
            }
        });
        session.view->showRanking();
        QVERIFY(QTest::qWaitFor([&] { return panel->isSettled(); }, 20000));
        QCOMPARE(rowsWhenRanked, int(model->total()));
        QVERIFY(waiting > 0);
        QCOMPARE(shown, QStringList(waiting, QStringLiteral("…")));
        for (double key : std::as_const(hoursKeys))
            QVERIFY(std::isinf(key));
        for (int row = 0; row < model->rowCount(); ++row) {
            const WhatIfEntry *entry = model->entryAt(row);
            QVERIFY(entry->estimated);
            if (!entry->planned.complete)
                QVERIFY(model->index(row, WhatIfModel::Cost).data().toString() != QStringLiteral("…"));
        }
    }

    void theSidebarShowsEachGoalAndOpensItsAudit()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.audit->isSettled(); }));
        const QList<GoalButton *> goals = session.window->goals()->buttons();
        QCOMPARE(goals.size(), session.workspace->profile().goals.size());
        GoalButton *second = goals.at(1);
        const double before = second->percent();
        QCOMPARE(before, session.expected(second->code(), AuditMode::Planned).percent);
        QVERIFY(second->accessibleName().contains(second->code()));

        // Planning what the audit suggests moves the goal's bar at once.
        QVERIFY(session.showAudit(second->code()));
        QTreeWidgetItem *first = session.audit->suggestions()->topLevelItem(0)->child(0);
        QVERIFY(session.workspace->planCourses({first->data(0, Qt::UserRole + 2).toString()}).ok());
        GoalButton *updated = session.window->goals()->buttons().at(1);
        QVERIFY(updated->percent() > before);

        session.window->showView(Sidebar::Catalogue);
        QTest::mouseClick(session.window->goals()->buttons().at(0), Qt::LeftButton);
        QCOMPARE(session.window->currentView(), int(Sidebar::Qualifications));
        QCOMPARE(session.audit->qualification(), session.workspace->profile().goals.first());
    }

    void withoutAProfileItSaysWhatToDo()
    {
        Session session;
        QVERIFY(session.workspace->openProfile(0).ok());
        QVERIFY(QTest::qWaitFor([&] { return session.audit->isSettled(); }));
        QCOMPARE(session.audit->model()->rowCount(), 0);
        const QList<QLabel *> labels = session.audit->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->isVisible() && label->text() == QStringLiteral("No profile open");
        }));
    }
};

QTEST_MAIN(TestQualificationsView)
#include "tst_qualificationsview.moc"

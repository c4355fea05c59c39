// The audit panel's and the plan's columns, and the audit panel's panes, are
// as wide as what they show needs, within bounds, until the user sizes them;
// then they stay the user's.

#include "audit/audittreemodel.h"
#include "mainwindow.h"
#include "models/recordsmodel.h"
#include "views/planview.h"
#include "views/contentsplit.h"
#include "views/fittedcolumns.h"
#include "views/wrappingbar.h"
#include "views/qualifications/auditpanel.h"
#include "views/qualificationsview.h"
#include "views/sidebar.h"
#include "windowsession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Cairn::Ui;

namespace {

struct Session : Cairn::Test::WindowSession
{
    Session() : WindowSession({QSize(1200, 760), true, false})
    {
        window->showView(Sidebar::Qualifications);
        audit = window->qualificationsView()->audit();
    }

    bool showAudit(const QString &code)
    {
        audit->showQualification(code);
        return QTest::qWaitFor([this, code] { return audit->isSettled() && audit->model()->result().qualification == code; });
    }

    int width(int column) const { return audit->tree()->header()->sectionSize(column); }

    QSplitter *below() const
    {
        for (QSplitter *splitter : audit->findChildren<QSplitter *>()) {
            if (splitter->orientation() == Qt::Horizontal)
                return splitter;
        }
        return nullptr;
    }

    AuditPanel *audit = nullptr;
};

} // namespace

class TestFittedLayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requirementTitlesAreWholeAndTheCountedCoursesNoWiderThanNeeded()
    {
        Session session;
        QVERIFY(session.showAudit(QStringLiteral("CERT-CYB5")));
        QTreeView *tree = session.audit->tree();
        const int titles = FittedColumns::oneLineWidth(tree, AuditTreeModel::Requirement);
        // "CYB504 Governance, risk and compliance", two levels down, fits; it did not at 280 pixels.
        QVERIFY2(titles > 280, qPrintable(QString::number(titles)));
        QCOMPARE(session.width(AuditTreeModel::Requirement), titles);
        // What is missing keeps at least a quarter.
        QVERIFY(tree->header()->sectionSize(AuditTreeModel::Missing) >= tree->viewport()->width() / 4);
        // The progress: bar, gap and "30 of 55 credits" on one line, as the delegate paints them.
        const QModelIndex root = session.audit->model()->index(0, AuditTreeModel::Progress);
        const int progressText = tree->fontMetrics().horizontalAdvance(root.data().toString());
        QVERIFY2(session.width(AuditTreeModel::Progress) >= 4 + 90 + 8 + progressText + 4,
                 qPrintable(QStringLiteral("%1 for \"%2\"").arg(session.width(AuditTreeModel::Progress)).arg(root.data().toString())));
        // Course codes only: narrower than the 230 pixels it was given before.
        QVERIFY(session.width(AuditTreeModel::Counted) < 230);
        QVERIFY(session.width(AuditTreeModel::Counted)
                >= FittedColumns::oneLineWidth(tree, AuditTreeModel::Counted));
        QVERIFY(session.width(AuditTreeModel::Counted)
                >= tree->header()->sectionSizeHint(AuditTreeModel::Counted)); // its heading too

        // Another audit is fitted again.
        QVERIFY(session.showAudit(QStringLiteral("DIP-DA5")));
        QCOMPARE(session.width(AuditTreeModel::Counted),
                 std::max(FittedColumns::oneLineWidth(tree, AuditTreeModel::Counted),
                          tree->header()->sectionSizeHint(AuditTreeModel::Counted)));
    }

    void aColumnTheUserSizedStaysTheirsAcrossAuditsAndSessions()
    {
        QByteArray saved;
        {
            Session session;
            QVERIFY(session.showAudit(QStringLiteral("CERT-CYB5")));
            QVERIFY(!session.audit->columns()->sizedByUser());
            session.audit->tree()->header()->resizeSection(AuditTreeModel::Requirement, 150); // the user's drag
            QVERIFY(session.audit->columns()->sizedByUser());
            QVERIFY(session.showAudit(QStringLiteral("DIP-DA5")));
            QCOMPARE(session.width(AuditTreeModel::Requirement), 150);
            session.window->resize(1000, 700); // a narrower window changes only the last column
            QTest::qWait(50);
            QCOMPARE(session.width(AuditTreeModel::Requirement), 150);
            saved = session.audit->columns()->save();
        }
        Session again;
        again.audit->columns()->restore(saved);
        QVERIFY(again.audit->columns()->sizedByUser());
        QVERIFY(again.showAudit(QStringLiteral("CERT-CYB5")));
        QCOMPARE(again.width(AuditTreeModel::Requirement), 150);

        // A state saved by an older Cairn (a bare header state) is fitted from the rows.
        Session older;
        older.audit->columns()->restore(older.audit->tree()->header()->saveState());
        QVERIFY(!older.audit->columns()->sizedByUser());
    }

    void theSuggestionsAndTheRulesShareTheWidthByWhatTheyShow()
    {
        Session session;
        QSplitter *below = session.below();
        QVERIFY(below);
        // Suggestions with long titles and short rules: the suggestions get more.
        QVERIFY(session.showAudit(QStringLiteral("CERT-CYB5")));
        QVERIFY(session.audit->suggestions()->topLevelItemCount() > 0);
        QVERIFY2(below->sizes().at(0) > below->sizes().at(1), qPrintable(QStringLiteral("%1 %2").arg(below->sizes().at(0)).arg(below->sizes().at(1))));
        // Nothing missing and a long advisor's decision: the rules get more,
        // and the suggestions keep their headings whole.
        QVERIFY(session.showAudit(QStringLiteral("DIP-DA5")));
        QVERIFY(below->sizes().at(1) > below->sizes().at(0));
        QTreeWidget *suggestions = session.audit->suggestions();
        QVERIFY(suggestions->header()->sectionSize(0) >= suggestions->header()->sectionSizeHint(0));

        // Once the user moves the handle, the split is theirs.
        Q_EMIT below->splitterMoved(300, 1);
        below->setSizes({700, below->width() - 700});
        const QList<int> chosen = below->sizes();
        QVERIFY(session.showAudit(QStringLiteral("CERT-CYB5")));
        QCOMPARE(below->sizes(), chosen);
    }

    void tooNarrowForAllTheShortColumnsStayWholeAndTheWidestAreCutAlike()
    {
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("Code"), QStringLiteral("Title"), QStringLiteral("Schedule"),
                                         QStringLiteral("Notes")});
        model.appendRow({new QStandardItem(QStringLiteral("DAT403")),
                         new QStandardItem(QStringLiteral("Introduction to programming with Python and data")),
                         new QStandardItem(QStringLiteral("6 Sep 2027 – 5 Dec 2027 · 9.62 h a week, then again")),
                         new QStandardItem(QStringLiteral("a note"))});
        QTreeView view;
        view.setModel(&model);
        view.header()->setStretchLastSection(true);
        view.resize(420, 200);
        FittedColumns columns(&view, {0, 1, 2}, 0.25);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        columns.fit();
        QHeaderView *header = view.header();
        const int room = view.viewport()->width();
        QCOMPARE(header->sectionSize(0), FittedColumns::oneLineWidth(&view, 0)); // the code, whole
        QVERIFY(std::abs(header->sectionSize(1) - header->sectionSize(2)) <= 1); // the two widest alike
        QVERIFY(header->sectionSize(1) < FittedColumns::oneLineWidth(&view, 1));
        QVERIFY(header->sectionSize(0) + header->sectionSize(1) + header->sectionSize(2) <= room - room / 4);
        QVERIFY(header->sectionSize(3) >= room / 4); // the notes keep a quarter

        // Wide enough: every column as wide as its line.
        view.resize(1400, 200);
        QVERIFY(QTest::qWaitFor([&] { return view.viewport()->width() > 1300; }));
        for (int column = 0; column < 3; ++column)
            QCOMPARE(header->sectionSize(column), FittedColumns::oneLineWidth(&view, column));
    }

    void aBarOfControlsGoesOnInASecondRowWhenNarrow()
    {
        QWidget host;
        auto *bar = new WrappingBar(&host);
        bar->setSpacing(10);
        QList<QPushButton *> buttons;
        for (const int width : {200, 150, 150}) {
            auto *button = new QPushButton(QStringLiteral("b"), &host);
            button->setFixedWidth(width);
            bar->addWidget(button);
            buttons.append(button);
        }
        bar->setStretchItem(1);
        QCOMPARE(bar->minimumSize().width(), 200); // its widest item
        QCOMPARE(bar->sizeHint().width(), 200 + 10 + 150 + 10 + 150);

        // Wide: one row, and the stretching item takes what is left.
        bar->setGeometry(QRect(0, 0, 600, bar->heightForWidth(600)));
        QCOMPARE(buttons[0]->y(), buttons[2]->y());
        QCOMPARE(buttons[2]->geometry().right(), 599);
        // Narrow: the last goes on in a second row, and the bar is taller.
        const int oneRow = bar->heightForWidth(600);
        QVERIFY(bar->heightForWidth(400) > oneRow);
        bar->setGeometry(QRect(0, 0, 400, bar->heightForWidth(400)));
        QCOMPARE(buttons[0]->y(), buttons[1]->y());
        QVERIFY(buttons[2]->y() > buttons[1]->y());
        QCOMPARE(buttons[2]->x(), 0);
    }

    void theWindowFitsAProjectorOf1024Pixels()
    {
        Session session;
        for (const int view : {int(Sidebar::Catalogue), int(Sidebar::Plan), int(Sidebar::Qualifications),
                               int(Sidebar::Pathways), int(Sidebar::Dashboard)})
            session.window->showView(view);
        // The audit panel's and the pathways' bars of controls made it 1,163 pixels.
        QVERIFY2(session.window->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(session.window->minimumSizeHint().width())));

        session.window->resize(1024, 700);
        session.window->showView(Sidebar::Qualifications);
        QVERIFY(session.showAudit(QStringLiteral("CERT-CYB5")));
        QTest::qWait(50);
        // Every control of the audit's bar is shown whole inside the panel, in a second row if need be.
        const QRect panel = session.audit->rect();
        for (QWidget *control : std::initializer_list<QWidget *>{session.audit->findChild<QComboBox *>(),
                                                                 session.audit->findChild<QDateEdit *>()}) {
            const QRect shown(control->mapTo(session.audit, QPoint(0, 0)), control->size());
            QVERIFY2(panel.contains(shown), qPrintable(control->accessibleName()));
            QVERIFY(control->width() >= control->minimumSizeHint().width());
        }
    }

    void thePlansTitlesAndSchedulesAreWhole()
    {
        Session session;
        session.window->showView(Sidebar::Plan);
        QTreeView *records = session.window->planView()->records();
        QVERIFY(QTest::qWaitFor([records] { return records->model()->rowCount() > 0; }));
        QTest::qWait(50);
        QHeaderView *header = records->header();
        const auto fitted = [&] {
            int total = 0;
            for (int column = 0; column < header->count() - 1; ++column)
                total += header->sectionSize(column);
            return total;
        };
        for (const int column : {int(RecordsModel::Title), int(RecordsModel::Schedule)}) {
            // "Introduction to programming with Python" and "6 Sep 2027 – 5 Dec 2027 · 9.62 h a week"
            // were cut at 230 and 250 pixels.
            QCOMPARE(header->sectionSize(column), FittedColumns::oneLineWidth(records, column));
        }
        QVERIFY(FittedColumns::oneLineWidth(records, RecordsModel::Schedule) > 250);
        QVERIFY2(fitted() < records->viewport()->width(), "no scrolling sideways");
    }
};

QTEST_MAIN(TestFittedLayouts)
#include "tst_fittedlayouts.moc"

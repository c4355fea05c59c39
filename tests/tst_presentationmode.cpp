#include "import/demodata.h"
#include "mainwindow.h"
#include "models/recordsmodel.h"
#include "presentationmode.h"
#include "storage/database.h"
#include "views/pathwaysview.h"
#include "views/planview.h"
#include "views/qualificationsview.h"
#include "views/sidebar.h"
#include "windowsession.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

const QString note = QStringLiteral("Ask about fee support before May");

struct Session : Cairn::Test::WindowSession
{
    Session()
    {
        // A private note on a record, to look for.
        Record record = workspace->profile().records.first();
        record.notes = note;
        if (!workspace->replaceRecord(record))
            qFatal("cannot write the note");
    }
};

// Every text a visible widget of `window` shows: labels, buttons, combo box
// items, the title, and the cells of the visible columns of item views.
QStringList shownTexts(QWidget &window)
{
    QStringList texts{window.windowTitle()};
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int index = 0; index < combo->count(); ++index)
                texts.append(combo->itemText(index));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget);
                   view && !qobject_cast<QHeaderView *>(widget)) { // a header shows its view's titles only
            const QAbstractItemModel *model = view->model();
            auto *tree = qobject_cast<QTreeView *>(view);
            if (!model)
                continue;
            const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < model->rowCount(parent) && row < 500; ++row) {
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        if (tree && tree->isColumnHidden(column))
                            continue;
                        texts.append(model->index(row, column, parent).data().toString());
                    }
                    walk(model->index(row, 0, parent));
                }
            };
            walk(QModelIndex());
        }
    }
    return texts;
}

// The texts that give the learner away, and the first one found in `texts`.
QString personalDetailIn(const QStringList &texts, const LearnerProfile &learner)
{
    QStringList grades;
    for (const Record &record : learner.records) {
        if (!record.grade.isEmpty())
            grades.append(record.grade);
    }
    for (const QString &text : texts) {
        if (text.contains(learner.name) || text.contains(learner.name.section(u' ', 0, 0)) || text.contains(note))
            return text;
        if (grades.contains(text.trimmed()))
            return text;
    }
    return {};
}

void visit(Session &session, int view)
{
    session.window->showView(view);
    QVERIFY(QTest::qWaitFor([&] { return session.window->isViewSettled(); }, 20000));
    QApplication::processEvents();
}

} // namespace

class TestPresentationMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theWindowShowsPersonalDetailsOutsidePresentations();
    void presentingHidesThemInEveryView();
    void leavingBringsEverythingBack();
    void switchingKeepsTheQualification();
};

void TestPresentationMode::theWindowShowsPersonalDetailsOutsidePresentations()
{
    // The check below must be able to fail: without presentation mode the
    // plan view shows the name, the grades and the note.
    Session session;
    visit(session, Sidebar::Plan);
    QVERIFY(!personalDetailIn(shownTexts(*session.window), session.workspace->profile()).isEmpty());
}

void TestPresentationMode::presentingHidesThemInEveryView()
{
    Session session;
    QAction *action = session.window->findChild<QAction *>(QStringLiteral("presentationMode"));
    QVERIFY(action);
    const QFont before = session.window->font();
    action->trigger();
    QVERIFY(session.workspace->isPresenting());
    QVERIFY(session.window->isFullScreen());
    QCOMPARE(session.window->font().pointSizeF(), before.pointSizeF() * PresentationMode::fontScale);
    QVERIFY(!session.window->statusBar()->isVisible());
    for (int view = 0; view < Sidebar::ViewCount; ++view) {
        visit(session, view);
        const QString found = personalDetailIn(shownTexts(*session.window), session.workspace->profile());
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("view %1 shows \"%2\"").arg(view).arg(found)));
    }
    // Costs are the learner's own too: the plan's summary leaves them out.
    visit(session, Sidebar::Plan);
    for (const QString &text : shownTexts(*session.window))
        QVERIFY2(!text.startsWith(QStringLiteral("Cost:")) && !text.contains(QStringLiteral("\nCost:")), qPrintable(text));
}

void TestPresentationMode::leavingBringsEverythingBack()
{
    Session session;
    PresentationMode *presentation = session.window->presentation();
    presentation->setActive(true);
    QTest::keyClick(session.window.get(), Qt::Key_Escape);
    QVERIFY(!session.workspace->isPresenting());
    QVERIFY(!session.window->isFullScreen());
    QVERIFY(session.window->statusBar()->isVisible());
    QVERIFY(session.window->windowTitle().contains(session.workspace->profile().name));
    visit(session, Sidebar::Plan);
    QVERIFY(!session.window->planView()->records()->isColumnHidden(RecordsModel::Grade));
    QVERIFY(!session.window->planView()->records()->isColumnHidden(RecordsModel::Notes));
    // Esc means nothing to the window when it is not presenting.
    QTest::keyClick(session.window.get(), Qt::Key_Escape);
    QVERIFY(!session.workspace->isPresenting());
}

void TestPresentationMode::switchingKeepsTheQualification()
{
    Session session;
    session.window->qualificationsView()->showAudit(QStringLiteral("CERT-DA4"));
    visit(session, Sidebar::Qualifications);
    QAction *switchViews = session.window->findChild<QAction *>(QStringLiteral("switchPathwaysQualifications"));
    QVERIFY(switchViews);
    switchViews->trigger();
    QCOMPARE(session.window->currentView(), int(Sidebar::Pathways));
    QCOMPARE(session.window->currentQualification(), QStringLiteral("CERT-DA4"));
    session.window->pathwaysView()->showQualification(QStringLiteral("DIP-DA5"));
    switchViews->trigger();
    QCOMPARE(session.window->currentView(), int(Sidebar::Qualifications));
    QCOMPARE(session.window->currentQualification(), QStringLiteral("DIP-DA5"));
}

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"

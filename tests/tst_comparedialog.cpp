#include "pdftext.h"

#include "dialogs/comparedialog.h"
#include "import/demodata.h"
#include "mainwindow.h"
#include "report/comparisonreport.h"
#include "storage/database.h"
#include "views/pathwaysview.h"
#include "views/qualificationsview.h"
#include "views/sidebar.h"
#include "windowsession.h"
#include "workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

struct Session : Cairn::Test::WindowSession
{
    void visit(int view, const QString &code)
    {
        if (view == Sidebar::Pathways)
            window->pathwaysView()->showQualification(code);
        else
            window->qualificationsView()->showAudit(code);
        window->showView(view);
        QVERIFY(QTest::qWaitFor([&] { return window->isViewSettled(); }, 20000));
    }
};

QStringList headers(const QTableWidget &table)
{
    QStringList labels;
    for (int column = 0; column < table.columnCount(); ++column)
        labels.append(table.horizontalHeaderItem(column)->text());
    return labels;
}

} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromTheQualificationsViewTheDiplomaAndItsRoutes()
    {
        Session session;
        session.visit(Sidebar::Qualifications, QStringLiteral("DIP-DA5"));
        CompareDialog *dialog = session.window->compareWays();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->isSettled(); }, 30000));
        // The certificate first, straight to the diploma, the diploma on to the degree.
        QCOMPARE(headers(*dialog->table()), (QStringList{QStringLiteral("CERT-DA4 → DIP-DA5"), QStringLiteral("DIP-DA5"),
                                                         QStringLiteral("DIP-DA5 → BAT-DIGI")}));
        const QList<ComparisonReport::Row> rows = ComparisonReport::rows(dialog->comparison());
        QCOMPARE(dialog->table()->rowCount(), rows.size());
        for (int row = 0; row < rows.size(); ++row) {
            // Long labels ("In common: A → B and C → D") are broken into lines.
            const QTableWidgetItem *label = dialog->table()->verticalHeaderItem(row);
            QCOMPARE(label->text().replace(u'\n', u' '), rows[row].aspect);
            QCOMPARE(label->data(Qt::AccessibleTextRole).toString(), rows[row].aspect);
            for (int column = 0; column < dialog->table()->columnCount(); ++column)
                QCOMPARE(dialog->table()->item(row, column)->text(), rows[row].values[column]);
        }
        // The labels leave the ways most of the width.
        const int labels = dialog->table()->verticalHeader()->sizeHint().width();
        const QByteArray labelWidths = QByteArray::number(labels) + " of " + QByteArray::number(dialog->table()->width());
        QVERIFY2(labels < dialog->table()->width() * 3 / 10, labelWidths.constData());
        // Printable: the same rows on paper.
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("compared.pdf"));
        QVERIFY(dialog->exportPdf(fileName));
        const QString text = Cairn::Test::readPdf(fileName).all();
        QVERIFY(text.contains(QStringLiteral("Ways compared")));
        for (const QString &way : headers(*dialog->table()))
            QVERIFY2(text.contains(way), qPrintable(way));
        QVERIFY(text.contains(QStringLiteral("Fastest")));
        QVERIFY(text.contains(QStringLiteral("Aroha Ngata")));
        dialog->close();
    }

    void choosingAnotherWayComparesAgain()
    {
        Session session;
        session.visit(Sidebar::Qualifications, QStringLiteral("CERT-CYB5"));
        CompareDialog *dialog = session.window->compareWays();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->isSettled(); }, 30000));
        QVERIFY(dialog->ways().contains(QStringList{QStringLiteral("CERT-CYB5")}));
        dialog->setWays({{QStringLiteral("CERT-DA4")}, {QStringLiteral("DIP-DA5")}});
        QVERIFY(QTest::qWaitFor([&] { return dialog->isSettled(); }, 30000));
        QCOMPARE(headers(*dialog->table()), (QStringList{QStringLiteral("CERT-DA4"), QStringLiteral("DIP-DA5")}));
        dialog->close();
    }

    void theViewsOfferIt()
    {
        Session session;
        QAction *compare = session.window->findChild<QAction *>(QStringLiteral("compareWays"));
        QVERIFY(compare);
        for (int view : {int(Sidebar::Pathways), int(Sidebar::Qualifications)}) {
            session.visit(view, QStringLiteral("DIP-DA5"));
            bool offered = false;
            for (QToolButton *button : session.window->findChildren<QToolButton *>())
                offered = offered || (button->defaultAction() == compare && button->isVisible());
            QVERIFY2(offered, qPrintable(QString::number(view)));
        }
    }

    void presentingHidesTheLearnersName()
    {
        Session session;
        session.workspace->setPresenting(true);
        session.visit(Sidebar::Qualifications, QStringLiteral("DIP-DA5"));
        CompareDialog *dialog = session.window->compareWays();
        QVERIFY(QTest::qWaitFor([&] { return dialog->isSettled(); }, 30000));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("compared.pdf"));
        QVERIFY(dialog->exportPdf(fileName));
        QVERIFY(!Cairn::Test::readPdf(fileName).all().contains(QStringLiteral("Aroha")));
        for (QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(QStringLiteral("Aroha")));
        dialog->close();
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"

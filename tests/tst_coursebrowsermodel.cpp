#include "import/demodata.h"
#include "models/coursebrowsermodel.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "support/cataloguegenerator.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Cairn::Core;
using Cairn::Ui::CourseBrowserModel;

class TestCourseBrowserModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughFiltersAndSorts()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        QVERIFY(CatalogueRepository(database).save(Cairn::Test::generateCatalogue(400)).ok());
        CourseBrowserModel model(database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.matchCount(), 463); // counted at once when asked
        QCOMPARE(model.rowCount(), 463);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), 463); // or a moment later
        CourseFilter filter;
        filter.text = QStringLiteral("data");
        model.setFilter(filter);
        QVERIFY(model.matchCount() > 0 && model.matchCount() < 463);
        for (int column = 0; column < CourseBrowserModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        filter.text = QStringLiteral("nothing-like-this");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.catalogueSize(), 463);
    }

    void readsOnlyThePagesItIsAskedFor()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(CatalogueRepository(database).save(Cairn::Test::generateCatalogue(5000)).ok());
        CourseBrowserModel model(database);
        QSignalSpy counted(&model, &CourseBrowserModel::counted);
        model.setFilter({});
        // The first page at once, the rest when counted.
        QCOMPARE(model.rowCount(), CourseBrowserModel::pageSize);
        QVERIFY(!model.countKnown());
        QVERIFY(counted.wait());
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(counted.first().at(0).value<qsizetype>(), 5000);
        QStringList codes; // the model starts in catalogue order
        for (const Course &course : Cairn::Test::generateCatalogue(5000).courses)
            codes.append(course.code);
        // The last row, the first and the middle: each a page of its own.
        QCOMPARE(model.data(model.index(4999, CourseBrowserModel::Code)).toString(), codes.last());
        QCOMPARE(model.data(model.index(0, CourseBrowserModel::Code)).toString(), codes.first());
        QCOMPARE(model.data(model.index(2500, CourseBrowserModel::Code)).toString(), codes[2500]);
        QVERIFY(!model.data(model.index(2500, CourseBrowserModel::Title)).toString().isEmpty());
        // Reading every row keeps no more than its page budget.
        for (int row = 0; row < model.rowCount(); row += 7)
            QVERIFY(!model.codeAt(row).isEmpty());
        QCOMPARE(model.rowOf(model.codeAt(3333)), 3333);
    }

    void sortingIsDoneByTheDatabase()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        CourseBrowserModel model(database);
        model.setFilter({});
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(CourseBrowserModel::Cost, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(model.order().key, CourseSortKey::Cost);
        model.sort(-1); // back to the catalogue's order
        QCOMPARE(model.order().key, CourseSortKey::Catalogue);
        model.sort(CourseBrowserModel::Cost, Qt::DescendingOrder);
        double previous = 1e12;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString cost = model.data(model.index(row, CourseBrowserModel::Cost)).toString();
            const QString amount = cost.section(u' ', 1).remove(u',');
            if (amount.isEmpty())
                continue; // no cost, or free: at the end
            QVERIFY2(amount.toDouble() <= previous, qPrintable(cost));
            previous = amount.toDouble();
        }
    }

    void dragsTheCodesOfTheChosenRows()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        CourseBrowserModel model(database);
        model.setFilter({});
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(
            model.mimeData({model.index(0, 0), model.index(0, 1), model.index(2, 0)}));
        QCOMPARE(QString::fromUtf8(mime->data(CourseBrowserModel::mimeType())),
                 model.codeAt(0) + u'\n' + model.codeAt(2));
    }
};

QTEST_MAIN(TestCourseBrowserModel)
#include "tst_coursebrowsermodel.moc"

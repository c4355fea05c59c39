#include "io/cataloguereader.h"
#include "models/coursetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Cairn::Core;
using Cairn::Ui::CourseTableModel;

namespace {
Catalogue smallCatalogue()
{
    Problems problems;
    return readCatalogueFile(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"), problems).value();
}
} // namespace

class TestCourseTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        CourseTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(smallCatalogue());
        model.setCatalogue(Catalogue());
        model.setCatalogue(smallCatalogue());
    }

    void showsOneRowPerCourseWithProviderNames()
    {
        CourseTableModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalogue(smallCatalogue());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(CourseTableModel::ColumnCount));
        QCOMPARE(model.index(0, CourseTableModel::Code).data().toString(), QStringLiteral("DAT401"));
        QCOMPARE(model.index(0, CourseTableModel::Provider).data().toString(), QStringLiteral("Harbour Polytechnic"));
        QCOMPARE(model.index(0, CourseTableModel::Cost).data().toString(), QStringLiteral("NZD 980.00"));
        QCOMPARE(model.index(1, CourseTableModel::Cost).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, CourseTableModel::Delivery).data().toString(), QStringLiteral("Online, Campus"));
        QCOMPARE(model.index(1, CourseTableModel::Title).data(Qt::ToolTipRole).toString(), QStringLiteral("Charts."));
        QCOMPARE(model.headerData(CourseTableModel::Credits, Qt::Horizontal).toString(), QStringLiteral("Credits"));
    }

    void sortsNumbersByValueNotText()
    {
        CourseTableModel model;
        Catalogue catalogue = smallCatalogue();
        catalogue.courses[0].hours = 9;   // "9" sorts after "120" as text
        catalogue.courses[1].hours = 120;
        catalogue.courses[2].hours = 1000;
        catalogue.courses[3].hours = 45;
        model.setCatalogue(catalogue);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CourseTableModel::SortRole);
        proxy.sort(CourseTableModel::Hours);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, CourseTableModel::Code).data().toString());
        QCOMPARE(order, (QStringList{QStringLiteral("DAT401"), QStringLiteral("LDS603"), QStringLiteral("DAT501"),
                                     QStringLiteral("DAT510")}));
    }
};

QTEST_MAIN(TestCourseTableModel)
#include "tst_coursetablemodel.moc"

// The window that says a database is being upgraded before Cairn opens.

#include "upgradenotice.h"

#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>

using namespace Cairn::Ui;

class TestUpgradeNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhichFileAndCannotBeCancelledUntilItCloses()
    {
        QPointer<QProgressDialog> dialog;
        {
            const UpgradeNotice notice(QStringLiteral("/home/learner/.local/share/Cairn/cairn.sqlite"));
            dialog = notice.dialog();
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->labelText().contains(QStringLiteral("Upgrading cairn.sqlite")), qPrintable(dialog->labelText()));
            QCOMPARE(dialog->maximum(), 0); // busy: an upgrade has no steps to count
            QVERIFY(dialog->findChildren<QPushButton *>().isEmpty());
        }
        QVERIFY(dialog.isNull());
    }
};

QTEST_MAIN(TestUpgradeNotice)
#include "tst_upgradenotice.moc"

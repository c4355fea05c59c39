#include "dialogs/filetransfer.h"
#include "dialogs/problemsdialog.h"
#include "io/cataloguewriter.h"
#include "import/demodata.h"
#include "io/savefile.h"
#include "lockholder.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "support/cataloguegenerator.h"
#include "testsupport.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Cairn::Core;
using namespace Cairn::Ui;

class TestFileTransfer : public QObject
{
    Q_OBJECT

private:
    // Every committed change in the main file, so that its bytes say it all.
    static QByteArray checkpointedBytes(Database &database)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qFatal("cannot checkpoint");
        return Cairn::Test::readAll(database.path());
    }

private Q_SLOTS:
    void cancellingAnImportLeavesTheDatabaseByteForByte()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("cairn.sqlite"))).ok());
        QVERIFY(importDemoData(database).ok());
        const QString bundle = dir.filePath(QStringLiteral("large.json"));
        QVERIFY(writeFileAtomically(bundle, catalogueToJsonBytes(Cairn::Test::generateCatalogue(4000))).ok());
        Workspace workspace(database);
        QWidget window;
        window.show();
        const QByteArray before = checkpointedBytes(database);

        // The user presses Cancel while the rows are being written.
        bool sawProgress = false;
        QTimer cancel;
        QObject::connect(&cancel, &QTimer::timeout, &window, [&] {
            if (auto *progress = window.findChild<QProgressDialog *>(); progress && progress->value() > 0) {
                sawProgress = true;
                progress->cancel();
            }
        });
        cancel.start(1);
        QSignalSpy notices(&workspace, &Workspace::notice);
        // The dialog at once: an import of 4,000 courses may end before the
        // usual delay.
        const auto summary = FileTransfer(workspace, &window, 0).importFile(bundle);
        cancel.stop();
        QVERIFY(!summary);
        QVERIFY(sawProgress);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().first().toString().contains(QStringLiteral("cancelled")),
                 qPrintable(notices.first().first().toString()));
        QCOMPARE(checkpointedBytes(database), before);
        QCOMPARE(CatalogueRepository(database).courseCount(), 63);
    }

    void anImportThatMeetsALockIsOfferedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(importDemoData(database).ok());
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 200"));
        const QString bundle = dir.filePath(QStringLiteral("more.json"));
        QVERIFY(writeFileAtomically(bundle, catalogueToJsonBytes(Cairn::Test::generateCatalogue(100))).ok());
        Workspace workspace(database);
        QWidget window;
        Cairn::Test::LockHolder holder(path);
        QStringList asked;
        workspace.setRetryPrompt([&](const QString &message) {
            asked.append(message);
            holder.release(); // the other program lets go while the box is up
            return true;
        });
        // A failure box instead would wait for a click: close it and fail.
        bool failureShown = false;
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, &window, [&failureShown] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && !qobject_cast<QProgressDialog *>(modal)) {
                failureShown = true;
                modal->close();
            }
        });
        closer.start(50);
        const auto summary = FileTransfer(workspace, &window).importFile(bundle);
        closer.stop();
        QVERIFY(!failureShown);
        QVERIFY(summary);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("another program is using the database")), qPrintable(asked.first()));
        QCOMPARE(summary->courses, 100);
        QCOMPARE(CatalogueRepository(database).courseCount(), 63 + 100);
    }

    void aRefusedFileListsEveryProblemCopyably()
    {
        QTemporaryDir dir;
        QJsonObject bundle = Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"));
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[0].credits"), -1);
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[2].level"), QStringLiteral("five"));
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFileAtomically(path, Cairn::Test::toBytes(bundle)).ok());
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        Workspace workspace(database);
        QWidget window;

        QString shown;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<ProblemsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                dialog = window.findChild<ProblemsDialog *>();
            if (!dialog)
                return;
            shown = dialog->text()->toPlainText();
            dialog->copyToClipboard();
            dialog->reject();
        });
        QVERIFY(!FileTransfer(workspace, &window).importFile(path));
        QCOMPARE(shown.split(u'\n').size(), 2);
        QVERIFY2(shown.contains(path + QStringLiteral(": courses[0].credits: expected a positive number")), qPrintable(shown));
        QVERIFY2(shown.contains(path + QStringLiteral(": courses[2].level:")), qPrintable(shown));
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
        QCOMPARE(CatalogueRepository(database).courseCount(), 0);
    }

    void cancellingAnExportWritesNoFile()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(CatalogueRepository(database).save(Cairn::Test::generateCatalogue(3000)).ok());
        Workspace workspace(database);
        QWidget window;
        window.show();
        bool sawProgress = false;
        QTimer cancel;
        QObject::connect(&cancel, &QTimer::timeout, &window, [&] {
            if (auto *progress = window.findChild<QProgressDialog *>(); progress && progress->value() > 0) {
                sawProgress = true;
                progress->cancel();
            }
        });
        cancel.start(1);
        const QString path = dir.filePath(QStringLiteral("catalogue.json"));
        QVERIFY(!FileTransfer(workspace, &window, 0).exportCatalogue(path));
        cancel.stop();
        QVERIFY(sawProgress);
        QVERIFY(!QFile::exists(path));
    }

    void importsExportsAndReportsWhatItDid()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        Workspace workspace(database);
        QWidget window;
        FileTransfer transfer(workspace, &window);
        QSignalSpy changed(&workspace, &Workspace::catalogueChanged);
        const auto catalogue = transfer.importFile(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"));
        QVERIFY(catalogue);
        QCOMPARE(catalogue->courses, 4);
        QCOMPARE(changed.size(), 1);
        QVERIFY(transfer.importFile(QStringLiteral(CAIRN_TEST_DATA "/small-learner.json")));
        QVERIFY(workspace.hasProfile());
        QCOMPARE(workspace.profile().name, QStringLiteral("Aroha"));

        const QString exported = dir.filePath(QStringLiteral("aroha.json"));
        QVERIFY(transfer.exportProfile(exported));
        QVERIFY(Cairn::Test::readAll(exported).contains("Ask about the evening class"));
        QVERIFY(transfer.exportCatalogue(dir.filePath(QStringLiteral("catalogue.json"))));
        QVERIFY(Cairn::Test::readAll(dir.filePath(QStringLiteral("catalogue.json"))).contains("DAT401"));
    }
};

QTEST_MAIN(TestFileTransfer)
#include "tst_filetransfer.moc"

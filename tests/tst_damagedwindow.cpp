// The window on a database that turns out to be damaged: a page with the ways
// forward, no writes meanwhile, and a restore that keeps the damaged file.

#include "import/demodata.h"
#include "lockholder.h"
#include "mainwindow.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "views/databaseproblempage.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QTimer>
#include <QTreeWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        qFatal("cannot damage %s", qPrintable(path));
    // The last pages (course rows, far from the schema): opening still works,
    // the quick check does not.
    const qint64 pages = file.size() / 4096;
    for (qint64 page : {pages - 2, pages - 4, pages - 6}) {
        file.seek(page * 4096);
        file.write(QByteArray(4096, '\x5a'));
    }
}

} // namespace

class TestDamagedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aDamagedDatabaseGetsAPageAndIsNotWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        QString backup;
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QVERIFY(importDemoData(database).ok());
            QVERIFY(Backups(path).make(database.connection(), QStringLiteral("manual"), &backup).ok());
            QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QVERIFY(QFile(path).size() > 30 * 4096);
        damage(path);

        Database database;
        const Status opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message())); // the cheap checks pass; the quick check runs after the first paint
        QSettings settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
        Workspace workspace(database);
        MainWindow window(workspace, settings);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadNow();
        QVERIFY(QTest::qWaitFor([&] { return window.problemPage() && window.problemPage()->isVisible(); }, 10000));
        DatabaseProblemPage *page = window.problemPage();
        QVERIFY(page->detail()->text().contains(QStringLiteral("is damaged")));
        QVERIFY(page->restoreButton()->isEnabled());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));

        // Nothing is written from now on: edits and undo are refused.
        const QByteArray before = contents(path);
        QVERIFY(workspace.isReadOnly());
        const Status planned = workspace.planCourses({QStringLiteral("CYB504")});
        QVERIFY(!planned.ok());
        QVERIFY(planned.message().contains(QStringLiteral("damaged")));
        QCOMPARE(contents(path), before);

        // Restore: the backup goes in place, the damaged file is kept, and
        // Cairn asks to start again on the database.
        QSignalSpy restart(&window, &MainWindow::restartRequested);
        QTest::mouseClick(page->restoreButton(), Qt::LeftButton);
        QCOMPARE(restart.size(), 1);
        QCOMPARE(restart.first().first().toStringList(), (QStringList{QStringLiteral("--database"), path}));
        QCOMPARE(contents(path), contents(backup));
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("cairn.before-restore-*.sqlite")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(contents(dir.filePath(kept.first())), before);
        Database restored;
        QVERIFY(restored.open(dir.filePath(QStringLiteral("again.sqlite"))).ok()); // another connection works
    }

    void fileRestoreFromBackupListsThemAndKeepsTheCurrentFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(importDemoData(database).ok()); // two imports: two backups, the older one empty
        const QList<BackupFile> backups = Backups(path).list();
        QCOMPARE(backups.size(), 2);
        QSettings settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
        Workspace workspace(database);
        MainWindow window(workspace, settings);
        window.setDatabaseCheckEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy restart(&window, &MainWindow::restartRequested);
        const QByteArray before = contents(path);
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = dialog->findChild<QTreeWidget *>();
            QCOMPARE(list->topLevelItemCount(), 2);
            QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Before an import"));
            list->setCurrentItem(list->topLevelItem(1)); // the older one
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("restoreBackup"))->trigger();
        QCOMPARE(restart.size(), 1);
        QCOMPARE(contents(path), contents(backups.last().path));
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("cairn.before-restore-*.sqlite")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(contents(dir.filePath(kept.first())), before);
    }

    void aReadOnlyDatabaseIsShownButNotChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QVERIFY(importDemoData(database).ok());
            QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = contents(path);
        Database database;
        QVERIFY(database.open(path, Database::Mode::ReadOnly).ok());
        QSettings settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
        Workspace workspace(database);
        MainWindow window(workspace, settings);
        window.setDatabaseCheckEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadNow();
        QVERIFY(workspace.isReadOnly());
        QVERIFY(workspace.hasProfile()); // read as usual
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        const Status planned = workspace.planCourses({QStringLiteral("CYB504")});
        QVERIFY(!planned.ok());
        QVERIFY(planned.message().contains(QStringLiteral("read-only")));
        QCOMPARE(contents(path), before);
    }

    void anEditThatMeetsALockAsksToRetry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(importDemoData(database).ok());
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 200"));
        QSettings settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
        Workspace workspace(database);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadNow();
        QVERIFY(QTest::qWaitFor([&] { return !window.isCheckingDatabase(); }, 10000));

        Cairn::Test::LockHolder holder(path);
        // The question waits for a click: the other program lets go, then Retry.
        QString asked;
        QString details;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            answer.stop();
            asked = box->text() + u'\n' + box->informativeText();
            details = box->detailedText();
            holder.release();
            box->button(QMessageBox::Retry)->click();
        });
        answer.start(20);
        QVERIFY(workspace.planCourses({QStringLiteral("CYB504")}).ok());
        QVERIFY2(asked.contains(QStringLiteral("another program is using the database")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("Nothing was changed")));
        QVERIFY2(details.contains(QStringLiteral("kept it locked")), qPrintable(details)); // SQLite's sentence, for whoever wants it
        QVERIFY(workspace.profile().record(QStringLiteral("CYB504")));
        QCOMPARE(workspace.undoStack()->count(), 1);
    }

    void aSoundDatabaseIsCheckedAndBackedUpOnceADay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(importDemoData(database).ok());
        QVERIFY(!Backups(path).list().isEmpty()); // the import's
        QVERIFY(QDir(Backups(path).folder()).removeRecursively()); // as if made long ago
        QSettings settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
        Workspace workspace(database);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadNow();
        QVERIFY(QTest::qWaitFor([&] { return !window.isCheckingDatabase(); }, 10000));
        QVERIFY(!window.problemPage());
        QVERIFY(!workspace.isReadOnly());
        const QList<BackupFile> backups = Backups(path).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, QStringLiteral("daily"));
    }
};

QTEST_MAIN(TestDamagedWindow)
#include "tst_damagedwindow.moc"

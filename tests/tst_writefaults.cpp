// A full disk and a failing disk in the middle of an import or a learner
// save: the operation fails with a sentence, and the database is left
// exactly as it was and whole.
//
// The full disk is SQLite's own limit on the file's size (PRAGMA
// max_page_count). The failing disk is a VFS over the default one that makes
// one chosen write to the write-ahead log fail with SQLITE_IOERR_WRITE, the
// way SQLite's own tests inject faults; Qt's SQLite driver uses the system's
// libsqlite3, so registering it as the default reaches Cairn's connections.

#include "io/cataloguewriter.h"
#include "import/importer.h"
#include "io/learnerfile.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "databasecheck.h"
#include "support/cataloguegenerator.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <array>

using namespace Cairn::Core;
using Cairn::Test::fingerprint;
using Cairn::Test::integrity;

namespace {

// ---- The failing disk ------------------------------------------------------

struct WriteFaults
{
    bool armed = false;     // count and fail only while armed
    int walWrites = 0;      // writes to a write-ahead log seen while armed
    int failAt = 0;         // the write (1-based) that fails; 0 = none
    bool failed = false;
};
WriteFaults faults;

sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs faultVfs;
// The unix VFS gives its files one of a few sets of methods; each has a
// copy that differs only in its write.
struct Methods
{
    const sqlite3_io_methods *real = nullptr;
    sqlite3_io_methods faulty;
};
std::array<Methods, 8> methods;

const sqlite3_io_methods *realMethodsOf(const sqlite3_file *file)
{
    for (const Methods &set : methods) {
        if (file->pMethods == &set.faulty)
            return set.real;
    }
    qFatal("a file without fault methods");
}

// Each open file is the real VFS's file followed by what kind of file it is.
struct FileKind
{
    bool isWal = false;
};

FileKind *kindOf(sqlite3_file *file)
{
    return reinterpret_cast<FileKind *>(reinterpret_cast<char *>(file) + realVfs->szOsFile);
}

int faultyWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    if (faults.armed && kindOf(file)->isWal && ++faults.walWrites == faults.failAt) {
        faults.failed = true;
        return SQLITE_IOERR_WRITE;
    }
    return realMethodsOf(file)->xWrite(file, data, amount, offset);
}

int faultyOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    const int opened = realVfs->xOpen(realVfs, name, file, flags, outFlags);
    if (opened != SQLITE_OK || !file->pMethods)
        return opened;
    // The real file's own methods, but for the write.
    auto set = std::find_if(methods.begin(), methods.end(),
                            [&](const Methods &m) { return m.real == file->pMethods || !m.real; });
    if (set == methods.end())
        qFatal("too many kinds of file");
    if (!set->real) {
        set->real = file->pMethods;
        set->faulty = *file->pMethods;
        set->faulty.xWrite = faultyWrite;
    }
    file->pMethods = &set->faulty;
    kindOf(file)->isWal = (flags & SQLITE_OPEN_WAL) != 0;
    return opened;
}

void installFaultVfs()
{
    realVfs = sqlite3_vfs_find(nullptr);
    faultVfs = *realVfs;
    faultVfs.zName = "cairn-faults";
    faultVfs.szOsFile = realVfs->szOsFile + int(sizeof(FileKind));
    faultVfs.xOpen = faultyOpen;
    if (sqlite3_vfs_register(&faultVfs, 1) != SQLITE_OK)
        qFatal("cannot register the fault VFS");
}

// ---- What is written -------------------------------------------------------

LearnerProfile largeLearner(const Catalogue &catalogue)
{
    LearnerProfile learner;
    learner.name = QStringLiteral("Fault Test");
    for (int i = 0; i < 2000; ++i)
        learner.records.append({QStringLiteral("EXT-%1").arg(i), RecordStatus::Recognised, QDate(2025, 1, 1).addDays(i % 300), {}, {},
                                QStringLiteral("Prior learning %1").arg(i), 5.0, 4, catalogue.frameworks.first().id,
                                QStringLiteral("Checked by the centre, item %1").arg(i)});
    return learner;
}

} // namespace

class TestWriteFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    QByteArray m_bundle;
    Catalogue m_small;
    int m_copies = 0;

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_base, path))
            qFatal("cannot copy the database");
        return path;
    }

    // The write is either an import of a larger catalogue or a save of a
    // learner with thousands of records.
    Status write(Database &database, bool learnerSave)
    {
        if (learnerSave)
            return LearnerRepository(database).save(largeLearner(m_small));
        return Importer(database).importBytes(m_bundle, QStringLiteral("larger.json"));
    }

    void checkUnchanged(const QString &path, const QByteArray &before, const QString &context)
    {
        QVERIFY2(integrity(path) == u"ok", qPrintable(context));
        QVERIFY2(fingerprint(path) == before, qPrintable(context + QStringLiteral(": the database changed")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installFaultVfs();
        QVERIFY(m_dir.isValid());
        m_small = Cairn::Test::generateCatalogue(300, 1);
        m_bundle = catalogueToJsonBytes(Cairn::Test::generateCatalogue(2000, 2));
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        Database database;
        QVERIFY(database.open(m_base).ok());
        QVERIFY(Importer(database).importBytes(catalogueToJsonBytes(m_small), QStringLiteral("small.json")).ok());
        LearnerProfile learner;
        learner.name = QStringLiteral("Fault Test");
        learner.records.append({m_small.courses.first().code, RecordStatus::Completed, QDate(2026, 1, 10), {}, QStringLiteral("A"),
                                {}, {}, {}, {}, {}});
        QVERIFY(LearnerRepository(database).save(learner).ok());
    }

    void aFullDiskLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<bool>("learnerSave");
        QTest::newRow("catalogue import") << false;
        QTest::newRow("learner save") << true;
    }

    void aFullDiskLeavesTheDatabaseAsItWas()
    {
        QFETCH(bool, learnerSave);
        const QString path = freshCopy();
        const QByteArray before = fingerprint(path);
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
            const int pages = query.value(0).toInt();
            query.finish();
            // Room for a few pages more than the database has now.
            QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));
            query.finish();
            const Status written = write(database, learnerSave);
            QVERIFY(!written);
            QVERIFY2(written.message().contains(QStringLiteral("the disk is full")), qPrintable(written.message()));
            QVERIFY2(!written.message().contains(QStringLiteral("Unable to")), qPrintable(written.message()));
        }
        checkUnchanged(path, before, QStringLiteral("full disk"));
    }

    void aFailedWriteLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<bool>("learnerSave");
        QTest::newRow("catalogue import") << false;
        QTest::newRow("learner save") << true;
    }

    // The writes to the log are counted on one copy; then, on fresh copies,
    // the last of them fails (the commit), and a few spread before it.
    void aFailedWriteLeavesTheDatabaseAsItWas()
    {
        QFETCH(bool, learnerSave);
        int total = 0;
        {
            const QString path = freshCopy();
            Database database;
            QVERIFY(database.open(path).ok());
            faults = {true, 0, 0, false};
            QVERIFY(write(database, learnerSave).ok());
            faults.armed = false;
            total = faults.walWrites;
        }
        QVERIFY2(total > 10, qPrintable(QString::number(total)));

        for (const int failAt : {total, total - 1, total / 2, total / 4, 1}) {
            const QString path = freshCopy();
            const QByteArray before = fingerprint(path);
            const QString context = QStringLiteral("write %1 of %2 failed").arg(failAt).arg(total);
            {
                Database database;
                QVERIFY(database.open(path).ok());
                faults = {true, 0, failAt, false};
                const Status written = write(database, learnerSave);
                faults.armed = false;
                QVERIFY2(faults.failed, qPrintable(context));
                QVERIFY2(!written, qPrintable(context));
                QVERIFY2(written.message().contains(QStringLiteral("the disk could not be read or written")),
                         qPrintable(written.message()));
                QVERIFY2(!written.message().contains(QStringLiteral("Unable to")), qPrintable(written.message()));
            }
            checkUnchanged(path, before, context);
        }
    }
};

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"

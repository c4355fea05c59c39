// Who sees what on a study centre's server, enforced by PostgreSQL and not by
// Cairn (issue "Study centres", docs/STUDY_CENTRE.md): each desk connects as
// a login role in cairn_learner, cairn_advisor or cairn_editor, and the
// checks below go through Cairn's repositories and through plain SQL alike.

#include "import/importer.h"
#include "io/learnerfile.h"
#include "model/learnerprofile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "storagebackends.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Cairn::Core;

namespace {
QString demo(const char *file)
{
    return QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(file);
}

// One statement as `database`'s role; the rows it touched, or -1 when the
// server refused it (with its words in `error`).
int execute(Database &database, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().databaseText();
        return -1;
    }
    return query.isSelect() ? (query.next() ? query.value(0).toInt() : 0) : query.numRowsAffected();
}
} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

    QString m_server;  // the test database, as its administrator
    QString m_suffix;  // login roles are the cluster's: unique per run
    Database m_admin;

    // Connects `database` as a new login role in `group`.
    bool connectAs(Database &database, const QString &name, const char *group)
    {
        const QString role = name + m_suffix;
        if (execute(m_admin, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, QLatin1String(group))) < 0)
            return false;
        return database.openServer(m_server + QStringLiteral(" user=") + role).ok();
    }

    QString role(const QString &name) const { return name + m_suffix; }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_server = Cairn::Test::freshServerDatabase(&why);
        if (m_server.isEmpty())
            QSKIP(qPrintable(why));
        m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
        const Status init = m_admin.openServer(m_server, Database::ServerSchema::Init);
        QVERIFY2(init.ok(), qPrintable(init.message()));
    }

    void onlyEditorsChangeTheCatalogue()
    {
        Database editor;
        QVERIFY(connectAs(editor, QStringLiteral("editor"), "cairn_editor"));
        const Status imported = Importer(editor).importFile(demo("catalogue.json"));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));

        Database learner;
        QVERIFY(connectAs(learner, QStringLiteral("reader"), "cairn_learner"));
        QCOMPARE(CatalogueRepository(learner).courseCount(), CatalogueRepository(editor).courseCount());
        const Status refused = Importer(learner).importFile(demo("catalogue.json"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("permission denied")), qPrintable(refused.message()));
        QString error;
        QCOMPARE(execute(learner, QStringLiteral("UPDATE courses SET title = 'Mine now'"), &error), -1);
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QCOMPARE(execute(learner, QStringLiteral("SELECT count(*) FROM courses WHERE title = 'Mine now'")), 0);
    }

    void aLearnerSeesAndChangesOnlyTheirOwnProfile()
    {
        Database aroha;
        Database ben;
        QVERIFY(connectAs(aroha, QStringLiteral("aroha"), "cairn_learner"));
        QVERIFY(connectAs(ben, QStringLiteral("ben"), "cairn_learner"));
        const Status mine = Importer(aroha).importFile(demo("learner.json"));
        QVERIFY2(mine.ok(), qPrintable(mine.message()));
        LearnerProfile benProfile;
        benProfile.name = QStringLiteral("Ben Taylor");
        benProfile.hoursPerWeek = 10;
        QVERIFY(LearnerRepository(ben).save(benProfile).ok());

        QCOMPARE(LearnerRepository(aroha).list().size(), 1);
        QCOMPARE(LearnerRepository(aroha).list().first().name, QStringLiteral("Aroha Ngata"));
        QCOMPARE(LearnerRepository(ben).list().size(), 1);
        LearnerProfile peek;
        QVERIFY(!LearnerRepository(ben).loadByName(QStringLiteral("Aroha Ngata"), peek).ok());

        // Plain SQL as Ben: none of Aroha's rows, and nothing of hers changes.
        const int arohaRecords = execute(aroha, QStringLiteral("SELECT count(*) FROM records"));
        QVERIFY(arohaRecords > 0);
        QCOMPARE(execute(ben, QStringLiteral("SELECT count(*) FROM records")), 0);
        QCOMPARE(execute(ben, QStringLiteral("SELECT count(*) FROM learners WHERE name = 'Aroha Ngata'")), 0);
        QCOMPARE(execute(ben, QStringLiteral("UPDATE records SET grade = 'A+'")), 0);
        QCOMPARE(execute(ben, QStringLiteral("DELETE FROM records")), 0);
        QCOMPARE(execute(ben, QStringLiteral("DELETE FROM learners WHERE name = 'Aroha Ngata'")), 0);
        QCOMPARE(execute(ben, QStringLiteral("UPDATE learners SET owner_role = current_user")), 1); // his own only
        const QString arohaId = QString::number(LearnerRepository(aroha).list().first().id);
        QString error;
        QCOMPARE(execute(ben, QStringLiteral("INSERT INTO records(learner_id, position, course_code, status) "
                                             "VALUES (%1, 99, 'DAT401', 'completed')").arg(arohaId), &error),
                 -1);
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QCOMPARE(execute(ben, QStringLiteral("UPDATE learners SET owner_role = '%1'").arg(role(QStringLiteral("aroha"))),
                         &error),
                 -1); // giving his profile away would hide it from him: refused
        // Saving a profile under her name does not overwrite hers.
        LearnerProfile impostor = benProfile;
        impostor.name = QStringLiteral("Aroha Ngata");
        QVERIFY(!LearnerRepository(ben).save(impostor).ok());
        QCOMPARE(execute(aroha, QStringLiteral("SELECT count(*) FROM records")), arohaRecords);
        LearnerProfile hers;
        QVERIFY(LearnerRepository(aroha).loadByName(QStringLiteral("Aroha Ngata"), hers).ok());
        Problems problems;
        const std::optional<LearnerProfile> original = readLearnerFile(demo("learner.json"), problems);
        QVERIFY(original);
        QCOMPARE(hers.hoursPerWeek, original->hoursPerWeek);
        QCOMPARE(hers.records, original->records);
    }

    void anAdvisorReadsTheProfilesAssignedToThem()
    {
        Database advisor;
        QVERIFY(connectAs(advisor, QStringLiteral("advisor"), "cairn_advisor"));
        QVERIFY(LearnerRepository(advisor).list().isEmpty()); // nobody assigned yet
        QCOMPARE(execute(advisor, QStringLiteral("SELECT count(*) FROM records")), 0);

        QVERIFY(execute(m_admin, QStringLiteral("INSERT INTO advisor_assignments(advisor_role, learner_id) "
                                                "SELECT '%1', id FROM learners WHERE name = 'Aroha Ngata'")
                                     .arg(role(QStringLiteral("advisor"))))
                == 1);
        const QList<LearnerSummary> advised = LearnerRepository(advisor).list();
        QCOMPARE(advised.size(), 1);
        QCOMPARE(advised.first().name, QStringLiteral("Aroha Ngata"));
        LearnerProfile aroha;
        QVERIFY(LearnerRepository(advisor).load(advised.first().id, aroha).ok());
        QVERIFY(!aroha.records.isEmpty());
        // Reads, does not rewrite her records; records an advisor's decision.
        QCOMPARE(execute(advisor, QStringLiteral("UPDATE records SET grade = 'A+'")), 0);
        QCOMPARE(execute(advisor, QStringLiteral("INSERT INTO audit_overrides(learner_id, position, kind, qualification, "
                                                 "node, reason) VALUES (%1, 90, 'waive', 'DIP-DA5', "
                                                 "'requirements.allOf[0]', 'prior work')")
                                      .arg(advised.first().id)),
                 1);
        const QString benId = QString::number(execute(m_admin, QStringLiteral("SELECT id FROM learners WHERE name = 'Ben Taylor'")));
        QCOMPARE(execute(advisor, QStringLiteral("INSERT INTO audit_overrides(learner_id, position, kind, qualification, "
                                                 "node, reason) VALUES (%1, 90, 'waive', 'DIP-DA5', '', 'x')")
                                      .arg(benId)),
                 -1);
        // The assignments of other advisors stay theirs.
        QCOMPARE(execute(advisor, QStringLiteral("SELECT count(*) FROM advisor_assignments")), 1);
        Database learner;
        QVERIFY(connectAs(learner, QStringLiteral("curious"), "cairn_learner"));
        QCOMPARE(execute(learner, QStringLiteral("SELECT count(*) FROM advisor_assignments")), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"

#include "import/demodata.h"
#include "storage/database.h"
#include "views/catalogue/coursedetailspane.h"

#include <QDesktopServices>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Cairn;
using Cairn::Ui::CourseDetailsPane;

class TestCourseDetailsPane : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // Stands in for the desktop's web browser (QDesktopServices::setUrlHandler).
    void openInBrowser(const QUrl &url) { m_opened.append(url); }

private:
    Core::Database m_database;
    QList<QUrl> m_opened;

    static QString shownPage(const CourseDetailsPane &pane)
    {
        return QString::fromLatin1(pane.findChild<QStackedWidget *>()->currentWidget()->metaObject()->className());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(Core::importDemoData(m_database).ok());
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openInBrowser");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openInBrowser");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void showsTheCourseItsPrerequisitesAndWhatItCountsToward()
    {
        CourseDetailsPane pane(m_database);
        pane.showCourse(QStringLiteral("DAT601"));
        QCOMPARE(pane.course(), QStringLiteral("DAT601"));
        QCOMPARE(shownPage(pane), QStringLiteral("QTextBrowser"));
        const QString text = pane.browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Applied machine learning")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Train and validate a supervised model")));
        QVERIFY(text.contains(QStringLiteral("practical project")));
        // The degree takes every DAT course; the level 4 certificate takes
        // nothing above level 5, and DAT601 is level 6.
        const QString countsToward = text.mid(text.indexOf(QStringLiteral("Counts toward")));
        QVERIFY2(countsToward.contains(QStringLiteral("BAT-DIGI")), qPrintable(countsToward));
        QVERIFY2(!countsToward.contains(QStringLiteral("CERT-DA4")), qPrintable(countsToward));
        const QString html = pane.browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("course:DAT503")));
        QVERIFY(html.contains(QStringLiteral("course:DAT502")));
        QVERIFY(html.contains(QStringLiteral("https://courses.example.org/harbour/dat601")));
    }

    void aCourseLinkAsksForThatCourseAndAWebLinkOpensTheBrowser()
    {
        CourseDetailsPane pane(m_database);
        pane.showCourse(QStringLiteral("DAT601"));
        QSignalSpy asked(&pane, &CourseDetailsPane::courseLinkActivated);
        m_opened.clear();
        Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("course:DAT503")));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("DAT503"));
        QVERIFY(m_opened.isEmpty());
        const QUrl page(QStringLiteral("https://courses.example.org/harbour/dat601"));
        Q_EMIT pane.browser()->anchorClicked(page);
        QCOMPARE(m_opened, QList<QUrl>{page});
        QCOMPARE(asked.size(), 1);
        // Anything else (a file, a script) is not followed.
        Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(asked.size(), 1);
    }

    void noCourseOrAnUnknownOneShowsTheEmptyState()
    {
        CourseDetailsPane pane(m_database);
        pane.showCourse(QString());
        QCOMPARE(shownPage(pane), QStringLiteral("Cairn::Ui::EmptyState"));
        pane.showCourse(QStringLiteral("DAT601"));
        QCOMPARE(shownPage(pane), QStringLiteral("QTextBrowser"));
        pane.showCourse(QStringLiteral("NO-SUCH-COURSE"));
        QCOMPARE(shownPage(pane), QStringLiteral("Cairn::Ui::EmptyState"));
    }

    void reloadShowsWhatTheCatalogueNowSays()
    {
        CourseDetailsPane pane(m_database);
        pane.showCourse(QStringLiteral("DAT601"));
        QVERIFY(pane.browser()->toPlainText().contains(QStringLiteral("BAT-DIGI")));
        // The qualifications are read once and kept: only reload() reads them again.
        QSqlQuery query(m_database.connection());
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM qualifications WHERE code = 'BAT-DIGI'")),
                 qPrintable(query.lastError().text()));
        pane.reload();
        QCOMPARE(pane.course(), QStringLiteral("DAT601"));
        const QString text = pane.browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Counts toward")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("BAT-DIGI")), qPrintable(text));
    }
};

QTEST_MAIN(TestCourseDetailsPane)
#include "tst_coursedetailspane.moc"

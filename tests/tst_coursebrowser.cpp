#include "import/demodata.h"
#include "storage/cataloguerepository.h"
#include "storage/catalogueeditor.h"
#include "storage/coursebrowser.h"
#include "storage/database.h"
#include "storagebackends.h"
#include "support/cataloguegenerator.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace Cairn::Core;

namespace {

// --- A reference browser: plain loops over the whole catalogue in memory,
// sharing no code with the SQL one. ---

// Words as FTS5's unicode61 tokenizer with remove_diacritics sees them.
QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

struct Reference
{
    const Catalogue &catalogue;

    QString providerName(const Course &course) const
    {
        for (const Provider &provider : catalogue.providers) {
            if (provider.id == course.provider)
                return provider.name;
        }
        return {};
    }
    int providerIndex(const Course &course) const
    {
        for (int i = 0; i < catalogue.providers.size(); ++i) {
            if (catalogue.providers[i].id == course.provider)
                return i;
        }
        return -1;
    }

    bool matchesText(const Course &course, const QString &text) const
    {
        QString haystack = course.code + u' ' + course.title + u' ' + providerName(course);
        for (const Skill &skill : catalogue.skills) {
            if (course.skills.contains(skill.id))
                haystack += u' ' + skill.label;
        }
        haystack += u' ' + course.outcomes.join(u' ');
        const QStringList courseWords = words(haystack);
        for (const QString &wanted : words(text)) {
            if (std::none_of(courseWords.begin(), courseWords.end(),
                             [&wanted](const QString &word) { return word.startsWith(wanted); }))
                return false;
        }
        return true;
    }

    template<typename T>
    static bool inRange(const Range<T> &range, T value)
    {
        return (!range.min || value >= *range.min) && (!range.max || value <= *range.max);
    }

    bool matches(const Course &course, const CourseFilter &filter) const
    {
        if (!matchesText(course, filter.text))
            return false;
        if (!filter.skill.isEmpty() && !course.skills.contains(filter.skill))
            return false;
        if (!filter.provider.isEmpty() && course.provider != filter.provider)
            return false;
        if (!filter.framework.isEmpty() && course.framework != filter.framework)
            return false;
        if (filter.delivery && !course.delivery.contains(*filter.delivery))
            return false;
        if (!filter.cost.isOpen() && (!course.cost || !inRange(filter.cost, course.cost->amount.toDouble())))
            return false;
        return inRange(filter.level, course.level) && inRange(filter.credits, course.credits)
            && inRange(filter.hours, course.hours);
    }

    // SQLite's NOCASE: ASCII letters folded, then bytes of UTF-8 compared.
    static QByteArray noCase(const QString &text)
    {
        QByteArray bytes = text.toUtf8();
        for (char &c : bytes)
            c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        return bytes;
    }

    // -1, 0 or 1 for a against b on the sort key alone.
    int compareKey(const Course &a, const Course &b, CourseSortKey key) const
    {
        const auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
        const auto delivery = [](const Course &course) {
            QStringList keys;
            for (DeliveryMode mode : course.delivery)
                keys.append(deliveryModeKey(mode));
            return keys.join(u',').toUtf8();
        };
        switch (key) {
        case CourseSortKey::Catalogue:
            return 0;
        case CourseSortKey::Code:
            return cmp(a.code.toUtf8(), b.code.toUtf8());
        case CourseSortKey::Title:
            return cmp(noCase(a.title), noCase(b.title));
        case CourseSortKey::Provider:
            if (int c = cmp(noCase(providerName(a)), noCase(providerName(b))))
                return c;
            return cmp(providerIndex(a), providerIndex(b));
        case CourseSortKey::Level:
            return cmp(a.level, b.level);
        case CourseSortKey::Credits:
            return cmp(a.credits, b.credits);
        case CourseSortKey::Hours:
            return cmp(a.hours, b.hours);
        case CourseSortKey::Weeks:
            return cmp(a.weeks, b.weeks);
        case CourseSortKey::Cost:
            if (!a.cost || !b.cost)
                return cmp(a.cost.has_value(), b.cost.has_value()); // no cost first
            return cmp(a.cost->amount, b.cost->amount);
        case CourseSortKey::Delivery:
            return cmp(delivery(a), delivery(b));
        }
        return 0;
    }

    QStringList codes(const CourseFilter &filter, const CourseOrder &order) const
    {
        QList<int> rows;
        for (int i = 0; i < catalogue.courses.size(); ++i) {
            if (matches(catalogue.courses[i], filter))
                rows.append(i);
        }
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            int c = compareKey(catalogue.courses[a], catalogue.courses[b], order.key);
            if (c == 0)
                c = a < b ? -1 : 1; // catalogue order breaks ties
            return order.descending ? c > 0 : c < 0;
        });
        QStringList result;
        for (int row : rows)
            result.append(catalogue.courses[row].code);
        return result;
    }
};

QStringList codesOf(const QList<CourseRow> &rows)
{
    QStringList codes;
    for (const CourseRow &row : rows)
        codes.append(row.code);
    return codes;
}

CourseFilter randomFilter(std::mt19937 &random, const Catalogue &catalogue)
{
    const auto chance = [&random](int percent) { return int(random() % 100) < percent; };
    const QStringList texts{QStringLiteral("data"), QStringLiteral("intro"), QStringLiteral("a"),
                            QStringLiteral("safe work"), QStringLiteral("maori"), QStringLiteral("Māo"),
                            QStringLiteral("institute 1"), QStringLiteral("ii"), QStringLiteral("DAT00"),
                            QStringLiteral("skill 2"), QStringLiteral("nothing-like-this"), QStringLiteral("  ")};
    CourseFilter filter;
    if (chance(50))
        filter.text = texts[int(random() % texts.size())];
    if (chance(15))
        filter.skill = catalogue.skills[int(random() % catalogue.skills.size())].id;
    if (chance(15))
        filter.provider = catalogue.providers[int(random() % catalogue.providers.size())].id;
    if (chance(15))
        filter.framework = catalogue.frameworks[int(random() % catalogue.frameworks.size())].id;
    if (chance(20))
        filter.level.min = int(random() % 6) + 1;
    if (chance(20))
        filter.level.max = int(random() % 6) + 3;
    if (chance(15))
        filter.credits.min = 10;
    if (chance(15))
        filter.credits.max = 15;
    if (chance(15))
        filter.delivery = static_cast<DeliveryMode>(random() % 3);
    if (chance(15))
        filter.cost.min = double(random() % 1000);
    if (chance(15))
        filter.cost.max = double(500 + random() % 1500);
    if (chance(15))
        filter.hours.max = 160;
    return filter;
}

} // namespace

class TestCourseBrowser : public QObject
{
    Q_OBJECT

private:
    Database m_database;
    Database m_server; // the same catalogue on the test server, when there is one
    QString m_noServer;
    Catalogue m_catalogue;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.open(QStringLiteral(":memory:")).ok());
        m_catalogue = Cairn::Test::generateCatalogue(1500);
        const Status saved = CatalogueRepository(m_database).save(m_catalogue);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        // The same course twice keeps one row and one search entry.
        QVERIFY(CatalogueRepository(m_database).save(Catalogue{QString(), m_catalogue.frameworks,
                                                               m_catalogue.providers, m_catalogue.skills,
                                                               {m_catalogue.courses.first()}, {}})
                    .ok());
        m_noServer = Cairn::Test::openBackend(QStringLiteral("postgres"), m_server);
        if (m_noServer.isEmpty()) {
            const Status onServer = CatalogueRepository(m_server).save(m_catalogue);
            QVERIFY2(onServer.ok(), qPrintable(onServer.message()));
        }
    }

    void countsAndPagesAgreeWithAPlainScanOnRandomFilters_data()
    {
        QTest::addColumn<int>("manyMatches");
        QTest::addColumn<bool>("server");
        QTest::newRow("searches read and sorted") << CourseBrowser::defaultManyMatches << false;
        QTest::newRow("searches paged along the sort index") << 1 << false;
        QTest::newRow("on a study centre's server") << CourseBrowser::defaultManyMatches << true;
    }

    void countsAndPagesAgreeWithAPlainScanOnRandomFilters()
    {
        QFETCH(int, manyMatches);
        QFETCH(bool, server);
        if (server && !m_noServer.isEmpty())
            QSKIP(qPrintable(m_noServer.startsWith(QStringLiteral("skip: ")) ? m_noServer.mid(6) : m_noServer));
        std::mt19937 random(7);
        const Reference reference{m_catalogue};
        const CourseBrowser browser(server ? m_server : m_database, manyMatches);
        const QList<CourseSortKey> keys{CourseSortKey::Catalogue, CourseSortKey::Code,    CourseSortKey::Title, CourseSortKey::Provider,
                                        CourseSortKey::Level,   CourseSortKey::Credits, CourseSortKey::Hours,
                                        CourseSortKey::Weeks,   CourseSortKey::Cost,  CourseSortKey::Delivery};
        for (int round = 0; round < 150; ++round) {
            const CourseFilter filter = randomFilter(random, m_catalogue);
            const CourseOrder order{keys[round % keys.size()], round % 2 == 1};
            const QStringList expected = reference.codes(filter, order);
            qsizetype count = -1;
            QVERIFY(browser.count(filter, count).ok());
            QVERIFY2(count == expected.size(), qPrintable(QStringLiteral("round %1: %2 rows, expected %3")
                                                              .arg(round).arg(count).arg(expected.size())));
            const qsizetype page = 40;
            for (qsizetype offset : {qsizetype(0), count / 2 - 7, count - page + 3}) {
                offset = std::max<qsizetype>(0, offset);
                QList<CourseRow> rows;
                QVERIFY(browser.rows(filter, order, offset, page, rows, count).ok());
                QCOMPARE(codesOf(rows), expected.mid(offset, page));
                QList<CourseRow> fromTheFront;
                QVERIFY(browser.rows(filter, order, offset, page, fromTheFront).ok());
                QCOMPARE(fromTheFront, rows);
            }
            if (!expected.isEmpty()) {
                const qsizetype at = qsizetype(random() % expected.size());
                qsizetype position = -2;
                QVERIFY(browser.position(filter, order, expected[at], position).ok());
                QCOMPARE(position, at);
            }
        }
    }

    void aRowCarriesWhatTheTableShows()
    {
        const CourseBrowser browser(m_database);
        CourseFilter filter;
        filter.text = m_catalogue.courses[5].code;
        QList<CourseRow> rows;
        QVERIFY(browser.rows(filter, {}, 0, 10, rows).ok());
        QCOMPARE(rows.size(), 1);
        const Course &course = m_catalogue.courses[5];
        QCOMPARE(rows[0].title, course.title);
        QCOMPARE(rows[0].provider, Reference{m_catalogue}.providerName(course));
        QCOMPARE(rows[0].credits, course.credits);
        QCOMPARE(rows[0].level, course.level);
        QCOMPARE(rows[0].hours, course.hours);
        QCOMPARE(rows[0].weeks, course.weeks);
        QCOMPARE(rows[0].cost, course.cost);
        QCOMPARE(rows[0].delivery, course.delivery);
    }

    void aFilteredOutCourseHasNoPosition()
    {
        CourseFilter filter;
        filter.text = QStringLiteral("nothing-like-this");
        qsizetype position = 0;
        QVERIFY(CourseBrowser(m_database).position(filter, {}, m_catalogue.courses[0].code, position).ok());
        QCOMPARE(position, -1);
    }

    void eachSetConditionCountsOnceAndTheTextNotAtAll()
    {
        CourseFilter filter;
        filter.text = QStringLiteral("data");
        QCOMPARE(filter.conditionCount(), 0);
        QVERIFY(!filter.hasConditions());
        filter.provider = QStringLiteral("p1");
        filter.delivery = DeliveryMode::Online;
        filter.cost.max = 500.0;
        filter.cost.min = 100.0; // both ends of one range: one condition
        QCOMPARE(filter.conditionCount(), 3);
        filter.skill = QStringLiteral("sql");
        filter.framework = QStringLiteral("nzqf");
        filter.level.min = 4;
        filter.credits.max = 15.0;
        filter.hours.min = 10.0;
        QCOMPARE(filter.conditionCount(), 8);
        QVERIFY(filter.hasConditions());
    }

    void detailsNameTheProviderFrameworkAndSkills()
    {
        const Course &course = m_catalogue.courses[42];
        const auto details = CourseBrowser(m_database).details(course.code);
        QVERIFY(details);
        QCOMPARE(details->course, course);
        QVERIFY(details->provider && details->provider->id == course.provider);
        QVERIFY(details->framework && details->framework->id == course.framework);
        QCOMPARE(details->skills.size(), course.skills.size());
        QCOMPARE(details->skills.first().id, course.skills.first());
        QVERIFY(!CourseBrowser(m_database).details(QStringLiteral("NO-SUCH")).has_value());
    }

    void searchFollowsRenamesAndRemovals()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        const CourseBrowser browser(database);
        const auto countOf = [&browser](const QString &text) {
            CourseFilter filter;
            filter.text = text;
            qsizetype count = -1;
            return browser.count(filter, count).ok() ? count : -1;
        };
        QCOMPARE(countOf(QStringLiteral("carpentry")), 4);   // titles and skill labels
        QCOMPARE(countOf(QStringLiteral("carpentry first")), 1);
        QCOMPARE(countOf(QStringLiteral("northgate")), 12);
        QCOMPARE(countOf(QStringLiteral("north coll")), 12);   // every word begins a word
        QCOMPARE(countOf(QStringLiteral("orthgate")), 0);      // not the middle of a word
        QCOMPARE(countOf(QStringLiteral("\"north*")), 12);     // FTS5 syntax is taken as plain words

        CatalogueEditor editor(database);
        Catalogue catalogue;
        QVERIFY(CatalogueRepository(database).load(catalogue).ok());
        Provider provider = *std::find_if(catalogue.providers.begin(), catalogue.providers.end(),
                                          [](const Provider &p) { return p.name.startsWith(u"Northgate"); });
        provider.name = QStringLiteral("Southbank Trades Academy");
        QVERIFY(editor.putProvider(provider).ok());
        QCOMPARE(countOf(QStringLiteral("northgate")), 0);
        QCOMPARE(countOf(QStringLiteral("southbank")), 12);

        Skill skill = catalogue.skills.first();
        const qsizetype withSkill = std::count_if(catalogue.courses.begin(), catalogue.courses.end(),
                                                  [&skill](const Course &c) { return c.skills.contains(skill.id); });
        QVERIFY(withSkill > 0);
        skill.label = QStringLiteral("Zymurgy");
        QVERIFY(editor.putSkill(skill).ok());
        QCOMPARE(countOf(QStringLiteral("zymurgy")), withSkill);

        // A bundle that renames a provider refreshes courses it does not carry.
        provider.name = QStringLiteral("Westfield Building School");
        QVERIFY(CatalogueRepository(database).save(Catalogue{QString(), {}, {provider}, {}, {}, {}}).ok());
        QCOMPARE(countOf(QStringLiteral("southbank")), 0);
        QCOMPARE(countOf(QStringLiteral("westfield")), 12);
    }
};

QTEST_GUILESS_MAIN(TestCourseBrowser)
#include "tst_coursebrowser.moc"

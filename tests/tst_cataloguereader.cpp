#include "io/cataloguereader.h"
#include "io/jsondocument.h"
#include "io/cataloguewriter.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Cairn::Core;

class TestCatalogueReader : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_valid = Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"));

private Q_SLOTS:
    void readsEveryFieldOfAValidBundle()
    {
        Problems problems;
        const auto catalogue = readCatalogue(Cairn::Test::toBytes(m_valid), problems);
        QVERIFY2(catalogue, qPrintable(problems.describe(QStringLiteral("small"))));
        QCOMPARE(catalogue->name, QStringLiteral("Small test catalogue"));
        QCOMPARE(catalogue->frameworks.size(), 2);
        QCOMPARE(catalogue->frameworks[1].creditHours, 25.0);
        QCOMPARE(catalogue->courses.size(), 4);

        const Course &dat401 = catalogue->courses[0];
        QCOMPARE(dat401.cost, (money(980, QStringLiteral("NZD"))));
        QCOMPARE(dat401.delivery, (QList<DeliveryMode>{DeliveryMode::Online, DeliveryMode::Campus}));
        QCOMPARE(dat401.intakes, (QList<QDate>{QDate(2027, 2, 8), QDate(2027, 7, 12)}));

        const Course &dat501 = catalogue->courses[1];
        QCOMPARE(dat501.hours, 120.0);
        QCOMPARE(dat501.weeks, 8);
        QCOMPARE(dat501.prerequisites, Requirement::allOf({Requirement::courseNode(QStringLiteral("DAT401"))}));

        const Qualification &diploma = catalogue->qualifications[0];
        QCOMPARE(diploma.requirements.children.size(), size_t(3));
        QCOMPARE(diploma.requirements.children[1].kind, Requirement::Kind::Credits);
        QCOMPARE(diploma.requirements.children[1].label, QStringLiteral("Visualisation electives"));
        QCOMPARE(diploma.requirements.children[2].count, 1);
        QCOMPARE(diploma.constraints.size(), 2);
        QCOMPARE(diploma.constraints[1].kind, CreditConstraint::Kind::MaxCredits);
        QCOMPARE(diploma.maxRecognisedCredits, std::optional<double>(20));
        QCOMPARE(diploma.currencyYears, std::optional<int>(5));
        QVERIFY(diploma.programme);
        QCOMPARE(diploma.programme->weeks, 40);
        QCOMPARE(diploma.programme->cost, (std::optional<Money>(money(9800, QStringLiteral("NZD")))));
        QVERIFY(!catalogue->qualifications[1].programme);
        QCOMPARE(diploma.eligible.minLevel, std::optional<int>(4));
        QVERIFY(!diploma.eligible.maxLevel);

        const Selector &eligible = catalogue->qualifications[1].eligible;
        QCOMPARE(eligible.codePattern, std::optional<QString>(QStringLiteral("???4?1")));
        QCOMPARE(eligible.frameworks->size(), 2);
    }

    void defaultsHoursFromCreditsAndWeeksFromHours_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<double>("credits");
        QTest::addColumn<double>("expectedHours");
        QTest::addColumn<int>("expectedWeeks");
        QTest::newRow("15 NZQCF credits") << "nzqcf" << 15.0 << 150.0 << 15;
        QTest::newRow("5 ECTS") << "ects" << 5.0 << 125.0 << 13;
        QTest::newRow("half an ECTS") << "ects" << 0.2 << 5.0 << 1;
        QTest::newRow("2.5 ECTS rounds weeks up") << "ects" << 2.5 << 62.5 << 7;
    }

    void defaultsHoursFromCreditsAndWeeksFromHours()
    {
        QFETCH(QString, framework);
        QFETCH(double, credits);
        QFETCH(double, expectedHours);
        QFETCH(int, expectedWeeks);
        QJsonObject bundle = Cairn::Test::editJson(m_valid, QStringLiteral("courses[2].framework"), framework);
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[2].credits"), credits);
        Problems problems;
        const auto catalogue = readCatalogue(Cairn::Test::toBytes(bundle), problems);
        QVERIFY2(catalogue, qPrintable(problems.describe(QString())));
        QCOMPARE(catalogue->courses[2].hours, expectedHours);
        QCOMPARE(catalogue->courses[2].weeks, expectedWeeks);
    }

    void rejectsMalformedBundleNamingThePath_data()
    {
        QTest::addColumn<QString>("editPath");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<QString>("expected");

        QTest::newRow("wrong format") << "format" << R"("cairn-learner")" << R"(format: expected "cairn-catalogue")";
        QTest::newRow("future version") << "version" << "2" << "version: version 2 is not supported";
        QTest::newRow("missing courses") << "courses" << "<remove>" << "courses: is required";
        QTest::newRow("courses not an array") << "courses" << "{}" << "courses: expected an array";
        QTest::newRow("course not an object") << "courses[1]" << "7" << "courses[1]: expected an object";
        QTest::newRow("missing title") << "courses[1].title" << "<remove>" << "courses[1].title: is required";
        QTest::newRow("title empty") << "courses[1].title" << R"("  ")" << "courses[1].title: expected a non-empty string";
        QTest::newRow("credits zero") << "courses[2].credits" << "0" << "courses[2].credits: expected a positive number";
        QTest::newRow("credits text") << "courses[2].credits" << R"("15")" << "courses[2].credits: expected a positive number";
        QTest::newRow("level fraction") << "courses[0].level" << "4.5" << "courses[0].level: expected a whole number";
        QTest::newRow("level outside framework") << "courses[0].level" << "11" << "courses[0].level: expected a level from 1 to 10";
        QTest::newRow("weeks zero") << "courses[1].weeks" << "0" << "courses[1].weeks: expected a whole number of at least 1";
        QTest::newRow("bad code") << "courses[3].code" << R"("LDS 603")" << "courses[3].code: expected a code of letters";
        QTest::newRow("duplicate code") << "courses[3].code" << R"("DAT401")" << R"(courses[3].code: "DAT401" is used more than once)";
        QTest::newRow("unknown provider") << "courses[0].provider" << R"("nowhere")" << R"(courses[0].provider: no provider "nowhere" in this catalogue)";
        QTest::newRow("unknown framework") << "courses[0].framework" << R"("aqf")" << R"(courses[0].framework: no framework "aqf")";
        QTest::newRow("unknown skill") << "courses[3].skills[0]" << R"("cooking")" << R"(courses[3].skills[0]: no skill "cooking")";
        QTest::newRow("bad delivery") << "courses[0].delivery[1]" << R"("by post")" << "courses[0].delivery[1]: expected one of online, campus, workplace";
        QTest::newRow("bad intake date") << "courses[0].intakes[1]" << R"("2027-13-01")" << "courses[0].intakes[1]: expected a date YYYY-MM-DD";
        QTest::newRow("intake date of a day that is not") << "courses[0].intakes[1]" << R"("2027-02-29")" << "courses[0].intakes[1]: expected a date YYYY-MM-DD";
        QTest::newRow("intake date without leading zeros") << "courses[0].intakes[1]" << R"("2027-2-01")" << "courses[0].intakes[1]: expected a date YYYY-MM-DD";
        QTest::newRow("intake date with a time") << "courses[0].intakes[1]" << R"("2027-02-01T09:00")" << "courses[0].intakes[1]: expected a date YYYY-MM-DD";
        QTest::newRow("intake date in other digits") << "courses[0].intakes[1]" << R"("٢٠٢٧-02-01")" << "courses[0].intakes[1]: expected a date YYYY-MM-DD";
        QTest::newRow("intake date in year 0") << "courses[0].intakes[1]" << R"("0000-02-01")" << "courses[0].intakes[1]: expected a date YYYY-MM-DD";
        QTest::newRow("cost without currency") << "courses[0].cost.currency" << "<remove>" << "courses[0].cost.currency: is required";
        QTest::newRow("negative cost") << "courses[0].cost.amount" << "-1" << "courses[0].cost.amount: expected a number of at least 0";
        QTest::newRow("prerequisite on missing course") << "courses[1].prerequisites.allOf[0].course" << R"("DAT999")" << R"(courses[1].prerequisites.allOf[0].course: no course "DAT999")";
        QTest::newRow("credits node in prerequisites") << "courses[1].prerequisites" << R"({"credits": 10})" << R"(courses[1].prerequisites: expected exactly one of "course", "allOf", "anyOf")";
        QTest::newRow("own prerequisite") << "courses[2].prerequisites.anyOf[0].course" << R"("DAT510")" << "courses[2].prerequisites: a course cannot be its own prerequisite";
        QTest::newRow("anyOf count too large") << "qualifications[0].requirements.allOf[2].count" << "3" << "qualifications[0].requirements.allOf[2].count: expected at most 2";
        QTest::newRow("anyOf count zero") << "qualifications[0].requirements.allOf[2].count" << "0" << "qualifications[0].requirements.allOf[2].count: expected a whole number of at least 1";
        QTest::newRow("two shapes in a node") << "qualifications[0].requirements.allOf[0].credits" << "5" << "qualifications[0].requirements.allOf[0]: expected exactly one of";
        QTest::newRow("empty allOf") << "qualifications[0].requirements.allOf" << "[]" << "qualifications[0].requirements.allOf: expected at least one requirement";
        QTest::newRow("requirement on missing course") << "qualifications[0].requirements.allOf[0].course" << R"("NOPE1")" << R"(qualifications[0].requirements.allOf[0].course: no course "NOPE1")";
        QTest::newRow("selector on missing skill") << "qualifications[0].requirements.allOf[1].from.skills[0]" << R"("knitting")" << R"(qualifications[0].requirements.allOf[1].from.skills[0]: no skill "knitting")";
        QTest::newRow("selector levels reversed") << "qualifications[0].eligible.levels" << R"({"min": 6, "max": 4})" << "qualifications[0].eligible.levels: min (6) is greater than max (4)";
        QTest::newRow("constraint with both bounds") << "qualifications[0].constraints[0].maxCredits" << "40" << R"(qualifications[0].constraints[0]: expected exactly one of "minCredits", "maxCredits")";
        QTest::newRow("constraint on missing provider") << "qualifications[0].constraints[1].from.providers[0]" << R"("other")" << R"(qualifications[0].constraints[1].from.providers[0]: no provider "other")";
        QTest::newRow("qualification credits negative") << "qualifications[1].credits" << "-5" << "qualifications[1].credits: expected a number of at least 0";
        QTest::newRow("programme of no weeks") << "qualifications[0].programme.weeks" << "0" << "qualifications[0].programme.weeks: expected a whole number of at least 1";
        QTest::newRow("programme without weeks") << "qualifications[0].programme.weeks" << "<remove>" << "qualifications[0].programme.weeks: is required";
        QTest::newRow("programme price negative") << "qualifications[0].programme.cost.amount" << "-1" << "qualifications[0].programme.cost.amount: expected a number of at least 0";
        QTest::newRow("currency years zero") << "qualifications[0].currencyYears" << "0" << "qualifications[0].currencyYears: expected a whole number of at least 1";
        QTest::newRow("selector frameworks unknown") << "qualifications[1].eligible.frameworks[1]" << R"("aqf")" << R"(qualifications[1].eligible.frameworks[1]: no framework "aqf")";
        QTest::newRow("framework credit hours zero") << "frameworks[1].creditHours" << "0" << "frameworks[1].creditHours: expected a positive number";
        QTest::newRow("framework without levels") << "frameworks[0].levels" << "<remove>" << "frameworks[0].levels: is required";
        QTest::newRow("duplicate provider id") << "providers[1].id" << R"("harbour")" << R"(providers[1].id: "harbour" is used more than once)";
        QTest::newRow("framework levels reversed") << "frameworks[1].levels" << R"({"min": 8, "max": 1})" << "frameworks[1].levels: min is greater than max";
        QTest::newRow("qualification of an unknown provider") << "qualifications[0].provider" << R"("nowhere")" << R"(qualifications[0].provider: no provider "nowhere" in this catalogue)";
        QTest::newRow("qualification of an unknown framework") << "qualifications[0].framework" << R"("aqf")" << R"(qualifications[0].framework: no framework "aqf" in this catalogue)";
        QTest::newRow("selector on an unknown course") << "qualifications[0].requirements.allOf[1].from.courses" << R"(["DAT999"])" << R"(qualifications[0].requirements.allOf[1].from.courses[0]: no course "DAT999" in this catalogue)";
        // What the database would refuse, or sums could not hold, is refused here with its path.
        QTest::newRow("skill listed twice") << "courses[0].skills" << R"(["sql", "sql"])" << R"(courses[0].skills[1]: "sql" is listed more than once)";
        QTest::newRow("credits beyond any course") << "courses[2].credits" << "1e308" << "courses[2].credits: expected at most 1000";
        QTest::newRow("hours beyond any course") << "courses[1].hours" << "1e12" << "courses[1].hours: expected at most 100000";
        QTest::newRow("weeks beyond ten years") << "courses[1].weeks" << "521" << "courses[1].weeks: expected a whole number of at most 520";
        QTest::newRow("cost beyond any price") << "courses[0].cost.amount" << "1e300" << "courses[0].cost.amount: expected at most 1000000000";
        QTest::newRow("cost finer than any currency") << "courses[0].cost.amount" << "12.34567" << "courses[0].cost.amount: expected an amount with at most four decimal places";
        QTest::newRow("programme price finer than any currency") << "qualifications[0].programme.cost.amount" << "0.00001" << "qualifications[0].programme.cost.amount: expected an amount with at most four decimal places";
        QTest::newRow("currency not a code") << "courses[0].cost.currency" << R"("dollars")" << "courses[0].cost.currency: expected a currency code of three capital letters";
        QTest::newRow("currency in small letters") << "qualifications[0].programme.cost.currency" << R"("nzd")" << "qualifications[0].programme.cost.currency: expected a currency code";
        QTest::newRow("credit hours beyond any framework") << "frameworks[0].creditHours" << "5000" << "frameworks[0].creditHours: expected at most 1000";
        QTest::newRow("qualification credits beyond any") << "qualifications[1].credits" << "1e308" << "qualifications[1].credits: expected at most 10000";
        QTest::newRow("requirement credits beyond any") << "qualifications[0].requirements.allOf[1].credits" << "1e308" << "qualifications[0].requirements.allOf[1].credits: expected at most 10000";
        QTest::newRow("recognition cap beyond any") << "qualifications[0].maxRecognisedCredits" << "1e308" << "qualifications[0].maxRecognisedCredits: expected at most 10000";
        QTest::newRow("currency years beyond a century") << "qualifications[0].currencyYears" << "1000" << "qualifications[0].currencyYears: expected a whole number of at most 100";
        QTest::newRow("programme beyond ten years") << "qualifications[0].programme.weeks" << "1e9" << "qualifications[0].programme.weeks: expected a whole number of at most 520";
    }

    void rejectsMalformedBundleNamingThePath()
    {
        QFETCH(QString, editPath);
        QFETCH(QString, newValue);
        QFETCH(QString, expected);
        const QJsonObject bundle = Cairn::Test::editJson(m_valid, editPath, Cairn::Test::jsonValueFromText(newValue));
        Problems problems;
        const auto catalogue = readCatalogue(Cairn::Test::toBytes(bundle), problems);
        QVERIFY(!catalogue);
        const QString report = problems.describe(QStringLiteral("bundle.json"));
        QVERIFY2(report.contains(QStringLiteral("bundle.json: ") + expected), qPrintable(report));
    }

    void aValueThatCannotBeReadIsReportedOnce()
    {
        const QJsonObject bundle = Cairn::Test::editJson(m_valid, QStringLiteral("courses[0].level"), QStringLiteral("five"));
        Problems problems;
        QVERIFY(!readCatalogue(Cairn::Test::toBytes(bundle), problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.items().first().toString(), QStringLiteral("courses[0].level: expected a whole number"));
    }

    void reportsSyntaxErrorsWithLineAndColumn()
    {
        Problems problems;
        QVERIFY(!readCatalogue(QByteArray("{\n  \"format\": \"cairn-catalogue\",\n  \"version\": 1,,\n}"), problems));
        QVERIFY2(problems.describe(QString()).contains(QStringLiteral("line 3, column")),
                 qPrintable(problems.describe(QString())));
    }

    // JSON that Qt's parser accepts and simdjson refuses is located too.
    void locatesWhatTheParserCannotRead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a whole number beyond 64 bits")
            << QByteArray("{\n  \"format\": \"cairn-catalogue\",\n  \"version\": 100000000000000000000000\n}")
            << QStringLiteral("not valid JSON at line 3, column 14: a whole number too large to read");
        QTest::newRow("a negative one")
            << QByteArray("{\"format\": \"x\", \"n\": [1.5e3, -9223372036854775809]}")
            << QStringLiteral("not valid JSON at line 1, column 30: a whole number too large to read");
        QTest::newRow("an escape JSON does not have")
            << QByteArray("{\"format\": \"x\", \"s\": \"a\\qb\"}")
            << QStringLiteral("not valid JSON at line 1, column 24: an escape that JSON does not have");
        QTest::newRow("half a character")
            << QByteArray("{\"format\": \"cairn-catalogue\",\n\"name\": \"ok \\u00e9 \\ud83d\\ude00 \\ud800 x\"}")
            << QStringLiteral("not valid JSON at line 2, column 33: a \\u escape of half a character");
    }

    void locatesWhatTheParserCannotRead()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Problems problems;
        QVERIFY(!readCatalogue(text, problems));
        QCOMPARE(problems.describe(QString()), expected);
    }

    void readsTheLargestWholeNumbersAndPairedEscapes()
    {
        // At the limits simdjson still reads: the number is refused by
        // validation with its path, not by the parser.
        QJsonObject bundle = Cairn::Test::editJson(m_valid, QStringLiteral("name"), QStringLiteral("caf\u00e9 \U0001F600"));
        QByteArray text = Cairn::Test::toBytes(bundle);
        text.replace("\"version\":1", "\"version\":1,\"ignored\": [18446744073709551615, -9223372036854775808]");
        QVERIFY(text.contains("ignored"));
        Problems problems;
        const auto catalogue = readCatalogue(text, problems);
        QVERIFY2(catalogue, qPrintable(problems.describe(QString())));
        QCOMPARE(catalogue->name, QStringLiteral("caf\u00e9 \U0001F600"));
    }

    // An import reads the courses one at a time — from the parsed text, or
    // from slices of the text parsed one by one: the same courses, in the
    // same order, as the whole model.
    void aBundleGivesTheSameCoursesOneAtATime_data()
    {
        QTest::addColumn<bool>("sliced");
        QTest::newRow("from the parsed array") << false;
        QTest::newRow("from slices of the text") << true;
    }

    void aBundleGivesTheSameCoursesOneAtATime()
    {
        QFETCH(bool, sliced);
        const QByteArray text = Cairn::Test::readAll(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"));
        Problems problems;
        const auto whole = readCatalogue(text, problems);
        QVERIFY2(whole, qPrintable(problems.describe(QString())));
        const auto slices = findCourseSlices(text);
        QVERIFY(slices);
        QCOMPARE(slices->courses.size(), whole->courses.size());
        ParsedJson parsed;
        const auto root = parseJsonObject(parsed, sliced ? slices->rest : text, problems);
        QVERIFY(root);
        const auto bundle = readCatalogueBundle(*root, sliced ? CourseElements(text, slices->courses) : CourseElements(),
                                                problems);
        QVERIFY2(bundle, qPrintable(problems.describe(QString())));
        QCOMPARE(bundle->size(), whole->courses.size());
        QVERIFY(bundle->catalogue.courses.isEmpty());
        QList<Course> streamed;
        QVERIFY(bundle->forEach([&streamed](const Course &course) {
            streamed.append(course);
            return true;
        }));
        QCOMPARE(streamed, whole->courses);
        Catalogue rest = *whole;
        rest.courses.clear();
        QCOMPARE(bundle->catalogue, rest);

        // A visit that says stop stops the walk.
        qsizetype visited = 0;
        QVERIFY(!bundle->forEach([&visited](const Course &) { return ++visited < 3; }));
        QCOMPARE(visited, 3);
    }

    void aBundleIsCheckedLikeTheWholeModel()
    {
        QJsonObject broken = Cairn::Test::editJson(m_valid, QStringLiteral("courses[1].code"), QStringLiteral("DAT401"));
        broken = Cairn::Test::editJson(broken, QStringLiteral("courses[3].skills[0]"), QStringLiteral("no-such-skill"));
        broken = Cairn::Test::editJson(broken, QStringLiteral("qualifications[0].framework"), QStringLiteral("nowhere"));
        const QByteArray text = Cairn::Test::toBytes(broken);
        // Read whole (the root's own array) and read as readCatalogue does (slices).
        Problems whole;
        ParsedJson parsed;
        QVERIFY(!readCatalogue(*parseJsonObject(parsed, text, whole), whole));
        Problems sliced;
        QVERIFY(!readCatalogue(text, sliced));
        QCOMPARE(sliced.describe(QString()), whole.describe(QString()));
        QCOMPARE(whole.size(), 6); // renaming DAT501 leaves two references to it dangling, and DAT401 its own prerequisite
    }

    // What the scan finds, and where it gives up so that the text is parsed
    // whole (and its problem said with the line and column).
    void findsTheCoursesOfABundle()
    {
        const QByteArray text("{\"format\": \"x\", \"nested\": {\"courses\": [9]}, \"s\": \"a \\\" ] } [\",\n"
                              " \"backslash\": \"at the end \\\\\", \"both\": \"\\\\\\\"]\","
                              " \"courses\" : [ {\"code\": \"A\", \"x\": [1, {\"y\": \"]\"}]} , 7,\"z\" ,[] ], \"n\": -1.5e3}");
        const auto slices = findCourseSlices(text);
        QVERIFY(slices);
        QStringList found;
        for (const CourseSlices::Slice &slice : slices->courses)
            found.append(QString::fromUtf8(text.mid(slice.offset, slice.size)));
        QCOMPARE(found, (QStringList{QStringLiteral("{\"code\": \"A\", \"x\": [1, {\"y\": \"]\"}]}"),
                                     QStringLiteral("7"), QStringLiteral("\"z\""), QStringLiteral("[]")}));
        QVERIFY(slices->rest.contains("\"courses\" : [], \"n\": -1.5e3}"));
        QVERIFY(slices->rest.contains("{\"courses\": [9]}"));

        for (const char *shape : {"[]", "{}", "{\"courses\": 3}", "{\"courses\": [1 2]}", "{\"courses\": [1,]}",
                                  "{\"courses\": [1]", "{\"courses\": [1]} x", "{\"a\" 1, \"courses\": []}",
                                  "{\"courses\": [\"open]}"})
            QVERIFY2(!findCourseSlices(QByteArray(shape)), shape);
    }

    void aBrokenCourseIsLocatedInTheWholeText()
    {
        QByteArray text = Cairn::Test::toBytes(m_valid);
        const qsizetype at = text.indexOf("\"DAT501\"");
        QVERIFY(at > 0);
        text.insert(at, "@");
        QVERIFY(findCourseSlices(text)); // the scan does not look inside a course
        Problems problems;
        QVERIFY(!readCatalogue(text, problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.describe(QString()).startsWith(QStringLiteral("not valid JSON at line 1, column %1").arg(at + 1)),
                 qPrintable(problems.describe(QString())));
    }

    // The reading an import does (courses found by a scan, parsed one at a
    // time) against parsing the text whole, on texts broken at random: the
    // same verdict and the same problems, every time.
    void slicedAndWholeReadingAgreeOnBrokenTexts()
    {
        const QByteArray valid = Cairn::Test::toBytes(m_valid);
        const QByteArray pieces[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", " ", "1", "x", "-", "\"\"", "{}", "[]"};
        for (quint32 seed = 1; seed <= 3000; ++seed) {
            QRandomGenerator random(seed);
            QByteArray text = valid;
            const int edits = 1 + int(random.bounded(2));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = text.isEmpty() ? 0 : random.bounded(int(text.size()));
                switch (random.bounded(3)) {
                case 0:
                    text.remove(at, 1 + random.bounded(3));
                    break;
                case 1:
                    text.insert(at, pieces[random.bounded(int(std::size(pieces)))]);
                    break;
                default:
                    text.truncate(at);
                }
            }
            Problems sliced;
            const auto fromSlices = readCatalogue(text, sliced);
            Problems whole;
            ParsedJson parsed;
            const auto root = parseJsonObject(parsed, text, whole);
            const auto fromWhole = root ? readCatalogue(*root, whole) : std::nullopt;
            const QString context = QStringLiteral("seed %1: %2").arg(seed).arg(QString::fromUtf8(text));
            QVERIFY2(fromSlices.has_value() == fromWhole.has_value(), qPrintable(context));
            if (fromSlices)
                QVERIFY2(*fromSlices == *fromWhole, qPrintable(context));
            if (sliced.describe(QString()) != whole.describe(QString()))
                qWarning().noquote() << "sliced:" << sliced.describe(QString()) << "\nwhole:" << whole.describe(QString());
            QVERIFY2(sliced.describe(QString()) == whole.describe(QString()), qPrintable(context));
        }
    }

    void readsAFileThatStartsWithAByteOrderMark()
    {
        const QByteArray text = "\xEF\xBB\xBF" + Cairn::Test::toBytes(m_valid);
        QVERIFY(findCourseSlices(text));
        Problems problems;
        const auto sliced = readCatalogue(text, problems);
        QVERIFY2(sliced, qPrintable(problems.describe(QString())));
        ParsedJson parsed;
        const auto whole = readCatalogue(*parseJsonObject(parsed, text, problems), problems);
        QVERIFY2(whole, qPrintable(problems.describe(QString())));
        QCOMPARE(sliced->courses.size(), 4);
        QCOMPARE(*sliced, *whole);
    }

    void rejectsATopLevelArray()
    {
        Problems problems;
        QVERIFY(!readCatalogue(QByteArray("[]"), problems));
        QVERIFY(problems.describe(QString()).contains(QStringLiteral("expected a JSON object")));
    }

    void reportsEveryProblemInOnePass()
    {
        QJsonObject bundle = Cairn::Test::editJson(m_valid, QStringLiteral("courses[0].credits"), -1);
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[3].provider"), QStringLiteral("nobody"));
        Problems problems;
        QVERIFY(!readCatalogue(Cairn::Test::toBytes(bundle), problems));
        QCOMPARE(problems.size(), 2);
    }

    void ignoresUnknownKeys()
    {
        QJsonObject bundle = Cairn::Test::editJson(m_valid, QStringLiteral("courses[0].futureField"), 42);
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("somethingNew"), QStringLiteral("x"));
        Problems problems;
        QVERIFY2(readCatalogue(Cairn::Test::toBytes(bundle), problems), qPrintable(problems.describe(QString())));
    }

    void writeThenReadIsLossless()
    {
        Problems problems;
        const auto first = readCatalogue(Cairn::Test::toBytes(m_valid), problems);
        QVERIFY(first);
        const auto second = readCatalogue(catalogueToJsonBytes(*first), problems);
        QVERIFY2(second, qPrintable(problems.describe(QString())));
        QCOMPARE(*second, *first);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueReader)
#include "tst_cataloguereader.moc"

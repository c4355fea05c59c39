#include "cataloguereader.h"

#include "cataloguereferences.h"
#include "jsondocument.h"
#include "jsonfields.h"
#include "readahead.h"
#include "rulesjson.h"
#include "model/limits.h"

#include <QSet>

namespace Cairn::Core {

namespace {

class CatalogueText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CatalogueReader)
};

using NumberRule = JsonFieldReader::NumberRule;

// Reports a second use of the same id or code at `path`.
void checkUnique(QSet<QString> &seen, const QString &id, const QString &path, JsonFieldReader &reader)
{
    if (id.isEmpty())
        return;
    if (seen.contains(id))
        reader.addProblem(path, CatalogueText::tr("\"%1\" is used more than once").arg(id));
    seen.insert(id);
}

void checkCode(const QString &code, const QString &path, JsonFieldReader &reader)
{
    if (!code.isEmpty() && !isValidCode(code))
        reader.addProblem(path, CatalogueText::tr("expected a code of letters, digits, '.', '_' or '-'"));
}

template<typename T, typename ReadOne>
QList<T> readArray(const JsonObjectView &root, QStringView key, Presence presence,
                   JsonFieldReader &reader, ReadOne readOne)
{
    QList<T> items;
    const auto array = reader.array(root, key, QString(), presence);
    if (!array)
        return items;
    items.reserve(array->size());
    const QString arrayPath = key.toString();
    qsizetype i = 0;
    for (const JsonView element : *array) {
        const QString path = jsonIndexPath(arrayPath, i++);
        if (const auto object = reader.asObject(element, path))
            items.append(readOne(*object, path));
    }
    return items;
}

// An optional `{"amount": N, "currency": "XYZ"}` under `key`.
std::optional<Money> readMoney(const JsonObjectView &object, QStringView key, const QString &path, JsonFieldReader &reader)
{
    const auto cost = reader.object(object, key, path, Presence::Optional);
    if (!cost)
        return std::nullopt;
    const QString costPath = jsonChildPath(path, key);
    Money money;
    money.amount = reader.amount(*cost, u"amount", costPath, Presence::Required).value_or(Amount());
    money.currency = reader.currency(*cost, u"currency", costPath, Presence::Required).value_or(QString());
    return money;
}

Framework readFramework(const JsonObjectView &object, const QString &path, JsonFieldReader &reader)
{
    Framework framework;
    framework.id = reader.string(object, u"id", path, Presence::Required).value_or(QString());
    framework.name = reader.string(object, u"name", path, Presence::Required).value_or(QString());
    framework.creditHours =
        reader.number(object, u"creditHours", path, Presence::Required, NumberRule::Positive, Limits::creditHours)
            .value_or(1.0);
    if (const auto levels = reader.object(object, u"levels", path, Presence::Required)) {
        const QString levelsPath = jsonChildPath(path, u"levels");
        framework.minLevel = reader.integer(*levels, u"min", levelsPath, Presence::Required).value_or(0);
        framework.maxLevel = reader.integer(*levels, u"max", levelsPath, Presence::Required).value_or(0);
        if (framework.minLevel > framework.maxLevel)
            reader.addProblem(levelsPath, CatalogueText::tr("min is greater than max"));
    }
    return framework;
}

Provider readProvider(const JsonObjectView &object, const QString &path, JsonFieldReader &reader)
{
    Provider provider;
    provider.id = reader.string(object, u"id", path, Presence::Required).value_or(QString());
    provider.name = reader.string(object, u"name", path, Presence::Required).value_or(QString());
    provider.country = reader.string(object, u"country", path, Presence::Optional).value_or(QString());
    provider.qualityAssurance =
        reader.string(object, u"qualityAssurance", path, Presence::Optional).value_or(QString());
    return provider;
}

Skill readSkill(const JsonObjectView &object, const QString &path, JsonFieldReader &reader)
{
    Skill skill;
    skill.id = reader.string(object, u"id", path, Presence::Required).value_or(QString());
    skill.label = reader.string(object, u"label", path, Presence::Required).value_or(QString());
    skill.uri = reader.string(object, u"uri", path, Presence::Optional).value_or(QString());
    return skill;
}

Course readCourse(const JsonObjectView &object, const QString &path, JsonFieldReader &reader,
                  const CatalogueIndex &frameworks)
{
    Course course;
    course.code = reader.string(object, u"code", path, Presence::Required).value_or(QString());
    checkCode(course.code, jsonChildPath(path, u"code"), reader);
    course.title = reader.string(object, u"title", path, Presence::Required).value_or(QString());
    course.provider = reader.string(object, u"provider", path, Presence::Required).value_or(QString());
    course.framework = reader.string(object, u"framework", path, Presence::Required).value_or(QString());
    course.credits =
        reader.number(object, u"credits", path, Presence::Required, NumberRule::Positive, Limits::courseCredits).value_or(0.0);
    course.level = reader.integer(object, u"level", path, Presence::Required).value_or(0);

    const Framework *framework = frameworks.framework(course.framework);
    const auto hours = reader.number(object, u"hours", path, Presence::Optional, NumberRule::Positive, Limits::courseHours);
    course.hours = hours ? *hours : (framework ? notionalHours(course.credits, *framework) : 0.0);
    const auto weeks = reader.integer(object, u"weeks", path, Presence::Optional, 1, Limits::courseWeeks);
    course.weeks = weeks ? *weeks : defaultWeeks(course.hours);

    course.cost = readMoney(object, u"cost", path, reader);
    if (const auto delivery = reader.stringList(object, u"delivery", path, Presence::Optional)) {
        for (qsizetype i = 0; i < delivery->size(); ++i) {
            if (const auto mode = deliveryModeFromKey(delivery->at(i))) {
                course.delivery.append(*mode);
            } else {
                reader.addProblem(jsonIndexPath(jsonChildPath(path, u"delivery"), i),
                                  CatalogueText::tr("expected one of %1")
                                      .arg(deliveryModeKeys().join(QStringLiteral(", "))));
            }
        }
    }
    if (const auto intakes = reader.array(object, u"intakes", path, Presence::Optional)) {
        qsizetype i = 0;
        for (const JsonView intake : *intakes) {
            const QDate date = parseIsoDate(intake.toString());
            if (date.isValid())
                course.intakes.append(date);
            else
                reader.addProblem(jsonIndexPath(jsonChildPath(path, u"intakes"), i),
                                  CatalogueText::tr("expected a date YYYY-MM-DD"));
            ++i;
        }
    }
    course.skills = reader.stringList(object, u"skills", path, Presence::Optional).value_or(QStringList());
    for (qsizetype i = 1; i < course.skills.size(); ++i) {
        if (course.skills.indexOf(course.skills[i]) < i) {
            reader.addProblem(jsonIndexPath(jsonChildPath(path, u"skills"), i),
                              CatalogueText::tr("\"%1\" is listed more than once").arg(course.skills[i]));
        }
    }
    course.outcomes = reader.stringList(object, u"outcomes", path, Presence::Optional).value_or(QStringList());
    course.assessment = reader.string(object, u"assessment", path, Presence::Optional).value_or(QString());
    course.description = reader.string(object, u"description", path, Presence::Optional).value_or(QString());
    course.url = reader.string(object, u"url", path, Presence::Optional).value_or(QString());
    if (object.contains(u"prerequisites")) {
        course.prerequisites = readRequirement(object.value(u"prerequisites"),
                                               jsonChildPath(path, u"prerequisites"), reader,
                                               RequirementGrammar::Prerequisite);
    }
    return course;
}

Qualification readQualification(const JsonObjectView &object, const QString &path, JsonFieldReader &reader)
{
    Qualification qualification;
    qualification.code = reader.string(object, u"code", path, Presence::Required).value_or(QString());
    checkCode(qualification.code, jsonChildPath(path, u"code"), reader);
    qualification.title = reader.string(object, u"title", path, Presence::Required).value_or(QString());
    qualification.type = reader.string(object, u"type", path, Presence::Optional).value_or(QString());
    qualification.provider = reader.string(object, u"provider", path, Presence::Optional).value_or(QString());
    qualification.framework = reader.string(object, u"framework", path, Presence::Required).value_or(QString());
    qualification.level = reader.integer(object, u"level", path, Presence::Optional);
    qualification.credits = reader.number(object, u"credits", path, Presence::Required, NumberRule::NonNegative,
                                          Limits::qualificationCredits)
                                .value_or(0.0);
    if (object.contains(u"eligible"))
        qualification.eligible = readSelector(object.value(u"eligible"), jsonChildPath(path, u"eligible"), reader);
    if (object.contains(u"requirements")) {
        qualification.requirements =
            readRequirement(object.value(u"requirements"), jsonChildPath(path, u"requirements"), reader,
                            RequirementGrammar::Qualification);
    }
    if (const auto constraints = reader.array(object, u"constraints", path, Presence::Optional)) {
        const QString constraintsPath = jsonChildPath(path, u"constraints");
        qsizetype i = 0;
        for (const JsonView constraint : *constraints)
            qualification.constraints.append(readCreditConstraint(constraint, jsonIndexPath(constraintsPath, i++), reader));
    }
    qualification.maxRecognisedCredits =
        reader.number(object, u"maxRecognisedCredits", path, Presence::Optional, NumberRule::NonNegative,
                      Limits::qualificationCredits);
    qualification.currencyYears =
        reader.integer(object, u"currencyYears", path, Presence::Optional, 1, Limits::currencyYears);
    qualification.description = reader.string(object, u"description", path, Presence::Optional).value_or(QString());
    if (const auto programme = reader.object(object, u"programme", path, Presence::Optional)) {
        const QString programmePath = jsonChildPath(path, u"programme");
        FullProgramme full;
        full.weeks =
            reader.integer(*programme, u"weeks", programmePath, Presence::Required, 1, Limits::programmeWeeks).value_or(1);
        full.cost = readMoney(*programme, u"cost", programmePath, reader);
        qualification.programme = full;
    }
    return qualification;
}

} // namespace

namespace {

// Reads and checks a whole bundle. Its courses are appended to `keep` when it
// is given, and only checked otherwise; `courses`, unless given, is set to
// root's own.
std::optional<Catalogue> readBundle(const JsonObjectView &root, Problems &problems, QList<Course> *keep,
                                    CourseElements &courses, const CheckProgress &checked = {},
                                    bool *stopped = nullptr)
{
    // Every course's code, first: a prerequisite may name a course further
    // on. This is also where a course given as a slice of the text is first
    // parsed, and every one must parse before anything is said of the rest:
    // a broken course can mislead the scan (an unbalanced quote), so that the
    // rest it left is not the rest of the bundle.
    if (!courses.isGiven())
        courses = CourseElements(root.value(u"courses").toArray());
    QSet<QString> codes;
    codes.reserve(courses.size());
    bool unparsed = false;
    courses.forEach([&codes](const JsonView &element, qsizetype) {
        codes.insert(element.toObject().value(u"code").toString());
        return true;
    }, &unparsed);
    if (unparsed) {
        ParsedJson::describeRefusal(courses.text(), problems);
        return std::nullopt;
    }

    if (!checkFormatAndVersion(root, DocumentFormat::Catalogue, problems))
        return std::nullopt;

    JsonFieldReader reader(problems);
    Catalogue catalogue;
    catalogue.name = reader.string(root, u"name", QString(), Presence::Optional).value_or(QString());
    catalogue.frameworks = readArray<Framework>(root, u"frameworks", Presence::Required, reader,
        [&reader](const JsonObjectView &o, const QString &p) { return readFramework(o, p, reader); });
    catalogue.providers = readArray<Provider>(root, u"providers", Presence::Optional, reader,
        [&reader](const JsonObjectView &o, const QString &p) { return readProvider(o, p, reader); });
    catalogue.skills = readArray<Skill>(root, u"skills", Presence::Optional, reader,
        [&reader](const JsonObjectView &o, const QString &p) { return readSkill(o, p, reader); });

    QSet<QString> seen;
    for (qsizetype i = 0; i < catalogue.frameworks.size(); ++i)
        checkUnique(seen, catalogue.frameworks[i].id, jsonChildPath(jsonIndexPath(QStringLiteral("frameworks"), i), u"id"), reader);
    seen.clear();
    for (qsizetype i = 0; i < catalogue.providers.size(); ++i)
        checkUnique(seen, catalogue.providers[i].id, jsonChildPath(jsonIndexPath(QStringLiteral("providers"), i), u"id"), reader);
    seen.clear();
    for (qsizetype i = 0; i < catalogue.skills.size(); ++i)
        checkUnique(seen, catalogue.skills[i].id, jsonChildPath(jsonIndexPath(QStringLiteral("skills"), i), u"id"), reader);

    // Course defaults (hours) need the frameworks. The index is of the
    // catalogue as it is now, before any course or qualification is added.
    const CatalogueIndex frameworks(catalogue);
    const std::optional<JsonArrayView> array = reader.array(root, u"courses", QString(), Presence::Required);
    CatalogueReferences references(catalogue, std::move(codes), problems);

    seen.clear();
    if (array) {
        if (keep)
            keep->reserve(courses.size());
        const QString arrayPath = QStringLiteral("courses");
        const qsizetype total = courses.size();
        // Told every 256 courses and at the last; a `false` stops the walk.
        const auto goOn = [&](qsizetype i) {
            const qsizetype done = i + 1;
            const bool report = checked && (done % 256 == 0 || done == total);
            return !report || checked(done);
        };
        const bool whole = courses.forEach([&](const JsonView &element, qsizetype i) {
            const QString path = jsonIndexPath(arrayPath, i);
            if (const auto object = reader.asObject(element, path)) {
                Course course = readCourse(*object, path, reader, frameworks);
                checkUnique(seen, course.code, jsonChildPath(path, u"code"), reader);
                references.checkCourse(course, path);
                if (keep)
                    keep->append(std::move(course));
            }
            return goOn(i);
        });
        if (!whole) { // stopped: every element parsed in the first pass
            if (stopped)
                *stopped = true;
            return std::nullopt;
        }
    }

    catalogue.qualifications = readArray<Qualification>(root, u"qualifications", Presence::Optional, reader,
        [&reader](const JsonObjectView &o, const QString &p) { return readQualification(o, p, reader); });
    seen.clear();
    for (qsizetype i = 0; i < catalogue.qualifications.size(); ++i) {
        const QString path = jsonIndexPath(QStringLiteral("qualifications"), i);
        checkUnique(seen, catalogue.qualifications[i].code, jsonChildPath(path, u"code"), reader);
        references.checkQualification(catalogue.qualifications[i], path);
    }

    if (!problems.isEmpty())
        return std::nullopt;
    return catalogue;
}

} // namespace

CourseElements::CourseElements(QByteArray text, QList<CourseSlices::Slice> slices)
    : m_text(std::move(text))
    , m_slices(std::move(slices))
    , m_parser(std::make_shared<ParsedJson>())
    , m_given(true)
{
}

qsizetype CourseElements::size() const
{
    return m_parser ? m_slices.size() : m_array.size();
}

bool CourseElements::forEach(const std::function<bool(const JsonView &, qsizetype)> &visit, bool *unparsed) const
{
    if (unparsed)
        *unparsed = false;
    qsizetype index = 0;
    if (!m_parser) {
        for (const JsonView element : m_array) {
            if (!visit(element, index++))
                return false;
        }
        return true;
    }
    for (const CourseSlices::Slice &slice : m_slices) {
        const JsonView element = m_parser->parseSlice(m_text, slice.offset, slice.size);
        if (!element.isDefined()) {
            if (unparsed)
                *unparsed = true;
            return false;
        }
        if (!visit(element, index++))
            return false;
    }
    return true;
}

bool CourseElements::allParse() const
{
    bool unparsed = false;
    forEach([](const JsonView &, qsizetype) { return true; }, &unparsed);
    return !unparsed;
}

namespace {
std::optional<Catalogue> readWithCourses(const JsonObjectView &root, CourseElements courses, Problems &problems)
{
    QList<Course> kept;
    std::optional<Catalogue> catalogue = readBundle(root, problems, &kept, courses);
    if (catalogue)
        catalogue->courses = std::move(kept);
    return catalogue;
}
} // namespace

std::optional<Catalogue> readCatalogue(const JsonObjectView &root, Problems &problems)
{
    return readWithCourses(root, CourseElements(), problems);
}

std::optional<JsonObjectView> parseDocument(ParsedJson &parsed, const QByteArray &text, CourseElements &courses,
                                            Problems &problems)
{
    std::optional<CourseSlices> slices = findCourseSlices(text);
    const auto root = parseJsonObject(parsed, slices ? slices->rest : text, problems);
    if (!root && slices) { // where, in the text as it was given
        problems = Problems();
        ParsedJson::describeRefusal(text, problems);
    }
    courses = slices ? CourseElements(text, std::move(slices->courses)) : CourseElements();
    return root;
}

std::optional<CatalogueBundle> readCatalogueBundle(const JsonObjectView &root, CourseElements courses,
                                                   Problems &problems, const CheckProgress &checked, bool *stopped)
{
    CatalogueBundle bundle;
    bundle.m_courses = std::move(courses);
    std::optional<Catalogue> catalogue = readBundle(root, problems, nullptr, bundle.m_courses, checked, stopped);
    if (!catalogue)
        return std::nullopt;
    bundle.catalogue = std::move(*catalogue);
    return bundle;
}

bool CatalogueBundle::forEach(const std::function<bool(const Course &)> &visit) const
{
    // The next courses are parsed and read on a second thread while `visit`
    // (an import's save) writes those before them (docs/PERFORMANCE.md
    // "Import of a large bundle"). Nothing else reads the parsed text or the
    // catalogue meanwhile.
    return readAhead<Course>(
        [this](const std::function<bool(Course &&)> &hand) {
            // Every course passed readBundle's checks: these problems stay empty.
            Problems unexpected;
            JsonFieldReader reader(unexpected);
            const CatalogueIndex frameworks(catalogue);
            return m_courses.forEach([&](const JsonView &element, qsizetype) {
                return hand(readCourse(element.toObject(), QString(), reader, frameworks));
            });
        },
        visit);
}

std::optional<Catalogue> readCatalogue(const QByteArray &json, Problems &problems)
{
    ParsedJson parsed;
    CourseElements courses;
    const auto root = parseDocument(parsed, json, courses, problems);
    if (!root)
        return std::nullopt;
    return readWithCourses(*root, courses, problems);
}

std::optional<Catalogue> readCatalogueFile(const QString &fileName, Problems &problems)
{
    const auto bytes = readFileBytes(fileName, problems);
    if (!bytes)
        return std::nullopt;
    return readCatalogue(*bytes, problems);
}

} // namespace Cairn::Core

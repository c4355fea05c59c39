#include "coursedetailspane.h"

#include "audit/coursecontributions.h"
#include "audit/explanation.h"
#include "models/coursetext.h"
#include "storage/cataloguerepository.h"
#include "storage/coursebrowser.h"
#include "views/emptystate.h"

#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" style=\"padding-right:12px\">%1</th><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString courseLink(const QString &code)
{
    return QStringLiteral("<a href=\"course:%1\">%1</a>").arg(escaped(code));
}

// Course codes in a prerequisite sentence become links to those courses
// (a code is letters, digits, '.', '_' and '-', so none needs escaping).
QString linkCodes(const QString &sentence, const QStringList &codes)
{
    QString html = escaped(sentence);
    QStringList unique = codes;
    unique.removeDuplicates();
    for (const QString &code : std::as_const(unique)) {
        const QRegularExpression whole(QStringLiteral("(?<![A-Za-z0-9._-])%1(?![A-Za-z0-9._-])")
                                           .arg(QRegularExpression::escape(code)));
        html.replace(whole, courseLink(code));
    }
    return html;
}

} // namespace

CourseDetailsPane::CourseDetailsPane(Core::Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_pages(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QTextBrowser *CourseDetailsPane::browser()
{
    if (!m_browser) {
        m_browser = new QTextBrowser(this);
        m_browser->setOpenLinks(false);
        m_browser->setAccessibleName(tr("Course details"));
        m_browser->setFrameShape(QFrame::NoFrame);
        // Course links move the catalogue; a provider's page or a skill's
        // definition opens in the browser.
        connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
            if (url.scheme() == u"course")
                Q_EMIT courseLinkActivated(url.path());
            else if (url.scheme() == u"https" || url.scheme() == u"http")
                QDesktopServices::openUrl(url);
        });
        m_pages->addWidget(m_browser);
    }
    return m_browser;
}

const Core::Catalogue &CourseDetailsPane::context() const
{
    if (!m_context) {
        Core::Catalogue catalogue;
        const Core::CatalogueRepository repository(m_database);
        (void)repository.loadPart({}, catalogue);
        (void)repository.loadQualifications(catalogue.qualifications);
        m_context = std::move(catalogue);
    }
    return *m_context;
}

void CourseDetailsPane::reload()
{
    m_context.reset();
    showCourse(m_code);
}

void CourseDetailsPane::showCourse(const QString &code)
{
    m_code = code;
    const std::optional<Core::CourseDetails> details =
        code.isEmpty() ? std::nullopt : Core::CourseBrowser(m_database).details(code);
    if (!details) {
        // Made when first needed: the catalogue selects its first course
        // when it loads, so most sessions never show it.
        if (!m_nothing) {
            m_nothing = new EmptyState(QStringLiteral("info"), tr("No course selected"),
                                       tr("Select a course to see everything about it: what it teaches, what it "
                                          "needs and what it counts toward."),
                                       this);
            m_pages->addWidget(m_nothing);
        }
        m_pages->setCurrentWidget(m_nothing);
        return;
    }
    browser()->setHtml(html(*details));
    m_pages->setCurrentWidget(m_browser);
}

QString CourseDetailsPane::html(const Core::CourseDetails &details) const
{
    const Core::Course &course = details.course;
    const Core::CatalogueIndex index(context());
    const Core::Explanation words(index);
    const QLocale locale;

    QString html = QStringLiteral("<h2>%1 · %2</h2>").arg(escaped(course.code), escaped(course.title));
    if (!course.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(course.description));

    QString rows;
    if (details.provider) {
        QString provider = escaped(details.provider->name);
        if (!details.provider->country.isEmpty())
            provider += QStringLiteral(" (%1)").arg(escaped(details.provider->country));
        rows += row(tr("Awarded by"), provider);
        if (!details.provider->qualityAssurance.isEmpty())
            rows += row(tr("Quality assurance"), escaped(details.provider->qualityAssurance));
    }
    const QString framework = details.framework ? details.framework->name : course.framework;
    rows += row(tr("Credits"), escaped(tr("%1 at level %2 of the %3")
                                           .arg(CourseText::number(course.credits))
                                           .arg(course.level)
                                           .arg(framework)));
    rows += row(tr("Workload"), escaped(tr("%1 hours over %2 weeks (about %3 hours a week)")
                                            .arg(CourseText::number(course.hours))
                                            .arg(course.weeks)
                                            .arg(CourseText::number(course.hours / std::max(1, course.weeks)))));
    rows += row(tr("Cost"), escaped(CourseText::cost(course.cost)));
    rows += row(tr("Delivery"), escaped(course.delivery.isEmpty() ? tr("Not stated") : CourseText::delivery(course.delivery)));
    QStringList intakes;
    for (const QDate &intake : course.intakes)
        intakes.append(CourseText::date(intake));
    rows += row(tr("Starts"), escaped(intakes.isEmpty() ? tr("Any Monday") : intakes.join(QStringLiteral(", "))));
    if (!course.assessment.isEmpty())
        rows += row(tr("Assessment"), escaped(course.assessment));
    rows += row(tr("Prerequisites"),
                linkCodes(words.describePrerequisites(course.prerequisites), course.prerequisites.courseCodes()));
    QStringList skills;
    for (const Core::Skill &skill : details.skills) {
        skills.append(skill.uri.isEmpty() ? escaped(skill.label)
                                          : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(skill.uri), escaped(skill.label)));
    }
    if (!skills.isEmpty())
        rows += row(tr("Skills"), skills.join(QStringLiteral(", ")));
    if (!course.url.isEmpty())
        rows += row(tr("More information"), QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(course.url)));
    html += QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows);

    if (!course.outcomes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Learning outcomes")));
        for (const QString &outcome : course.outcomes)
            html += QStringLiteral("<li>%1</li>").arg(escaped(outcome));
        html += QStringLiteral("</ul>");
    }

    const QList<Core::Contribution> contributions = Core::contributionsOf(course, context().qualifications, index);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Counts toward")));
    if (contributions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No qualification in this catalogue counts this course.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const Core::Contribution &contribution : contributions) {
            const QString fills = contribution.requirements.isEmpty()
                ? tr("its total credits")
                : contribution.requirements.join(QStringLiteral("; "));
            html += QStringLiteral("<li><b>%1</b> %2<br/>%3</li>")
                        .arg(escaped(contribution.qualification), escaped(contribution.title),
                             escaped(tr("counts toward %1").arg(fills)));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace Cairn::Ui

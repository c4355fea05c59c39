#include "icons/icons.h"
#include "planner/scheduler.h"
#include "settings/setting.h"
#include "theme.h"
#include "views/plan/timelinewidget.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;
using namespace Cairn::Ui;

namespace {

// The darkest and lightest lightness among the opaque pixels of an icon.
std::pair<int, int> inkRange(const QIcon &icon, qreal scale = 1.0)
{
    QImage image(QSize(32, 32) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        icon.paint(&painter, QRect(0, 0, 32, 32));
    }
    int darkest = 255, lightest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() < 250)
                continue;
            darkest = std::min(darkest, colour.lightness());
            lightest = std::max(lightest, colour.lightness());
        }
    }
    return {darkest, lightest};
}

} // namespace

class TestLookAndFeel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineIconsAreDrawnInThePalettesTextColour()
    {
        ThemeSwitcher themes(*qApp);
        themes.apply(Theme::Light);
        const auto [lightInk, unused] = inkRange(icon(QStringLiteral("catalogue")));
        QVERIFY2(lightInk < 80, "dark lines on a light palette");
        themes.apply(Theme::Dark);
        const auto [unused2, darkInk] = inkRange(icon(QStringLiteral("catalogue")));
        QVERIFY2(darkInk > 180, "light lines on a dark palette");
        Q_UNUSED(unused)
        Q_UNUSED(unused2)
        // Colour icons keep their colours.
        const QImage warning = icon(QStringLiteral("warning")).pixmap(QSize(24, 24)).toImage();
        QCOMPARE(warning.pixelColor(7, 18).name(), QStringLiteral("#e0a100"));
        themes.apply(Theme::System);
    }

    void iconsAreSharpAtHighDensity()
    {
        const QPixmap pixmap = icon(QStringLiteral("plan")).pixmap(QSize(24, 24), 2.0);
        QCOMPARE(pixmap.size(), QSize(48, 48)); // drawn at 48 pixels, not scaled up from 24
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        // A one-pixel line at twice the density: some pixels fully inked.
        const QImage image = pixmap.toImage();
        int solid = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                solid += image.pixelColor(x, y).alpha() == 255 ? 1 : 0;
        }
        QVERIFY(solid > 48);
    }

    void theDarkThemeDarkensTheWindow()
    {
        ThemeSwitcher themes(*qApp);
        themes.apply(Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(themes.current(), Theme::Dark);
        themes.apply(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QCOMPARE(themeFromKey(QStringLiteral("dark")), std::optional(Theme::Dark));
        QVERIFY(!themeFromKey(QStringLiteral("purple")));
        themes.apply(Theme::System);
    }

    void typedSettingsKeepTheirTypeAndDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const Setting<bool> shown("view/shown", true);
        const Setting<QString> last("view/last", QStringLiteral("catalogue"));
        QCOMPARE(shown.get(settings), true);
        QCOMPARE(last.get(settings), QStringLiteral("catalogue"));
        shown.set(settings, false);
        last.set(settings, QStringLiteral("plan"));
        settings.sync();
        QSettings again(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(shown.get(again), false);
        QCOMPARE(last.get(again), QStringLiteral("plan"));
    }

    void theTimelineHasABarPerCourse()
    {
        Core::PlanProblem problem;
        problem.start = QDate(2027, 1, 4);
        problem.hoursPerWeek = 10;
        problem.availability = {{QDate(2027, 3, 1), QDate(2027, 3, 14), 0, QStringLiteral("Holiday")}};
        for (const auto &[code, weeks] : {std::pair{QStringLiteral("A101"), 4}, std::pair{QStringLiteral("B202"), 6}}) {
            Core::PlanCourse course;
            course.code = code;
            course.title = code;
            course.hours = 5.0 * weeks;
            course.weeks = weeks;
            problem.courses.append(course);
        }
        const Core::PlanResult plan = Core::Scheduler(problem).run();
        QVERIFY(plan.feasible);
        TimelineWidget timeline;
        timeline.setPlan(plan, problem, problem.start);
        timeline.resize(timeline.sizeHint());
        QVERIFY(timeline.sizeHint().width() > 12 * TimelineWidget::weekWidth);
        QVERIFY(!timeline.accessibleDescription().isEmpty());
        // Each bar is where its course is: found by looking at the widget.
        bool found[2] = {false, false};
        for (int x = 0; x < timeline.width(); x += 4) {
            for (int y = 0; y < timeline.height(); y += 4) {
                const QString course = timeline.courseAt(QPoint(x, y));
                found[0] = found[0] || course == u"A101";
                found[1] = found[1] || course == u"B202";
            }
        }
        QVERIFY(found[0] && found[1]);
        QVERIFY(timeline.courseAt(QPoint(1, 1)).isEmpty());
        QImage image(timeline.size(), QImage::Format_ARGB32);
        timeline.render(&image);
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TestLookAndFeel)
#include "tst_lookandfeel.moc"

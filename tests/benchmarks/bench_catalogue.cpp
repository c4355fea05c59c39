// Catalogue benchmark (issue "The desktop application, part 1"): how the
// window copes with catalogues of 1,000, 10,000 and 100,000 courses, each
// figure beside the floor it is held to, measured in one run:
//   - first painted window vs a bare Qt window showing one label (<= 1.5x);
//   - a keystroke in the search box to the updated view vs a plain loop that
//     scans the same titles for the same substring (<= 3x);
//   - the longest a sort holds the event loop (<= 50 ms);
//   - peak memory with the catalogue open (<= 150 MB).
// Run: build/default/tests/benchmarks/bench_catalogue [--sizes 1000,10000,100000] [--runs 15]
// Startup runs alternate Cairn and the bare window; the ratio is the median
// of each pair's ratio, which the machine's other load affects least.
// The databases are made once (tests/support/cataloguegenerator) and kept in
// build/default/bench-data/.

#include "mainwindow.h"
#include "processstats.h"
#include "models/coursebrowsermodel.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "support/cataloguegenerator.h"
#include "views/catalogueview.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

using namespace Cairn;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

// --- Child processes: a program's first paint and peak memory -------------

struct ChildRun
{
    double paintedMs = 0;  // spawn to the "painted" line
    double paintedCpuMs = 0; // the CPU time it had used by then, as it printed it
    double readyMs = 0;    // spawn to the "ready" line (data shown)
    double peakMb = 0;     // its own VmHWM, as it printed it
    QStringList lines;     // everything else it printed
};

ChildRun runChild(const QStringList &arguments)
{
    ChildRun run;
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        qFatal("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    QList<QByteArray> bytes;
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start %s", argv[0]);
    close(pipeFds[1]);
    QByteArray pending;
    char buffer[4096];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;) {
        pending.append(buffer, n);
        for (qsizetype end; (end = pending.indexOf('\n')) >= 0;) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            const double at = clock.nsecsElapsed() / 1e6;
            if (line.startsWith(u"painted")) {
                run.paintedMs = at;
                run.paintedCpuMs = line.section(u' ', 1).toDouble();
            }
            else if (line == u"ready")
                run.readyMs = at;
            else if (line.startsWith(u"peak "))
                run.peakMb = line.mid(5).toDouble();
            else
                run.lines.append(line);
        }
    }
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("%s failed", argv[0]);
    return run;
}

// --- The tour: in a child of its own, so that its peak memory is the window's

struct Timing
{
    QString what;
    double ms = 0;
    double floorMs = 0; // the loop's time, for keystrokes
};

double timed(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return clock.nsecsElapsed() / 1e6;
}

// Counts the paints of a widget: a keystroke's own event processing may have
// painted the table already, and painting it twice would count twice.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }
    // Processes what the last input posted (which paints what it made dirty)
    // and makes sure the widget has been painted since `before`.
    void settle(int before)
    {
        QCoreApplication::sendPostedEvents();
        if (m_paints == before)
            m_widget->repaint();
    }
    int paints() const { return m_paints; }

private:
    QWidget *m_widget;
    int m_paints = 0;
};

// Opens the window on `path`, types, sorts and scrolls, and prints what each
// took as "key text ms loopMs" and "sort column order ms" lines.
int tour(const QString &path)
{
    Core::Database database;
    if (!database.open(path))
        return 1;
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
    Ui::Workspace workspace(database);
    Ui::MainWindow window(workspace, settings);
    // Measured alone: no quick check or daily backup of the database in the
    // background (they run once, after the first paint, in real use).
    window.setDatabaseCheckEnabled(false);
    window.resize(1200, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.loadNow();
    Ui::CatalogueView *catalogue = window.catalogueView();
    QTableView *table = catalogue->table();
    PaintCounter painted(table->viewport());
    QApplication::processEvents();

    // The loop the search is compared with: the same titles, in memory.
    QStringList titles;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT title FROM courses"));
    while (query.next())
        titles.append(query.value(0).toString());
    const auto loop = [&titles](const QString &needle) {
        return timed([&] {
            int hits = 0;
            for (const QString &title : std::as_const(titles))
                hits += title.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
            if (hits < 0)
                std::puts("");
        });
    };

    QTextStream out(stdout);
    const auto type = [&](const QString &text) {
        catalogue->searchField()->clear();
        QApplication::processEvents();
        QString typed;
        for (const QChar c : text) {
            typed.append(c);
            QList<double> search, settled, plain;
            for (int round = 0; round < 5; ++round) {
                catalogue->searchField()->setText(typed.chopped(1));
                while (!catalogue->model()->countKnown())
                    QApplication::processEvents();
                QApplication::processEvents();
                QElapsedTimer clock;
                clock.start();
                // The keystroke, then the view painted with its new rows...
                int before = painted.paints();
                QTest::keyClick(catalogue->searchField(), c.toLatin1());
                painted.settle(before);
                search.append(clock.nsecsElapsed() / 1e6);
                // ...and, a moment later, every match counted and the
                // scroll bar and status bar updated.
                while (!catalogue->model()->countKnown())
                    QApplication::processEvents();
                before = painted.paints();
                painted.settle(before);
                settled.append(clock.nsecsElapsed() / 1e6);
                plain.append(loop(typed));
            }
            out << "key " << QString(typed).replace(u' ', u'_') << ' ' << median(search) << ' ' << median(plain)
                << ' ' << catalogue->visibleCourseCount() << ' ' << median(settled) << '\n';
        }
    };
    type(QStringLiteral("data"));
    type(QStringLiteral("safe work"));

    const auto sortAll = [&](const QString &label) {
        for (int column = 0; column < Ui::CourseBrowserModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const int before = painted.paints();
                const double ms = timed([&] {
                    table->horizontalHeader()->setSortIndicator(column, order);
                    painted.settle(before);
                });
                out << "sort " << label << ' ' << column << ' ' << int(order) << ' ' << ms << '\n';
            }
        }
    };
    catalogue->searchField()->clear();
    QApplication::processEvents();
    sortAll(QStringLiteral("all"));
    catalogue->searchField()->setText(QStringLiteral("data"));
    QApplication::processEvents();
    sortAll(QStringLiteral("data"));
    catalogue->searchField()->clear();
    QApplication::processEvents();

    // The same keystrokes with the table sorted by title.
    table->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
    QApplication::processEvents();
    for (const QString &text : {QStringLiteral("d"), QStringLiteral("data")}) {
        catalogue->searchField()->setText(text.chopped(1));
        while (!catalogue->model()->countKnown())
            QApplication::processEvents();
        const int before = painted.paints();
        const double ms = timed([&] {
            QTest::keyClick(catalogue->searchField(), text.back().toLatin1());
            painted.settle(before);
        });
        out << "sortedkey " << text << ' ' << ms << ' ' << loop(text) << '\n';
    }
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    catalogue->searchField()->clear();
    while (!catalogue->model()->countKnown())
        QApplication::processEvents();

    // Scrolling: the middle and the end, each a page not read yet.
    for (double at : {0.5, 1.0}) {
        const int before = painted.paints();
        const double ms = timed([&] {
            table->verticalScrollBar()->setValue(int(table->verticalScrollBar()->maximum() * at));
            painted.settle(before);
        });
        out << "scroll " << at << ' ' << ms << '\n';
    }
    out << "peak " << ProcessStats::peakMegabytes() << '\n';
    out.flush();
    return 0;
}

QString ensureDatabase(const QString &folder, int courses)
{
    const QString path = QStringLiteral("%1/catalogue-%2.sqlite").arg(folder).arg(courses);
    Core::Database database;
    if (QFileInfo::exists(path) && database.open(path) && Core::CatalogueRepository(database).courseCount() == courses)
        return path;
    database.close();
    QFile::remove(path);
    std::printf("making %s ...\n", qPrintable(path));
    std::fflush(stdout);
    if (!database.open(path) || !Core::CatalogueRepository(database).save(Test::generateCatalogue(courses)))
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--tour") == 0) {
        QApplication app(argc, argv);
        return tour(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    QList<int> sizes{1000, 10000, 100000};
    int runs = 15;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--sizes")); at >= 0 && at + 1 < arguments.size()) {
        sizes.clear();
        for (const QString &size : arguments[at + 1].split(u','))
            sizes.append(size.toInt());
    }
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < arguments.size())
        runs = arguments[at + 1].toInt();

    const QString folder = QStringLiteral(CAIRN_BENCH_DATA);
    QDir().mkpath(folder);
    const QString app_ = QStringLiteral(CAIRN_APP);
    const QString bare = QStringLiteral(CAIRN_BARE_WINDOW);
    const QString self = QCoreApplication::applicationFilePath();
    qputenv("QT_QPA_PLATFORM", "offscreen");

    std::printf("| courses | first paint: Cairn / bare window (floor 1.5x) | in CPU time | rows shown | keystroke / loop, "
                "worst (floor 3x) | longest sort (floor 50 ms) | page at the end | peak memory (floor 150 MB) |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    for (int courses : sizes) {
        const QString database = ensureDatabase(folder, courses);
        QList<double> cairnPaint, barePaint, paintRatio, cpuRatio, cairnReady, cairnPeak, barePeak;
        for (int run = 0; run < runs; ++run) {
            // Alternate, so that both see the same machine.
            const ChildRun withCairn = runChild({app_, QStringLiteral("--database"), database, QStringLiteral("--measure-startup")});
            const ChildRun withLabel = runChild({bare});
            cairnPaint.append(withCairn.paintedMs);
            cairnReady.append(withCairn.readyMs);
            cairnPeak.append(withCairn.peakMb);
            barePaint.append(withLabel.paintedMs);
            paintRatio.append(withCairn.paintedMs / withLabel.paintedMs);
            cpuRatio.append(withCairn.paintedCpuMs / withLabel.paintedCpuMs);
            barePeak.append(withLabel.peakMb);
        }
        QList<double> sortedRatios = paintRatio;
        std::sort(sortedRatios.begin(), sortedRatios.end());
        QStringList ratios;
        for (double ratio : std::as_const(sortedRatios))
            ratios.append(QString::number(ratio, 'f', 2));
        std::fprintf(stderr, "  %d courses: first paint ratios %s; in CPU time %.2fx\n", courses,
                     qPrintable(ratios.join(u' ')), median(cpuRatio));
        const ChildRun tourRun = runChild({self, QStringLiteral("--tour"), database});
        double worstRatio = 0, worstKey = 0, worstLoop = 0, longestSort = 0, endPage = 0, worstSettled = 0;
        QString worstText;
        for (const QString &line : tourRun.lines) {
            const QStringList parts = line.split(u' ');
            if (parts.first() == u"key") {
                const double ratio = parts[2].toDouble() / std::max(0.001, parts[3].toDouble());
                std::fprintf(stderr, "  %d courses: typed \"%s\" -> %s rows: shown in %.2f ms, counted in %.2f ms "
                             "(loop %.2f ms, %.2fx)\n", courses, qPrintable(parts[1]), qPrintable(parts[4]),
                             parts[2].toDouble(), parts[5].toDouble(), parts[3].toDouble(), ratio);
                worstSettled = std::max(worstSettled, parts[5].toDouble());
                if (ratio > worstRatio) {
                    worstRatio = ratio;
                    worstKey = parts[2].toDouble();
                    worstLoop = parts[3].toDouble();
                    worstText = parts[1];
                }
            } else if (parts.first() == u"sortedkey") {
                std::fprintf(stderr, "  %d courses, sorted by title: typed \"%s\": %.2f ms (loop %.2f ms, %.2fx)\n",
                             courses, qPrintable(parts[1]), parts[2].toDouble(), parts[3].toDouble(),
                             parts[2].toDouble() / std::max(0.001, parts[3].toDouble()));
            } else if (parts.first() == u"sort") {
                longestSort = std::max(longestSort, parts[4].toDouble());
            } else if (parts.first() == u"scroll" && parts[1] == u"1") {
                endPage = parts[2].toDouble();
            }
        }
        const double peak = std::max(median(cairnPeak), tourRun.peakMb);
        std::printf("| %d | %.1f ms / %.1f ms = **%.2fx** | %.2fx | %.1f ms | \"%s\": %.2f ms / %.2f ms = **%.2fx** (all "
                    "counted within %.1f ms) | **%.1f ms** | %.1f ms | **%.0f MB** (bare window %.0f MB) |\n",
                    courses, median(cairnPaint), median(barePaint), median(paintRatio), median(cpuRatio),
                    median(cairnReady),
                    qPrintable(worstText), worstKey, worstLoop, worstRatio, worstSettled, longestSort, endPage, peak,
                    median(barePeak));
        std::fflush(stdout);
    }
    return 0;
}

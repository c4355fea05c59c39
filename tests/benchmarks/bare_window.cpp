// The floor for the catalogue benchmark's startup figure: a bare Qt window
// showing one label, which prints "painted" at its first paint and quits,
// exactly as `cairn --measure-startup` does.

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

#include <ctime>

namespace {
// "peak <MB>", as `cairn --measure-startup` prints it.
QString peakMemoryLine()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QStringLiteral("peak %1\n").arg(line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0);
    }
    return {};
}

class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                timespec used{};
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
                QTextStream(stdout) << "painted " << used.tv_sec * 1e3 + used.tv_nsec / 1e6 << "\nready\n"
                                    << peakMemoryLine() << Qt::flush;
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Cairn"));
    label.resize(1200, 760);
    FirstPaint probe;
    label.installEventFilter(&probe);
    label.show();
    return QApplication::exec();
}

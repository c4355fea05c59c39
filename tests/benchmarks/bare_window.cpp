// The floor for the catalogue benchmark's startup figure: a bare Qt window
// showing one label, which prints "painted" at its first paint and quits,
// exactly as `cairn --measure-startup` does.

#include "processstats.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTextStream>
#include <QTimer>


namespace {
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout) << "painted " << Cairn::ProcessStats::cpuMilliseconds() << "\nready\npeak "
                                    << Cairn::ProcessStats::peakMegabytes() << '\n' << Qt::flush;
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

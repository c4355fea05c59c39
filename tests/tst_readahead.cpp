// readAhead hands everything made on its thread to the calling thread, in
// order, never holding more than its batches, and stops both sides when
// either stops.

#include "io/readahead.h"

#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace Cairn::Core;

class TestReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handsOverEveryItemInOrderOnTheCallingThread()
    {
        const std::thread::id caller = std::this_thread::get_id();
        std::thread::id producerThread;
        std::vector<int> consumed;
        bool consumedOnCaller = true;
        const bool all = readAhead<int>(
            [&](const std::function<bool(int &&)> &hand) {
                producerThread = std::this_thread::get_id();
                for (int i = 0; i < 10007; ++i) { // not a whole number of batches
                    if (!hand(int(i)))
                        return false;
                }
                return true;
            },
            [&](const int &item) {
                consumedOnCaller = consumedOnCaller && std::this_thread::get_id() == caller;
                consumed.push_back(item);
                return true;
            },
            16, 3);
        QVERIFY(all);
        QCOMPARE(consumed.size(), std::size_t(10007));
        for (int i = 0; i < 10007; ++i)
            QCOMPARE(consumed[std::size_t(i)], i);
        QVERIFY(consumedOnCaller);
        QVERIFY(producerThread != caller);
    }

    void keepsNoMoreThanItsBatchesWaiting()
    {
        constexpr std::size_t batchSize = 8;
        constexpr std::size_t batches = 2;
        std::atomic<long> made = 0;
        long taken = 0;
        long mostAhead = 0;
        QVERIFY(readAhead<int>(
            [&](const std::function<bool(int &&)> &hand) {
                for (int i = 0; i < 5000; ++i) {
                    ++made;
                    if (!hand(int(i)))
                        return false;
                }
                return true;
            },
            [&](const int &) {
                ++taken;
                mostAhead = std::max(mostAhead, made.load() - taken);
                if (taken % 500 == 0) // a slow consumer lets the producer run ahead
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                return true;
            },
            batchSize, batches));
        // The waiting batches, the one being taken and the one being filled.
        QVERIFY2(mostAhead <= long(batchSize * (batches + 2)), qPrintable(QString::number(mostAhead)));
    }

    void aConsumerThatStopsStopsTheProducer()
    {
        std::atomic<int> made = 0;
        int taken = 0;
        const bool all = readAhead<int>(
            [&](const std::function<bool(int &&)> &hand) {
                for (int i = 0; i < 1000000; ++i) {
                    ++made;
                    if (!hand(int(i)))
                        return false;
                }
                return true;
            },
            [&](const int &item) {
                ++taken;
                return item < 100;
            },
            10, 2);
        QVERIFY(!all);
        QCOMPARE(taken, 101);
        QVERIFY2(made.load() <= 101 + 10 * 4, qPrintable(QString::number(made.load())));
    }

    void aConsumerThatThrowsStopsTheProducerAndPassesTheExceptionOn()
    {
        std::atomic<bool> producerEnded = false;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, readAhead<int>(
            [&](const std::function<bool(int &&)> &hand) {
                for (int i = 0; i < 1000000; ++i) {
                    if (!hand(int(i)))
                        break;
                }
                producerEnded = true;
                return false;
            },
            [](const int &item) {
                if (item == 50)
                    throw std::runtime_error("the disk went away");
                return true;
            },
            8, 2));
        QVERIFY(producerEnded); // it ended, rather than waiting for room for ever
    }

    void aProducerThatStopsEndsTheWalkAfterWhatItMade()
    {
        std::vector<int> consumed;
        const bool all = readAhead<int>(
            [&](const std::function<bool(int &&)> &hand) {
                for (int i = 0; i < 55; ++i)
                    hand(int(i));
                return false; // as a course that does not parse stops the walk
            },
            [&](const int &item) {
                consumed.push_back(item);
                return true;
            },
            16, 2);
        QVERIFY(!all);
        QCOMPARE(consumed.size(), std::size_t(55));
        QCOMPARE(consumed.back(), 54);
    }

    void nothingToHandOverIsAWholeWalk()
    {
        int calls = 0;
        QVERIFY(readAhead<int>([](const std::function<bool(int &&)> &) { return true; },
                               [&](const int &) { return ++calls > 0; }));
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"

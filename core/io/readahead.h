#pragma once

#include <condition_variable>
#include <stop_token>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Cairn::Core {

// Runs `produce` on a thread of its own while `consume` takes what it made,
// in the same order, on the calling thread: an import reads (parses and
// checks) the next courses on the second core while the first writes the
// ones before. `produce` hands each item to the function it is given, which
// says whether to go on; either side returning false stops both. At most
// `batches` batches of `batchSize` items wait between them, so that memory
// stays bounded however many items there are. Returns whether every item was
// produced and consumed.
template<typename T>
bool readAhead(const std::function<bool(const std::function<bool(T &&)> &)> &produce,
               const std::function<bool(const T &)> &consume, std::size_t batchSize = 256, std::size_t batches = 4)
{
    std::mutex mutex;
    std::condition_variable_any changed; // waits on the producer's stop token too
    std::deque<std::vector<T>> waiting;
    bool produced = false; // the producer has finished
    bool producedAll = false;
    bool stopped = false; // the consumer wants no more

    // Should `consume` throw, the thread's destructor asks it to stop, which
    // wakes it where it waits for room, and then waits for it to end.
    std::jthread producer([&](std::stop_token stop) {
        std::vector<T> batch;
        batch.reserve(batchSize);
        const auto hand = [&](std::vector<T> &&full) {
            std::unique_lock lock(mutex);
            changed.wait(lock, stop, [&] { return stopped || waiting.size() < batches; });
            if (stopped || stop.stop_requested())
                return false;
            waiting.push_back(std::move(full));
            changed.notify_all();
            return true;
        };
        const bool all = produce([&](T &&item) {
            batch.push_back(std::move(item));
            if (batch.size() < batchSize)
                return true;
            std::vector<T> full;
            full.swap(batch);
            batch.reserve(batchSize);
            return hand(std::move(full));
        });
        const bool handed = batch.empty() || hand(std::move(batch));
        std::lock_guard lock(mutex);
        producedAll = all && handed;
        produced = true;
        changed.notify_all();
    });

    bool consumedAll = true;
    for (;;) {
        std::vector<T> batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return produced || !waiting.empty(); });
            if (waiting.empty())
                break; // produced, and every batch taken
            batch = std::move(waiting.front());
            waiting.pop_front();
            changed.notify_all();
        }
        for (const T &item : batch) {
            if (!consume(item)) {
                consumedAll = false;
                break;
            }
        }
        if (!consumedAll)
            break;
    }
    {
        std::lock_guard lock(mutex);
        stopped = true;
        changed.notify_all();
    }
    producer.join();
    return consumedAll && producedAll;
}

} // namespace Cairn::Core

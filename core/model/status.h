#pragma once

#include <QString>

#include <utility>

namespace Cairn::Core {

// The outcome of an operation that can fail with a message meant for the user
// (the file, JSON path or database step that failed, and why). A cancelled
// operation is a failure that the user asked for: callers usually say nothing.
class [[nodiscard]] Status final
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }
    static Status cancellation(QString message)
    {
        Status status(std::move(message));
        status.m_cancelled = true;
        return status;
    }
    // A failure for a passing reason — another program held the database —
    // after which the same operation may succeed when tried again.
    static Status retryable(QString message)
    {
        Status status(std::move(message));
        status.m_retryable = true;
        return status;
    }

    // A failure because someone else changed the same data first (another
    // desk, or another window on the same file): nothing was written, and
    // what is shown should be read again before the user goes on.
    static Status conflict(QString message)
    {
        Status status(std::move(message));
        status.m_conflict = true;
        return status;
    }

    bool ok() const { return !m_failed; }
    bool cancelled() const { return m_cancelled; }
    bool retryable() const { return m_retryable; }
    bool conflicted() const { return m_conflict; }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_message; }

private:
    Status() = default;
    explicit Status(QString message) : m_failed(true), m_message(std::move(message)) { }

    bool m_failed = false;
    bool m_cancelled = false;
    bool m_retryable = false;
    bool m_conflict = false;
    QString m_message;
};

} // namespace Cairn::Core

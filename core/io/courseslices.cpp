#include "courseslices.h"

#include <QByteArrayView>

#include <cstring>

namespace Cairn::Core {

namespace {

// Walks the top level of a JSON text and the elements of one array without
// parsing what is inside them: strings are skipped with their escapes,
// objects and arrays by counting brackets. Whatever it skips is parsed by
// simdjson afterwards, which checks it.
class Scanner
{
public:
    // After a UTF-8 byte order mark, as ParsedJson reads.
    explicit Scanner(const QByteArray &text)
        : m_text(text.constData()), m_size(text.size()), m_at(text.startsWith("\xEF\xBB\xBF") ? 3 : 0)
    {
    }

    qsizetype position() const { return m_at; }

    void skipSpace()
    {
        while (m_at < m_size && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at < m_size && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_size;
    }

    bool next(char c)
    {
        skipSpace();
        return m_at < m_size && m_text[m_at] == c;
    }

    // A string; its raw text (escapes as written) into `content`.
    bool string(QByteArrayView *content = nullptr)
    {
        skipSpace();
        if (m_at >= m_size || m_text[m_at] != '"')
            return false;
        const qsizetype start = ++m_at;
        // To the next quote not escaped: memchr runs far faster than a loop
        // over every byte, and escapes are rare.
        for (;;) {
            const void *quote = std::memchr(m_text + m_at, '"', std::size_t(m_size - m_at));
            if (!quote)
                return false;
            m_at = static_cast<const char *>(quote) - m_text;
            qsizetype backslashes = 0;
            while (m_at - backslashes - 1 >= start && m_text[m_at - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
            ++m_at;
        }
        if (content)
            *content = QByteArrayView(m_text + start, m_at - start);
        ++m_at;
        return true;
    }

    bool value()
    {
        skipSpace();
        if (m_at >= m_size)
            return false;
        const char first = m_text[m_at];
        if (first == '"')
            return string();
        if (first == '{' || first == '[') {
            int depth = 0;
            while (m_at < m_size) {
                const char c = m_text[m_at];
                if (!isStructural(c)) {
                    ++m_at;
                    continue;
                }
                if (c == '"') {
                    if (!string())
                        return false;
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        ++m_at;
                        return true;
                    }
                }
                ++m_at;
            }
            return false;
        }
        const qsizetype start = m_at;
        while (m_at < m_size && !QByteArrayView(" \t\r\n,]}").contains(m_text[m_at]))
            ++m_at;
        return m_at > start;
    }

private:
    static bool isStructural(char c) { return c == '"' || c == '{' || c == '}' || c == '[' || c == ']'; }

    const char *m_text;
    qsizetype m_size;
    qsizetype m_at;
};

} // namespace

std::optional<CourseSlices> findCourseSlices(const QByteArray &text)
{
    Scanner scan(text);
    if (!scan.take('{') || scan.take('}'))
        return std::nullopt;
    CourseSlices slices;
    qsizetype arrayStart = -1;
    qsizetype arrayEnd = -1;
    for (;;) {
        QByteArrayView key;
        if (!scan.string(&key) || !scan.take(':'))
            return std::nullopt;
        if (key == "courses" && arrayStart < 0 && scan.next('[')) {
            arrayStart = scan.position();
            scan.take('[');
            if (!scan.take(']')) {
                for (;;) {
                    scan.skipSpace();
                    const qsizetype start = scan.position();
                    if (!scan.value())
                        return std::nullopt;
                    slices.courses.append({start, scan.position() - start});
                    if (scan.take(','))
                        continue;
                    if (scan.take(']'))
                        break;
                    return std::nullopt;
                }
            }
            arrayEnd = scan.position();
        } else if (!scan.value()) {
            return std::nullopt;
        }
        if (scan.take(','))
            continue;
        if (scan.take('}'))
            break;
        return std::nullopt;
    }
    if (!scan.atEnd() || arrayStart < 0)
        return std::nullopt;
    slices.rest = text.left(arrayStart) + QByteArrayView("[]") + text.mid(arrayEnd);
    return slices;
}

} // namespace Cairn::Core

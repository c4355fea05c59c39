#include "jsonvalue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

#include <array>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace Cairn::Core {

namespace {

namespace dom = simdjson::dom;

class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::JsonDocument)
};

// simdjson's handles are a document pointer and a tape position: trivially
// copyable, 16 bytes, kept in a view's bytes.
template<typename Handle>
Handle load(const std::byte (&bytes)[16])
{
    static_assert(sizeof(Handle) == 16 && std::is_trivially_copyable_v<Handle>);
    Handle handle;
    std::memcpy(static_cast<void *>(&handle), bytes, sizeof handle);
    return handle;
}

template<typename Handle>
void store(std::byte (&bytes)[16], const Handle &handle)
{
    static_assert(sizeof(Handle) == 16 && std::is_trivially_copyable_v<Handle>);
    std::memcpy(bytes, static_cast<const void *>(&handle), sizeof handle);
}

// Every key Cairn reads is ASCII; longer keys than this are not Cairn's.
constexpr std::size_t longestKey = 64;

// Where in a text Qt's parser accepts simdjson stops, and why: a whole number
// beyond 64 bits, a \u escape of half a character (a lone surrogate), or an
// escape JSON does not have (Qt's parser lets "\q" pass).
struct Unreadable
{
    qsizetype offset = -1;
    QString why;
};

bool beyond64Bits(QByteArrayView digits, bool negative)
{
    const QByteArrayView limit = negative ? QByteArrayView("9223372036854775808") : QByteArrayView("18446744073709551615");
    while (digits.size() > 1 && digits.front() == '0')
        digits = digits.sliced(1);
    return digits.size() > limit.size() || (digits.size() == limit.size() && digits.compare(limit) > 0);
}

ushort hexUnit(QByteArrayView text, qsizetype at)
{
    return at + 4 <= text.size() ? QByteArray(text.sliced(at, 4).data(), 4).toUShort(nullptr, 16) : 0;
}

Unreadable findUnreadable(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] != '\\')
                    continue;
                ++i;
                if (i < text.size() && text[i] != 'u') {
                    if (!QByteArrayView("\"\\/bfnrt").contains(text[i]))
                        return {i - 1, DocumentText::tr("an escape that JSON does not have")};
                    continue;
                }
                if (i >= text.size())
                    continue;
                const ushort unit = hexUnit(text, i + 1);
                const bool high = unit >= 0xD800 && unit <= 0xDBFF;
                const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
                const bool paired = high && i + 6 < text.size() && text[i + 5] == '\\' && text[i + 6] == 'u'
                    && hexUnit(text, i + 7) >= 0xDC00 && hexUnit(text, i + 7) <= 0xDFFF;
                if ((high && !paired) || low)
                    return {i - 1, DocumentText::tr("a \\u escape of half a character")};
                i += paired ? 10 : 4;
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const qsizetype start = i;
            const bool negative = c == '-';
            qsizetype end = negative ? i + 1 : i;
            while (end < text.size() && text[end] >= '0' && text[end] <= '9')
                ++end;
            const qsizetype digitsEnd = end;
            bool whole = true;
            while (end < text.size() && QByteArrayView(".eE+-0123456789").contains(text[end])) {
                whole = false;
                ++end;
            }
            const qsizetype digitsStart = negative ? start + 1 : start;
            if (whole && beyond64Bits(text.sliced(digitsStart, digitsEnd - digitsStart), negative))
                return {start, DocumentText::tr("a whole number too large to read")};
            i = end - 1;
        }
    }
    return {};
}

// How many bytes past its end a byte array's allocation holds (none for raw
// data). Not capacity() - size(): capacity() counts from the allocation's
// start, which the data need not be at.
qsizetype roomAfter(const QByteArray &bytes)
{
    return const_cast<QByteArray &>(bytes).data_ptr().freeSpaceAtEnd();
}

// "line L, column C" of a byte offset, both from 1.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    return {int(before.count('\n')) + 1, int(offset - (before.lastIndexOf('\n') + 1)) + 1};
}

} // namespace

bool JsonView::isNull() const
{
    return m_defined && load<dom::element>(m_handle).type() == dom::element_type::NULL_VALUE;
}

bool JsonView::isBool() const
{
    return m_defined && load<dom::element>(m_handle).type() == dom::element_type::BOOL;
}

bool JsonView::isNumber() const
{
    if (!m_defined)
        return false;
    const auto type = load<dom::element>(m_handle).type();
    return type == dom::element_type::DOUBLE || type == dom::element_type::INT64
        || type == dom::element_type::UINT64;
}

bool JsonView::isString() const
{
    return m_defined && load<dom::element>(m_handle).type() == dom::element_type::STRING;
}

bool JsonView::isArray() const
{
    return m_defined && load<dom::element>(m_handle).type() == dom::element_type::ARRAY;
}

bool JsonView::isObject() const
{
    return m_defined && load<dom::element>(m_handle).type() == dom::element_type::OBJECT;
}

QString JsonView::toString() const
{
    if (!m_defined)
        return {};
    std::string_view text;
    if (load<dom::element>(m_handle).get_string().get(text) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

double JsonView::toDouble() const
{
    if (!m_defined)
        return 0;
    double number = 0;
    if (load<dom::element>(m_handle).get_double().get(number) != simdjson::SUCCESS)
        return 0;
    return number;
}

JsonObjectView JsonView::toObject() const
{
    JsonObjectView view;
    dom::object object;
    if (m_defined && load<dom::element>(m_handle).get_object().get(object) == simdjson::SUCCESS) {
        store(view.m_handle, object);
        view.m_defined = true;
    }
    return view;
}

JsonArrayView JsonView::toArray() const
{
    JsonArrayView view;
    dom::array array;
    if (m_defined && load<dom::element>(m_handle).get_array().get(array) == simdjson::SUCCESS) {
        store(view.m_handle, array);
        view.m_defined = true;
    }
    return view;
}

JsonView JsonObjectView::value(QStringView key) const
{
    JsonView view;
    if (!m_defined || std::size_t(key.size()) > longestKey)
        return view;
    std::array<char, longestKey> ascii;
    for (qsizetype i = 0; i < key.size(); ++i)
        ascii[std::size_t(i)] = char(key[i].unicode());
    dom::element element;
    if (load<dom::object>(m_handle).at_key(std::string_view(ascii.data(), std::size_t(key.size()))).get(element)
        == simdjson::SUCCESS) {
        store(view.m_handle, element);
        view.m_defined = true;
    }
    return view;
}

bool JsonObjectView::isEmpty() const
{
    return !m_defined || load<dom::object>(m_handle).size() == 0;
}

JsonView JsonArrayView::Iterator::operator*() const
{
    JsonView view;
    store(view.m_handle, *load<dom::array::iterator>(m_handle));
    view.m_defined = true;
    return view;
}

JsonArrayView::Iterator &JsonArrayView::Iterator::operator++()
{
    auto iterator = load<dom::array::iterator>(m_handle);
    ++iterator;
    store(m_handle, iterator);
    return *this;
}

bool JsonArrayView::Iterator::operator==(const Iterator &other) const
{
    return !(load<dom::array::iterator>(m_handle) != load<dom::array::iterator>(other.m_handle));
}

qsizetype JsonArrayView::size() const
{
    if (!m_defined)
        return 0;
    const std::size_t counted = load<dom::array>(m_handle).size();
    // simdjson's count saturates at 0xFFFFFF; beyond it, count by walking.
    if (counted < 0xFFFFFF)
        return qsizetype(counted);
    qsizetype walked = 0;
    for (auto it = begin(); it != end(); ++it)
        ++walked;
    return walked;
}

JsonArrayView::Iterator JsonArrayView::begin() const
{
    Iterator iterator;
    if (m_defined)
        store(iterator.m_handle, load<dom::array>(m_handle).begin());
    return iterator;
}

JsonArrayView::Iterator JsonArrayView::end() const
{
    Iterator iterator;
    if (m_defined)
        store(iterator.m_handle, load<dom::array>(m_handle).end());
    return iterator;
}

struct ParsedJson::Parser
{
    dom::parser parser;
    dom::document document; // the tape and the strings: all a view reads
};

namespace {
// Above this, the parser's own buffers (four bytes per structural character
// of the text) are let go once the text is parsed: 30-50 MB for a bundle of
// 100,000 courses that the reading of the model would otherwise keep.
constexpr std::size_t largeText = 1 << 20;
} // namespace

ParsedJson::ParsedJson() : m_parser(std::make_unique<Parser>()) { }

ParsedJson::~ParsedJson() = default;

qsizetype ParsedJson::padding()
{
    return simdjson::SIMDJSON_PADDING;
}

bool ParsedJson::parse(const QByteArray &bytes, Problems &problems)
{
    m_root = JsonView();
    const bool padded = roomAfter(bytes) >= qsizetype(simdjson::SIMDJSON_PADDING);
    dom::element element;
    // A UTF-8 byte order mark (editors on Windows write one) is not JSON;
    // Qt's parser passed over it, and so does Cairn.
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const std::size_t size = std::size_t(bytes.size() - start);
    const simdjson::error_code error =
        m_parser->parser.parse_into_document(m_parser->document, bytes.constData() + start, size, !padded).get(element);
    if (size > largeText)
        m_parser->parser = dom::parser();
    if (error == simdjson::SUCCESS) {
        store(m_root.m_handle, element);
        m_root.m_defined = true;
        return true;
    }
    describeRefusal(bytes, problems, QString::fromUtf8(simdjson::error_message(error)));
    return false;
}

void ParsedJson::describeRefusal(const QByteArray &text, Problems &problems)
{
    describeRefusal(text, problems, DocumentText::tr("a part of it cannot be read"));
}

void ParsedJson::describeRefusal(const QByteArray &bytes, Problems &problems, const QString &simdjsonSays)
{
    // simdjson says what is wrong but not where; Qt's parser, asked only for
    // a text that is wrong, says where.
    QJsonParseError qtError;
    QJsonDocument::fromJson(bytes, &qtError);
    const auto report = [&problems, &bytes](qsizetype offset, const QString &why) {
        const auto [line, column] = lineAndColumn(bytes, offset);
        problems.add(QString(), DocumentText::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(why));
    };
    if (qtError.error != QJsonParseError::NoError) {
        report(qtError.offset, qtError.errorString());
    } else if (const Unreadable unreadable = findUnreadable(bytes); unreadable.offset >= 0) {
        report(unreadable.offset, unreadable.why);
    } else {
        problems.add(QString(), DocumentText::tr("not JSON that Cairn can read: %1").arg(simdjsonSays));
    }
}

JsonView ParsedJson::parseSlice(const QByteArray &text, qsizetype offset, qsizetype size)
{
    m_root = JsonView();
    // simdjson reads up to its padding past the end: the text after the
    // slice, or a copy when the slice ends too near the buffer's end.
    const bool padded = offset + size + qsizetype(simdjson::SIMDJSON_PADDING) <= text.size() + roomAfter(text);
    dom::element element;
    if (m_parser->parser.parse_into_document(m_parser->document, text.constData() + offset, std::size_t(size), !padded)
            .get(element)
        == simdjson::SUCCESS) {
        store(m_root.m_handle, element);
        m_root.m_defined = true;
    }
    return m_root;
}

JsonView ParsedJson::parseStored(const QString &text)
{
    m_root = JsonView();
    const QByteArray bytes = text.toUtf8();
    dom::element element;
    if (m_parser->parser.parse_into_document(m_parser->document, bytes.constData(), std::size_t(bytes.size()), true)
            .get(element)
        == simdjson::SUCCESS) {
        store(m_root.m_handle, element);
        m_root.m_defined = true;
    }
    return m_root;
}

} // namespace Cairn::Core

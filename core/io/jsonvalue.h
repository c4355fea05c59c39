#pragma once

#include "problems.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <iterator>
#include <memory>

namespace Cairn::Core {

// Read-only views of a JSON text parsed by simdjson (docs/DECISIONS.md
// "Reading JSON"): what every Cairn reader reads files and stored rule trees
// with. A view is valid while the ParsedJson it came from lives and has not
// parsed another text. simdjson's own types stay inside jsonvalue.cpp (its
// header is over a megabyte), so a view keeps simdjson's 16-byte handle as
// bytes.

class JsonObjectView;
class JsonArrayView;

class JsonView final
{
public:
    JsonView() = default; // undefined: what a missing key yields

    bool isDefined() const { return m_defined; }
    bool isNull() const;
    bool isBool() const;
    bool isNumber() const;
    bool isString() const;
    bool isArray() const;
    bool isObject() const;

    // What the value is as that type, or an empty one when it is not.
    QString toString() const;
    double toDouble() const;
    JsonObjectView toObject() const;
    JsonArrayView toArray() const;

private:
    friend class JsonObjectView;
    friend class JsonArrayView;
    friend class ParsedJson;

    alignas(8) std::byte m_handle[16] = {};
    bool m_defined = false;
};

class JsonObjectView final
{
public:
    JsonObjectView() = default; // an empty object

    // Keys are ASCII (every key Cairn reads); a key that appears twice in the
    // text is read at its first place.
    bool contains(QStringView key) const { return value(key).isDefined(); }
    JsonView value(QStringView key) const;
    bool isEmpty() const;

private:
    friend class JsonView;

    alignas(8) std::byte m_handle[16] = {};
    bool m_defined = false;
};

class JsonArrayView final
{
public:
    JsonArrayView() = default; // an empty array

    // An element is reached by walking the array (simdjson keeps no index),
    // so arrays are read in order with the iterator, never by position.
    class Iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = JsonView;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = JsonView;

        JsonView operator*() const;
        Iterator &operator++();
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++*this;
            return before;
        }
        bool operator==(const Iterator &other) const;

    private:
        friend class JsonArrayView;
        alignas(8) std::byte m_handle[16] = {};
    };

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    Iterator begin() const;
    Iterator end() const;

private:
    friend class JsonView;

    alignas(8) std::byte m_handle[16] = {};
    bool m_defined = false;
};

// Owns a parsed JSON text (simdjson's DOM parser and its tape).
class ParsedJson final
{
public:
    ParsedJson();
    ~ParsedJson();
    ParsedJson(const ParsedJson &) = delete;
    ParsedJson &operator=(const ParsedJson &) = delete;

    // Parses UTF-8 JSON. A syntax error becomes a problem with its line and
    // column (from Qt's parser, which is asked only then) and false. Views of
    // a previous text are invalid afterwards.
    bool parse(const QByteArray &bytes, Problems &problems);
    // For text Cairn wrote itself (the rule trees in the database): anything
    // that does not parse reads as an undefined value.
    JsonView parseStored(const QString &text);

    // One piece of `text` (e.g. a course of a bundle, core/io/courseslices.h):
    // undefined when it does not parse, and then describeRefusal() of the
    // whole text says where. Views of a previous text are invalid afterwards.
    JsonView parseSlice(const QByteArray &text, qsizetype offset, qsizetype size);
    // Why a text simdjson refuses is refused, with the line and column.
    static void describeRefusal(const QByteArray &text, Problems &problems);

    JsonView root() const { return m_root; }

    // How many bytes after the text simdjson reads (it reads ahead in blocks);
    // a QByteArray with this much spare capacity is parsed without a copy.
    static qsizetype padding();

private:
    static void describeRefusal(const QByteArray &text, Problems &problems, const QString &simdjsonSays);

    struct Parser;
    std::unique_ptr<Parser> m_parser;
    JsonView m_root;
};

} // namespace Cairn::Core

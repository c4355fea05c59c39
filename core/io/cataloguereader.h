#pragma once

#include "model/catalogue.h"
#include "courseslices.h"
#include "jsonvalue.h"
#include "problems.h"

#include <QByteArray>

#include <functional>
#include <memory>
#include <optional>

namespace Cairn::Core {

// Reads a catalogue bundle ("format": "cairn-catalogue", "version": 1) and
// validates it completely: shapes and types, unique codes, levels within each
// framework, and every id a course or qualification names. Returns the
// catalogue only when there is no problem at all.
std::optional<Catalogue> readCatalogue(const QByteArray &json, Problems &problems);

// The "courses" of a bundle: the elements of its parsed array, or — so that
// no parsed tree of 100,000 courses is ever held — slices of its text
// (courseslices.h) parsed one at a time. Default: read them from the root.
class CourseElements final
{
public:
    CourseElements() = default;
    explicit CourseElements(const JsonArrayView &array) : m_array(array), m_given(true) { }
    CourseElements(QByteArray text, QList<CourseSlices::Slice> slices);

    bool isGiven() const { return m_given; }
    qsizetype size() const;
    // Calls visit(element, index) in order while it returns true. A slice
    // that does not parse stops the walk and sets `unparsed`.
    bool forEach(const std::function<bool(const JsonView &, qsizetype)> &visit, bool *unparsed = nullptr) const;
    // Whether every slice parses (an array's elements always do).
    bool allParse() const;
    // The text the slices are of (empty for an array).
    const QByteArray &text() const { return m_text; }

private:
    JsonArrayView m_array;
    QByteArray m_text;
    QList<CourseSlices::Slice> m_slices;
    std::shared_ptr<ParsedJson> m_parser; // parses each slice in turn
    bool m_given = false;
};

// Hears how many of a bundle's courses have been checked (every 256, and the
// last); returning false stops the reading.
using CheckProgress = std::function<bool(qsizetype checked)>;

// A bundle read for an import: everything but the courses as a model, and the
// courses — every one checked like readCatalogue's — read again one at a time
// as they are saved. What they are read from (the parsed text of `root`, or
// the text of the slices, which the bundle keeps) must outlive the bundle.
class CatalogueBundle final : public CourseStream
{
public:
    Catalogue catalogue; // without its courses

    qsizetype size() const override { return m_courses.size(); }
    bool forEach(const std::function<bool(const Course &)> &visit) const override;

private:
    friend std::optional<CatalogueBundle> readCatalogueBundle(const JsonObjectView &root, CourseElements courses,
                                                              Problems &problems, const CheckProgress &checked,
                                                              bool *stopped);

    CourseElements m_courses;
};

// Parses a document's text for reading. A bundle's courses are found by a
// scan (courseslices.h) and left in `courses`, to be parsed one at a time by
// the bundle's reader; everything else is parsed into `parsed`. A text the
// scan cannot follow is parsed whole. A refused text is said where it breaks,
// in the text as it was given.
std::optional<JsonObjectView> parseDocument(ParsedJson &parsed, const QByteArray &text, CourseElements &courses,
                                            Problems &problems);

// `courses`, when given, are the bundle's courses taken out of the text of
// `root` (whose "courses" is then []); otherwise root's own are read. When
// `checked` stops the reading, nullopt is returned and `*stopped` set.
std::optional<CatalogueBundle> readCatalogueBundle(const JsonObjectView &root, CourseElements courses,
                                                   Problems &problems, const CheckProgress &checked = {},
                                                   bool *stopped = nullptr);
std::optional<Catalogue> readCatalogue(const JsonObjectView &root, Problems &problems);
std::optional<Catalogue> readCatalogueFile(const QString &fileName, Problems &problems);

} // namespace Cairn::Core

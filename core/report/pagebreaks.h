#pragma once

#include <QList>

#include <optional>

class QTextDocument;

namespace Cairn::Core {

// A stretch of a laid-out document that goes on one page, in document
// coordinates, with the header rows of the table it continues (if any),
// which are painted again above it.
struct PageSlice
{
    qreal top = 0.0;
    qreal bottom = 0.0;
    qreal headerTop = 0.0;    // the continued table's header rows...
    qreal headerBottom = 0.0; // ...empty when headerTop == headerBottom

    qreal headerHeight() const { return headerBottom - headerTop; }
};

// Where the pages of `document` (laid out to its text width, without pages
// of its own) break for pages `pageHeight` high: never inside a line of
// text, a table row, an image, between a heading and its first line, or
// between a table's header rows and its first row. A table that goes on
// over a page break shows its header rows again. Only what is taller than a
// page is cut.
QList<PageSlice> pageSlices(const QTextDocument &document, qreal pageHeight);

} // namespace Cairn::Core

#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace Cairn::Core {

namespace {

// A vertical stretch no page break may fall strictly inside.
struct Span
{
    qreal top = 0.0;
    qreal bottom = 0.0;
};

struct TableExtent
{
    qreal top = 0.0;          // of the table
    qreal headerBottom = 0.0; // where its header rows end (== top without any)
    qreal bottom = 0.0;
};

QRectF blockRect(const QTextDocument &document, const QTextBlock &block)
{
    return document.documentLayout()->blockBoundingRect(block);
}

// Each line of text, and each heading with the first line after it.
void addLines(const QTextDocument &document, QList<Span> &spans)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const QRectF rect = blockRect(document, block);
        const qreal origin = rect.top() - layout->boundingRect().top();
        for (int index = 0; index < layout->lineCount(); ++index) {
            const QTextLine line = layout->lineAt(index);
            spans.append({origin + line.y(), origin + line.y() + line.height()});
        }
        if (block.blockFormat().headingLevel() > 0) {
            const QTextBlock next = block.next();
            if (next.isValid() && next.layout() && next.layout()->lineCount() > 0) {
                const QRectF nextRect = blockRect(document, next);
                const QTextLine first = next.layout()->lineAt(0);
                const qreal nextOrigin = nextRect.top() - next.layout()->boundingRect().top();
                spans.append({origin, nextOrigin + first.y() + first.height()});
            }
        }
    }
}

// The rows of every table, each one unbreakable, and the header rows kept
// with the first row below them.
void addTables(const QTextDocument &document, const QTextFrame *frame, QList<Span> &spans,
               QList<TableExtent> &tables)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (const QTextFrame *child : children) {
        if (const auto *table = qobject_cast<const QTextTable *>(child)) {
            const QRectF tableRect = document.documentLayout()->frameBoundingRect(const_cast<QTextTable *>(table));
            const int headerRows = std::min(table->format().headerRowCount(), table->rows());
            QList<Span> rows;
            for (int row = 0; row < table->rows(); ++row) {
                Span span{tableRect.bottom(), tableRect.top()};
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    if (cell.row() != row || cell.column() != column)
                        continue; // covered by a span from another cell
                    span.top = std::min(span.top, blockRect(document, cell.firstCursorPosition().block()).top());
                    span.bottom = std::max(span.bottom, blockRect(document, cell.lastCursorPosition().block()).bottom());
                }
                rows.append(span);
            }
            // A row's borders and padding lie between its content and the
            // next row's: break halfway.
            for (qsizetype row = 0; row < rows.size(); ++row) {
                const qreal above = row == 0 ? tableRect.top() : (rows[row - 1].bottom + rows[row].top) / 2;
                const qreal below = row + 1 == rows.size() ? tableRect.bottom() : (rows[row].bottom + rows[row + 1].top) / 2;
                rows[row] = {above, below};
            }
            TableExtent extent{tableRect.top(), tableRect.top(), tableRect.bottom()};
            if (headerRows > 0 && headerRows <= rows.size())
                extent.headerBottom = rows[headerRows - 1].bottom;
            tables.append(extent);
            const int keptTogether = std::min<int>(headerRows, int(rows.size()) - 1);
            if (keptTogether >= 0 && !rows.isEmpty())
                spans.append({rows.first().top, rows[keptTogether].bottom});
            spans.append(rows);
        }
        addTables(document, child, spans, tables);
    }
}

// Merged so that the spans no page may break inside are disjoint; spans
// that only touch stay apart (a break may fall between them).
QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Span> result;
    constexpr qreal touching = 0.01;
    for (const Span &span : spans) {
        if (!result.isEmpty() && span.top < result.last().bottom - touching)
            result.last().bottom = std::max(result.last().bottom, span.bottom);
        else
            result.append(span);
    }
    return result;
}

// The lowest place at or above `limit`, below `from`, that breaks no span;
// `limit` itself when a span is taller than the page.
qreal breakAbove(const QList<Span> &spans, qreal from, qreal limit)
{
    const auto inside = std::find_if(spans.cbegin(), spans.cend(),
                                     [&](const Span &span) { return span.top < limit && limit < span.bottom; });
    if (inside == spans.cend() || inside->top <= from)
        return limit;
    return inside->top;
}

} // namespace

QList<PageSlice> pageSlices(const QTextDocument &document, qreal pageHeight)
{
    // Qt lays long documents out lazily; the size waits for all of it, so
    // that every block below has its place.
    const qreal end = document.documentLayout()->documentSize().height();
    QList<Span> spans;
    QList<TableExtent> tables;
    addLines(document, spans);
    addTables(document, document.rootFrame(), spans, tables);
    spans = merged(spans);

    QList<PageSlice> slices;
    qreal top = 0.0;
    while (top < end - 0.5 || slices.isEmpty()) {
        PageSlice slice;
        slice.top = top;
        for (const TableExtent &table : tables) {
            if (table.headerBottom > table.top && top >= table.headerBottom - 0.5 && top < table.bottom - 0.5) {
                slice.headerTop = table.top;
                slice.headerBottom = table.headerBottom;
            }
        }
        const qreal room = std::max(pageHeight - slice.headerHeight(), pageHeight / 2);
        slice.bottom = std::min(end, breakAbove(spans, top, top + room));
        slices.append(slice);
        top = slice.bottom;
    }
    return slices;
}

} // namespace Cairn::Core

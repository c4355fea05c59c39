#include "pageddocument.h"

#include "pagebreaks.h"

#include "io/savefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Cairn::Core {

namespace {
// The unit the document is laid out in: CSS pixels, as on a screen.
constexpr qreal layoutDpi = 96.0;
constexpr qreal millimetre = layoutDpi / 25.4;
constexpr qreal headerHeight = 12 * millimetre;
constexpr qreal footerHeight = 12 * millimetre;
constexpr qreal pageMarginMm = 15.0;
} // namespace

QString paperSizeKey(PaperSize size)
{
    return size == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromKey(QStringView key)
{
    if (key.compare(u"a4", Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (key.compare(u"letter", Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

PaperSize defaultPaperSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? PaperSize::Letter : PaperSize::A4;
}

int paintPages(QTextDocument &document, QPagedPaintDevice &device, const PageFrame &frame)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    // The page's printable area in layout pixels; the painter scales them.
    const qreal scale = device.logicalDpiX() / layoutDpi;
    const QSizeF page(device.width() / scale, device.height() / scale);
    const QRectF body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);

    // Measured at 96 dpi whatever the screen, so that points are the same
    // size on every machine; laid out as one long page, broken below.
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setUseDesignMetrics(true);
    document.setTextWidth(body.width());
    const QList<PageSlice> slices = pageSlices(document, body.height());
    const int pages = int(slices.size());

    // Paints the document between `top` and `bottom` at `y` on the page.
    const auto paintStretch = [&](qreal top, qreal bottom, qreal y) {
        painter.save();
        painter.setClipRect(QRectF(body.left(), y, body.width(), bottom - top));
        painter.translate(body.left(), y - top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, top, body.width(), bottom - top);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    };

    QFont small = document.defaultFont();
    small.setPixelSize(qRound(8 * layoutDpi / 72)); // 8 pt in the painter's layout pixels
    const QColor muted(0x55, 0x55, 0x55);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        const PageSlice &slice = slices[index];
        painter.save();
        painter.scale(scale, scale);
        if (slice.headerHeight() > 0)
            paintStretch(slice.headerTop, slice.headerBottom, body.top());
        paintStretch(slice.top, slice.bottom, body.top() + slice.headerHeight());

        painter.setFont(small);
        painter.setPen(muted);
        const QRectF header(0, 0, page.width(), headerHeight - 3 * millimetre);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, frame.header);
        painter.drawLine(QLineF(0, headerHeight - 2 * millimetre, page.width(), headerHeight - 2 * millimetre));
        const QRectF footer(0, page.height() - footerHeight + 3 * millimetre, page.width(), footerHeight - 3 * millimetre);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, frame.footer);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
                         PagedText::tr("Page %1 of %2").arg(index + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    document.documentLayout()->setPaintDevice(nullptr);
    return pages;
}

Status writePdf(QTextDocument &document, const QString &fileName, PaperSize size, const PageFrame &frame,
                const QString &title)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Cairn"));
        writer.setPageLayout(QPageLayout(QPageSize(size == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
                                         QPageLayout::Portrait,
                                         QMarginsF(pageMarginMm, pageMarginMm, pageMarginMm, pageMarginMm),
                                         QPageLayout::Millimeter));
        if (paintPages(document, writer, frame) == 0)
            return Status::failure(PagedText::tr("Could not lay out the pages of %1.").arg(fileName));
    }
    return writeFileAtomically(fileName, bytes);
}

} // namespace Cairn::Core

#pragma once

#include "model/status.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace Cairn::Core {

enum class PaperSize { A4, Letter };

QString paperSizeKey(PaperSize size); // "a4", "letter"
std::optional<PaperSize> paperSizeFromKey(QStringView key);
// Letter where the locale measures in US units, A4 elsewhere.
PaperSize defaultPaperSize();

// What every page carries besides the document: a running header and, in
// the footer, a line of text and "Page N of M".
struct PageFrame
{
    QString header;
    QString footer;
};

// Lays `document` out in the pages of `device` and paints them with the
// frame. The document is laid out in pixels of 1/96 inch and scaled to the
// device, so that one document reads the same as a PDF and on a printer.
// Pages break where pageSlices() says: never through a line or a table row,
// and a table that goes on repeats its header rows. Returns the number of pages painted, 0 when the
// device cannot be painted on.
int paintPages(QTextDocument &document, QPagedPaintDevice &device, const PageFrame &frame);

// Writes `document` as a PDF of `size` to `fileName`, all or nothing (a
// file that cannot be written keeps what it held). The message names the
// file.
Status writePdf(QTextDocument &document, const QString &fileName, PaperSize size, const PageFrame &frame,
                const QString &title);

class PagedText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::PagedText)
};

} // namespace Cairn::Core

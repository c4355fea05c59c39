#pragma once

// Reads a PDF back for the report tests, through Poppler (libpoppler-qt6):
// the page count, each page's size and text.

#include <poppler-qt6.h>

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

namespace Cairn::Test {

struct PdfText
{
    bool loaded = false;
    QList<QSizeF> pageSizes; // in points
    QStringList pages;       // the text of each page

    QString all() const { return pages.join(u'\n'); }
    // The page (0-based) whose text holds `needle`, or -1.
    int pageOf(const QString &needle) const
    {
        for (int index = 0; index < pages.size(); ++index) {
            if (pages[index].contains(needle))
                return index;
        }
        return -1;
    }
};

inline PdfText readPdf(const QString &fileName)
{
    PdfText text;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(fileName);
    if (!document || document->isLocked())
        return text;
    text.loaded = true;
    for (int index = 0; index < document->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        text.pageSizes.append(page->pageSizeF());
        // Poppler gives text in reading order with line breaks; tests look
        // for phrases, so collapse all white space to single spaces.
        // Ligatures ("ﬁ") are spelled out (NFKC) so that words match.
        text.pages.append(page->text(QRectF()).normalized(QString::NormalizationForm_KC).simplified());
    }
    return text;
}

} // namespace Cairn::Test

#include "pdffiledialog.h"

#include <QFileDialog>

namespace Cairn::Ui {

std::optional<PdfTarget> PdfFileDialog::ask(QWidget *parent, const QString &title, const QString &suggestedName)
{
    const QString a4 = tr("PDF on A4 paper (*.pdf)");
    const QString letter = tr("PDF on US Letter paper (*.pdf)");
    QString chosen = Core::defaultPaperSize() == Core::PaperSize::Letter ? letter : a4;
    const QString fileName = QFileDialog::getSaveFileName(parent, title, suggestedName,
                                                          chosen == a4 ? a4 + QStringLiteral(";;") + letter
                                                                       : letter + QStringLiteral(";;") + a4,
                                                          &chosen);
    if (fileName.isEmpty())
        return std::nullopt;
    return PdfTarget{fileName, chosen == letter ? Core::PaperSize::Letter : Core::PaperSize::A4};
}

} // namespace Cairn::Ui

#pragma once

#include "report/pageddocument.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Cairn::Ui {

struct PdfTarget
{
    QString fileName;
    Core::PaperSize paper = Core::PaperSize::A4;
};

// Asks where to save a PDF and on which paper: the file type chooses A4 or
// US Letter (the locale's comes first). Nothing when the user cancels.
class PdfFileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::PdfFileDialog)

public:
    static std::optional<PdfTarget> ask(QWidget *parent, const QString &title, const QString &suggestedName);
};

} // namespace Cairn::Ui

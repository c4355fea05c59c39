#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Cairn::Ui {

// Why something was refused, in full: every problem on its own line with its
// file and JSON path (or CSV row), selectable and copyable as text, so that
// a bundle can be fixed in one pass or the list sent to whoever made it.
class ProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDialog)

public:
    ProblemsDialog(const QString &title, const QString &summary, const QStringList &lines, QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }
    void copyToClipboard() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Cairn::Ui

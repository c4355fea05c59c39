#include "problemsdialog.h"

#include "icons/icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cairn::Ui {

ProblemsDialog::ProblemsDialog(const QString &title, const QString &summary, const QStringList &lines, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    auto *picture = new QLabel(this);
    picture->setPixmap(icon(QStringLiteral("warning")).pixmap(QSize(32, 32)));
    auto *heading = new QLabel(summary, this);
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setPlainText(lines.join(u'\n'));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Problems"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &ProblemsDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(picture, 0, Qt::AlignTop);
    top->addWidget(heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

void ProblemsDialog::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(m_text->toPlainText());
}

} // namespace Cairn::Ui

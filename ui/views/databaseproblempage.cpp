#include "databaseproblempage.h"

#include "icons/icons.h"
#include "welcomepage.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cairn::Ui {

DatabaseProblemPage::DatabaseProblemPage(QWidget *parent)
    : QWidget(parent)
    , m_detail(new QLabel(this))
    , m_restore(new QPushButton(this))
    , m_open(new QPushButton(tr("&Open Another Database…"), this))
    , m_startNew(new QPushButton(tr("&Start a New Database…"), this))
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon(QStringLiteral("error")).pixmap(QSize(56, 56)));
    iconLabel->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("This database is damaged"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFixedWidth(620);
    m_restore->setDefault(true);

    auto *column = new QVBoxLayout;
    column->addWidget(iconLabel);
    column->addWidget(title);
    column->addWidget(m_detail);
    column->addSpacing(12);
    for (QPushButton *button : {m_restore, m_open, m_startNew})
        column->addWidget(button);
    placeCentred(*this, column);

    connect(m_restore, &QPushButton::clicked, this, [this] { Q_EMIT restoreRequested(m_backup); });
    connect(m_open, &QPushButton::clicked, this, &DatabaseProblemPage::openAnotherRequested);
    connect(m_startNew, &QPushButton::clicked, this, &DatabaseProblemPage::startNewRequested);
}

void DatabaseProblemPage::setProblem(const QString &path, const QString &message,
                                     const std::optional<Core::BackupFile> &latest)
{
    QString text = message + QStringLiteral("\n\n")
                   + tr("Cairn will not write to it. Your edits are refused until you choose a way forward; "
                        "the damaged file is kept either way.");
    if (latest) {
        m_backup = latest->path;
        m_restore->setText(tr("&Restore the Backup of %1 (%2)")
                               .arg(QLocale().toString(latest->made, QLocale::ShortFormat),
                                    QLocale().formattedDataSize(latest->size)));
        m_restore->setToolTip(latest->path);
    } else {
        m_backup.clear();
        m_restore->setText(tr("No backup of %1 yet").arg(path));
    }
    m_restore->setEnabled(latest.has_value());
    m_detail->setText(text);
}

} // namespace Cairn::Ui

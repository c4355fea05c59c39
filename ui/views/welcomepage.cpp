#include "welcomepage.h"

#include "icons/icons.h"

#include <QApplication>
#include <QLabel>
#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Cairn::Ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(choice(QStringLiteral("demo"), tr("Open the demo"),
                    tr("63 courses from five providers, ten qualifications and a learner part-way through "
                       "a diploma: the quickest way to see what Cairn does.")))
    , m_import(choice(QStringLiteral("import"), tr("Import a catalogue"),
                      tr("A catalogue bundle from your provider or study centre (a .json file).")))
    , m_profile(choice(QStringLiteral("profile"), tr("Create a profile"),
                       tr("Start with your own name, weekly hours and goals; add courses as you find them.")))
{
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(m_profile, &QCommandLinkButton::clicked, this, &WelcomePage::createProfileRequested);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")).pixmap(QSize(72, 72)));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Cairn"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("See what you have earned, what counts toward which qualification, what is still "
                               "missing, and the fastest or cheapest way to finish. Everything stays on this "
                               "computer."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(560);

    auto *column = new QVBoxLayout;
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(16);
    for (QCommandLinkButton *button : {m_demo, m_import, m_profile})
        column->addWidget(button);
    placeCentred(*this, column);
}

void placeCentred(QWidget &page, QLayout *column)
{
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addLayout(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(&page);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

QCommandLinkButton *WelcomePage::choice(const QString &iconName, const QString &title, const QString &text)
{
    // A command link: the title in bold, what it does below.
    auto *button = new QCommandLinkButton(title, text, this);
    button->setIcon(icon(iconName));
    button->setIconSize(QSize(28, 28));
    button->setAccessibleName(title);
    button->setAccessibleDescription(text);
    button->setFixedWidth(560);
    return button;
}

} // namespace Cairn::Ui

#include "welcomepage.h"

#include "icons/icons.h"

#include <QApplication>
#include <QLabel>
#include <QToolButton>
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
    connect(m_demo, &QToolButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QToolButton::clicked, this, &WelcomePage::importRequested);
    connect(m_profile, &QToolButton::clicked, this, &WelcomePage::createProfileRequested);

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
    text->setMaximumWidth(560);

    auto *choices = new QVBoxLayout;
    for (QToolButton *button : {m_demo, m_import, m_profile})
        choices->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(choices);
    layout->setAlignment(choices, Qt::AlignHCenter);
    layout->addStretch(3);
}

QToolButton *WelcomePage::choice(const QString &iconName, const QString &title, const QString &text)
{
    // A large button: the title in bold on the first line, what it does below.
    auto *button = new QToolButton(this);
    button->setIcon(icon(iconName));
    button->setIconSize(QSize(32, 32));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setText(title + u'\n' + text);
    button->setAccessibleName(title);
    button->setAccessibleDescription(text);
    button->setFixedWidth(560);
    button->setMinimumHeight(64);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace Cairn::Ui

#include "emptystate.h"

#include "icons/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
// An icon drawn when it is painted, not when the view is made: views keep
// empty states they may never show.
class IconView final : public QWidget
{
public:
    IconView(const QString &name, QWidget *parent) : QWidget(parent), m_name(name) { setFixedSize(48, 48); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_icon.isNull())
            m_icon = icon(m_name); // kept: its engine keeps what it has drawn
        QPainter painter(this);
        m_icon.paint(&painter, rect());
    }

private:
    QString m_name;
    QIcon m_icon;
};
} // namespace

EmptyState::EmptyState(const QString &iconName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_text(new QLabel(text, this)), m_buttons(new QHBoxLayout)
{
    auto *picture = new IconView(iconName, this);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addStretch(2);
    layout->addWidget(picture, 0, Qt::AlignHCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
    m_buttons->addStretch();
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QPushButton *EmptyState::addButton(const QString &text, const std::function<void()> &onClick)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, onClick);
    // Before the closing stretch, so that the buttons stay centred.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    if (m_buttons->count() == 3)
        button->setDefault(true);
    return button;
}

} // namespace Cairn::Ui

#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace Cairn::Ui {

// What a view shows when it has nothing to show: an icon, a title, a sentence
// saying what to do, and buttons that do it — never a blank area.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &iconName, const QString &title, const QString &text, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    // Adds a button under the text and returns it (for tests and for focus).
    QPushButton *addButton(const QString &text, const std::function<void()> &onClick);

private:
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace Cairn::Ui

#pragma once

#include <QWidget>

class QToolButton;

namespace Cairn::Ui {

// What an empty database opens on: three ways forward — the demo, a
// catalogue of one's own, a profile — never an empty grid.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QToolButton *demoButton() const { return m_demo; }
    QToolButton *importButton() const { return m_import; }
    QToolButton *profileButton() const { return m_profile; }

Q_SIGNALS:
    void demoRequested();
    void importRequested();
    void createProfileRequested();

private:
    QToolButton *choice(const QString &iconName, const QString &title, const QString &text);

    QToolButton *m_demo;
    QToolButton *m_import;
    QToolButton *m_profile;
};

} // namespace Cairn::Ui

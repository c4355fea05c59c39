#pragma once

#include <QWidget>

class QCommandLinkButton;

namespace Cairn::Ui {

// What an empty database opens on: three ways forward — the demo, a
// catalogue of one's own, a profile — never an empty grid.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *importButton() const { return m_import; }
    QCommandLinkButton *profileButton() const { return m_profile; }

Q_SIGNALS:
    void demoRequested();
    void importRequested();
    void createProfileRequested();

private:
    QCommandLinkButton *choice(const QString &iconName, const QString &title, const QString &text);

    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_profile;
};

} // namespace Cairn::Ui

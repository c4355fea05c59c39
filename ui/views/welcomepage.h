#pragma once

#include <QWidget>

class QCommandLinkButton;

class QLayout;

namespace Cairn::Ui {

// Lays `column` out centred on `page`, a little above the middle. Stretches
// centre it rather than an alignment flag, which would cut wrapped text to
// its one-line height. (The welcome page and the damaged-database page.)
void placeCentred(QWidget &page, QLayout *column);

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

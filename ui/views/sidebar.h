#pragma once

#include <QListWidget>
#include <QTimer>

namespace Cairn::Ui {

// The five views of the main window in a column. Dropping courses (from the
// catalogue) on My plan plans them; holding a drag over an entry opens its
// view, so that a drag can also end in the view itself.
class Sidebar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    enum View { Catalogue, Plan, Qualifications, Pathways, Dashboard, ViewCount };

    explicit Sidebar(QWidget *parent = nullptr);

    static QString viewKey(View view); // "catalogue", "plan", ... (the --view option)
    static int viewFromKey(const QString &key); // -1 for an unknown key

Q_SIGNALS:
    void coursesDroppedOnPlan(const QStringList &codes);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    QStringList mimeTypes() const override;

private:
    QTimer m_springTimer; // opens the view a drag hovers over
    int m_hovered = -1;
};

} // namespace Cairn::Ui

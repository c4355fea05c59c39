#pragma once

#include <QObject>

class QSplitter;
class QTreeView;

namespace Cairn::Ui {

// Shares a side-by-side splitter between two lists by the width their lines
// need — all of it when both fit, in proportion when they do not, never less
// than a quarter each nor than its headings — until the user moves its handle.
class ContentSplit final : public QObject
{
    Q_OBJECT

public:
    ContentSplit(QSplitter *splitter, QTreeView *first, QTreeView *second);

    // After the lists' rows change.
    void share();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSplitter *m_splitter;
    QTreeView *m_first;
    QTreeView *m_second;
    bool m_movedByUser = false;
};

} // namespace Cairn::Ui

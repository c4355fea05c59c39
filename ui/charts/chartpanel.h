#pragma once

#include "chartspec.h"

#include <QFrame>

class QAbstractItemModel;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Cairn::Ui {

// One chart of the dashboard with its title, its table alternative (a
// toggle: for screen readers, keyboards and copying) and its exports (PNG,
// SVG, the table as text). When there is nothing to draw it says why.
class ChartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }

    void setTableShown(bool shown);
    bool isTableShown() const;
    QAbstractItemModel *table() const { return m_model; }
    QChartView *chartView() const { return m_chart; }
    QString title() const { return m_spec.title; }

    // Writes the chart as PNG or SVG (by the file's suffix); false on failure.
    bool exportTo(const QString &fileName);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportFromDialog();
    void copyTable();

    ChartSpec m_spec;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_tableButton;
    QToolButton *m_exportButton;
    QStackedWidget *m_pages;
    QChartView *m_chart;
    QTableView *m_tableView;
    QLabel *m_empty;
    QAbstractItemModel *m_model = nullptr;
};

} // namespace Cairn::Ui

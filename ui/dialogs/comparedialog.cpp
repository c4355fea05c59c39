#include "comparedialog.h"

#include "audit/auditor.h"
#include "pdffiledialog.h"
#include "pathways/pathwaygraph.h"
#include "report/comparisonreport.h"
#include "report/pageddocument.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Cairn::Ui {

namespace {
QString wayLabel(const Core::Auditor &auditor, const QStringList &way)
{
    if (way.size() == 1) {
        const Core::Qualification *qualification = auditor.index().qualification(way.first());
        return qualification ? CompareDialog::tr("%1 — %2").arg(way.first(), qualification->title) : way.first();
    }
    return CompareDialog::tr("%1 (%2 first)").arg(way.join(QStringLiteral(" → ")), way.first());
}

// `text` broken into lines no wider than `width` (between words where it
// can): a row label in the table's vertical header, which sizes itself to
// its longest line and cannot wrap on its own. "In common: A → B and C → D"
// otherwise took half the dialog from the ways it compares.
QString wrapped(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.join(u'\n');
}
} // namespace

CompareDialog::CompareDialog(std::shared_ptr<const Core::Auditor> auditor, const Stacking &stacking,
                             Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_auditor(std::move(auditor))
    , m_workspace(workspace)
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Compare Ways"));
    // Every qualification, then every route of one into the next.
    QList<QStringList> choices;
    for (const Core::Qualification &qualification : m_auditor->catalogue().qualifications)
        choices.append({qualification.code});
    for (const auto &[lower, upper] : stacking)
        choices.append({lower, upper});

    auto *form = new QFormLayout;
    for (int index = 0; index < mostWays; ++index) {
        auto *choice = new QComboBox(this);
        choice->setAccessibleName(tr("Way %1").arg(index + 1));
        if (index >= 2)
            choice->addItem(tr("(none)"), QStringList());
        for (const QStringList &way : std::as_const(choices))
            choice->addItem(wayLabel(*m_auditor, way), way);
        connect(choice, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
        form->addRow(tr("Way &%1:").arg(index + 1), choice);
        m_choices.append(choice);
    }
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Comparison status"));
    m_table->setAccessibleName(tr("Ways side by side"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &CompareDialog::printFromDialog);
    connect(exportButton, &QPushButton::clicked, this, &CompareDialog::exportFromDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 640);

    connect(&m_watcher, &QFutureWatcher<Core::QualificationComparison>::finished, this, [this] {
        showComparison(m_watcher.result());
        m_comparing = false;
        if (m_pending) {
            m_pending = false;
            compare();
        }
    });
}

CompareDialog::~CompareDialog()
{
    m_watcher.waitForFinished();
}

QList<QStringList> CompareDialog::waysFor(const Stacking &stacking, const QString &code)
{
    // A diploma: through the certificate first, straight, then on to the
    // degree. A certificate: itself, on to the diploma, the diploma straight.
    QList<QStringList> into;
    QList<QStringList> onward;
    for (const auto &[lower, upper] : stacking) {
        if (upper == code)
            into.append({lower, upper});
        else if (lower == code)
            onward.append({lower, upper});
    }
    QList<QStringList> ways = into.mid(0, 1);
    ways.append(QStringList{code});
    for (const QStringList &route : std::as_const(onward)) {
        ways.append(route);
        if (into.isEmpty())
            ways.append(QStringList{route.last()});
    }
    return ways.mid(0, mostWays);
}

void CompareDialog::setWays(const QList<QStringList> &ways)
{
    for (int index = 0; index < m_choices.size(); ++index) {
        QComboBox *choice = m_choices[index];
        const QSignalBlocker quiet(choice);
        const int found = choice->findData(index < ways.size() ? ways[index] : QStringList());
        if (found >= 0)
            choice->setCurrentIndex(found);
    }
    compare();
}

QList<QStringList> CompareDialog::ways() const
{
    QList<QStringList> ways;
    for (const QComboBox *choice : m_choices) {
        const QStringList way = choice->currentData().toStringList();
        if (!way.isEmpty())
            ways.append(way);
    }
    return ways;
}

void CompareDialog::compare()
{
    if (m_comparing) {
        m_pending = true;
        return;
    }
    m_comparing = true;
    m_status->setText(tr("Comparing… (the fastest and cheapest ways are worked out for each)"));
    const std::shared_ptr<const Core::Auditor> auditor = m_auditor;
    const QList<QStringList> chosen = ways();
    const QDate today = QDate::currentDate();
    m_watcher.setFuture(QtConcurrent::run([auditor, chosen, today] { return Core::compareWays(*auditor, chosen, today); }));
}

void CompareDialog::showComparison(const Core::QualificationComparison &comparison)
{
    m_comparison = comparison;
    const QList<Core::ComparisonReport::Row> rows = Core::ComparisonReport::rows(comparison);
    m_table->clear();
    m_table->setColumnCount(int(comparison.ways.size()));
    m_table->setRowCount(int(rows.size()));
    QStringList headers;
    for (const Core::ComparedWay &way : comparison.ways)
        headers.append(Core::ComparisonReport::wayName(way));
    m_table->setHorizontalHeaderLabels(headers);
    // About 28 characters: the longest of the fixed labels fits on a line.
    const QFont labelFont = m_table->verticalHeader()->font();
    const int labelWidth = QFontMetrics(labelFont).averageCharWidth() * 28;
    for (int row = 0; row < rows.size(); ++row) {
        auto *label = new QTableWidgetItem(wrapped(rows[row].aspect, labelFont, labelWidth));
        label->setData(Qt::AccessibleTextRole, rows[row].aspect); // read as one sentence
        m_table->setVerticalHeaderItem(row, label);
        for (int column = 0; column < rows[row].values.size(); ++column) {
            auto *item = new QTableWidgetItem(rows[row].values[column]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    m_status->setText(tr("For %1, from today at their weekly hours. Costs are listed per currency.")
                          .arg(m_workspace.learnerLabel()));
}

Core::Status CompareDialog::exportPdf(const QString &fileName, Core::PaperSize paper)
{
    QTextDocument document;
    const QDate today = QDate::currentDate();
    Core::ComparisonReport::build(document, m_comparison, m_workspace.learnerLabel(), today);
    return Core::writePdf(document, fileName, paper, Core::ComparisonReport::frame(today),
                          Core::ComparisonReport::title());
}

void CompareDialog::printFromDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        QTextDocument document;
        const QDate today = QDate::currentDate();
        Core::ComparisonReport::build(document, m_comparison, m_workspace.learnerLabel(), today);
        Core::paintPages(document, *target, Core::ComparisonReport::frame(today));
    });
    preview.exec();
}

void CompareDialog::exportFromDialog()
{
    const auto target = PdfFileDialog::ask(this, tr("Export Comparison"), tr("ways compared.pdf"));
    if (!target)
        return;
    if (const Core::Status written = exportPdf(target->fileName, target->paper); !written)
        QMessageBox::warning(this, tr("Nothing was written"), written.message());
}

} // namespace Cairn::Ui

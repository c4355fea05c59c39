#include "whatifpanel.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "audit/whatifmodel.h"
#include "settings/settingkeys.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Cairn::Ui {

namespace {

// Rows that sort as equal keep the model's order, which is the ranking's
// (WhatIfModel places each row where the core ranks it): the proxy alone
// would leave them in the order they were inserted, which depends on which
// core finished first.
class RankedSortModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (QSortFilterProxyModel::lessThan(left, right))
            return true;
        if (QSortFilterProxyModel::lessThan(right, left))
            return false;
        return left.row() < right.row();
    }
};

} // namespace

WhatIfPanel::WhatIfPanel(Workspace &workspace, AuditService &audits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_model(new WhatIfModel(this))
    , m_sorted(new RankedSortModel(this))
    , m_table(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("&Open Audit"), this))
    , m_makeGoal(new QPushButton(tr("Make This a &Goal"), this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(WhatIfModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    m_table->setModel(m_sorted);
    m_table->setAccessibleName(tr("Qualifications ranked by credits still needed"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WhatIfModel::Remaining, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WhatIfModel::Qualification, QHeaderView::Stretch);
    header->resizeSection(WhatIfModel::Type, 90);
    header->resizeSection(WhatIfModel::Remaining, 100);
    header->resizeSection(WhatIfModel::RemainingEarned, 160);
    header->resizeSection(WhatIfModel::Cost, 240);
    header->resizeSection(WhatIfModel::Hours, 80);
    m_status->setAccessibleName(tr("Ranking progress"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_makeGoal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QAbstractItemView::activated, this, [this] { Q_EMIT openRequested(selectedQualification()); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(selectedQualification()); });
    connect(m_makeGoal, &QPushButton::clicked, this, [this] {
        if (Core::Status added = m_workspace.addGoal(selectedQualification()); !added)
            Q_EMIT message(added.message());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WhatIfPanel::updateButtons);
    connect(m_model, &WhatIfModel::progressed, this, [this](qsizetype done, qsizetype total) {
        m_status->setText(tr("Ranking %1 of %2 qualifications…")
                              .arg(QLocale().toString(qlonglong(done)), QLocale().toString(qlonglong(total))));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (const int row = m_reselect.isEmpty() ? -1 : m_model->rowOf(m_reselect); row >= 0) {
            m_reselect.clear();
            m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
        }
    });
    connect(m_model, &WhatIfModel::estimating, this, [this](qsizetype done, qsizetype total) {
        m_status->setText(tr("Qualifications ranked for %1 (%2), fewest credits still needed first. "
                             "Estimating what finishing would take: %3 of %4…")
                              .arg(m_workspace.learnerLabel(), QLocale().toString(qlonglong(m_model->total())),
                                   QLocale().toString(qlonglong(done)), QLocale().toString(qlonglong(total))));
    });
    connect(m_model, &WhatIfModel::finished, this, [this] {
        m_status->setText(tr("Qualifications ranked for %1 (%2), fewest credits still needed first.")
                              .arg(m_workspace.learnerLabel(), QLocale().toString(qlonglong(m_model->total()))));
        widenCostsToFit();
    });
    connect(&m_audits, &AuditService::auditorChanged, this, [this] {
        m_stale = true;
        if (m_active)
            restart();
    });
    updateButtons();
}

void WhatIfPanel::widenCostsToFit()
{
    // An estimate in three currencies is wider than the column's default:
    // widen it (never narrow it: the user may have) up to 40 % of the
    // table, taken from the titles, which stretch.
    QHeaderView *header = m_table->header();
    const QAbstractItemView *view = m_table; // QTreeView hides the measure QAbstractItemView gives
    const int wanted = std::min(view->sizeHintForColumn(WhatIfModel::Cost), m_table->viewport()->width() * 2 / 5);
    if (wanted > header->sectionSize(WhatIfModel::Cost))
        header->resizeSection(WhatIfModel::Cost, wanted);
}

void WhatIfPanel::activate()
{
    m_active = true;
    if (m_stale)
        restart();
}

void WhatIfPanel::restart()
{
    const std::shared_ptr<const Core::Auditor> auditor = m_audits.auditor();
    if (!auditor) {
        m_audits.request();
        m_model->start(nullptr, {});
        m_status->setText(tr("Reading the catalogue…"));
        return;
    }
    m_stale = false;
    // Selected again when its row arrives.
    m_reselect = selectedQualification();
    m_model->setGoals(m_workspace.profile().goals);
    m_model->start(auditor, QDate::currentDate());
    updateButtons();
}

bool WhatIfPanel::isSettled() const
{
    return !m_stale && m_model->isFinished();
}

QString WhatIfPanel::selectedQualification() const
{
    return m_table->currentIndex().data(WhatIfModel::CodeRole).toString();
}

void WhatIfPanel::updateButtons()
{
    const QString code = selectedQualification();
    m_open->setEnabled(!code.isEmpty());
    m_makeGoal->setEnabled(!code.isEmpty() && m_workspace.hasProfile() && !m_workspace.profile().goals.contains(code));
}

void WhatIfPanel::saveState(QSettings &settings) const
{
    SettingKeys::whatIfColumns.set(settings, m_table->header()->saveState());
}

void WhatIfPanel::restoreState(const QSettings &settings)
{
    m_table->header()->restoreState(SettingKeys::whatIfColumns.get(settings));
}

} // namespace Cairn::Ui

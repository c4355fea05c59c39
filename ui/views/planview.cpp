#include "planview.h"

#include "emptystate.h"
#include "fittedcolumns.h"
#include "models/coursebrowsermodel.h"
#include "models/coursetext.h"
#include "models/recordsmodel.h"
#include "plan/recorddelegate.h"
#include "plan/timelinewidget.h"
#include "planner/planinput.h"
#include "planner/partialplan.h"
#include "settings/settingkeys.h"
#include "storage/cataloguerepository.h"
#include "workspace.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
enum Page { NoProfilePage, NothingPlannedPage, PlanPage };
} // namespace

PlanView::PlanView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RecordsModel(this))
    , m_tree(new QTreeView(this))
    , m_timeline(new TimelineWidget(this))
    , m_timelineArea(new QScrollArea(this))
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pages(new QStackedWidget(this))
    , m_nothingPlanned(new EmptyState(QStringLiteral("plan"), tr("Nothing planned yet"),
                                      tr("Find a course in the catalogue and press Ctrl+Return, or drag it "
                                         "onto My plan. Your plan is saved as you go."),
                                      this))
{
    setAcceptDrops(true);
    m_model->setEdit([this](const Core::Record &record) {
        const Core::Status status = m_workspace.replaceRecord(record);
        if (!status)
            QMessageBox::warning(this, tr("The record was not changed"), status.message());
        return status.ok();
    });
    connect(m_model, &RecordsModel::coursesDropped, this, &PlanView::planDropped);

    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new RecordDelegate(m_tree));
    m_tree->setAccessibleName(tr("Records"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(false);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->resizeSection(RecordsModel::Course, 130);
    header->resizeSection(RecordsModel::Title, 230);
    header->resizeSection(RecordsModel::Status, 95);
    header->resizeSection(RecordsModel::Schedule, 250);
    header->resizeSection(RecordsModel::Date, 95);
    header->resizeSection(RecordsModel::Start, 95);
    header->resizeSection(RecordsModel::Grade, 55);
    // Each column as wide as its widest line (a title, a schedule); the
    // notes take the rest.
    m_columns = new FittedColumns(m_tree, {RecordsModel::Course, RecordsModel::Title, RecordsModel::Status,
                                           RecordsModel::Schedule, RecordsModel::Date, RecordsModel::Start,
                                           RecordsModel::Grade});
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanView::selectionChanged);
    auto *remove = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PlanView::removeSelected);

    m_timelineArea->setWidget(m_timeline);
    // The timeline grows to fill the area and scrolls sideways when the plan
    // is longer than the window is wide.
    m_timelineArea->setWidgetResizable(true);
    m_timelineArea->setAccessibleName(tr("Study timeline"));
    m_timeline->setAcceptDrops(false);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Plan summary"));

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_timelineArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *planPage = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_summary);
    planLayout->addWidget(m_splitter, 1);

    auto *noProfile = new EmptyState(QStringLiteral("profile"), tr("No profile open"),
                                     tr("A profile holds what you have studied and what you plan: create one "
                                        "to start planning."),
                                     this);
    noProfile->addButton(tr("&Create a Profile…"), [this] { Q_EMIT createProfileRequested(); });
    m_nothingPlanned->addButton(tr("Go to the &Catalogue"), [this] { Q_EMIT catalogueRequested(); });
    m_pages->insertWidget(NoProfilePage, noProfile);
    m_pages->insertWidget(NothingPlannedPage, m_nothingPlanned);
    m_pages->insertWidget(PlanPage, planPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    for (auto signal : {&Workspace::profileChanged, &Workspace::profileSwitched, &Workspace::catalogueChanged})
        connect(&m_workspace, signal, this, &PlanView::scheduleRefresh);
    // Grades and notes are the learner's own: not for a room to read.
    const auto present = [this](bool presenting) {
        for (int column : {RecordsModel::Grade, RecordsModel::Notes})
            m_tree->setColumnHidden(column, presenting);
        if (m_loaded)
            refresh();
    };
    connect(&m_workspace, &Workspace::presentingChanged, this, present);
    present(m_workspace.isPresenting()); // the view may be made while presenting
}

void PlanView::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refresh();
}

void PlanView::scheduleRefresh()
{
    // Queued: an edit made in the tree (setData) must finish before the
    // model it came from is rebuilt.
    if (!m_loaded || m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void PlanView::refresh()
{
    if (!m_workspace.hasProfile()) {
        m_pages->setCurrentIndex(NoProfilePage);
        return;
    }
    const Core::LearnerProfile &profile = m_workspace.profile();
    QStringList codes;
    for (const Core::Record &record : profile.records)
        codes.append(record.course);
    Core::Catalogue catalogue;
    (void)Core::CatalogueRepository(m_workspace.database()).loadPart(codes, catalogue);
    const QDate today = QDate::currentDate();
    const Core::PlanProblem problem = Core::planProblemFor(catalogue, profile, profile.hoursPerWeek, today);
    m_plan = Core::schedulePlaceable(problem);

    const QString current = m_tree->currentIndex().data(RecordsModel::CourseRole).toString();
    m_model->setContent(profile, catalogue, m_plan);
    // A group's name ("Enrolled (2)") spans the row rather than being cut
    // to the width of the course column.
    for (int group = 0; group < m_model->rowCount(); ++group)
        m_tree->setFirstColumnSpanned(group, QModelIndex(), true);
    m_tree->expandAll();
    m_columns->fit();
    if (!current.isEmpty())
        m_tree->setCurrentIndex(m_model->indexOfCourse(current));
    m_timeline->setPlan(m_plan, problem, today);
    m_timeline->setMinimumSize(m_timeline->sizeHint());
    // Room for every bar and the load below them, up to a point.
    m_timelineArea->setMinimumHeight(std::min(m_timeline->sizeHint().height() + 24, 380));
    updateSummary(problem);
    m_pages->setCurrentIndex(profile.records.isEmpty() ? NothingPlannedPage : PlanPage);
}

void PlanView::updateSummary(const Core::PlanProblem &problem)
{
    QStringList lines;
    const Core::LearnerProfile &profile = m_workspace.profile();
    const QString name = m_workspace.learnerLabel();
    if (problem.courses.isEmpty()) {
        lines.append(tr("%1 · nothing enrolled or planned to schedule.").arg(name));
    } else if (m_plan.feasible) {
        const QString finish = m_plan.completion <= m_plan.lowerBound
            ? tr("finished by %1, the earliest possible").arg(CourseText::date(m_plan.completion))
            : tr("finished by %1 (no plan can finish before %2)")
                  .arg(CourseText::date(m_plan.completion), CourseText::date(m_plan.lowerBound));
        const QString courses = m_plan.entries.size() == 1 ? tr("1 course")
                                                           : tr("%1 courses").arg(m_plan.entries.size());
        lines.append(tr("%1 · %2 to study at up to %3 hours a week · %4")
                         .arg(name, courses, CourseText::number(profile.hoursPerWeek), finish));
    } else if (!m_plan.entries.isEmpty()) {
        const QString courses = m_plan.entries.size() == 1 ? tr("1 course fits")
                                                           : tr("%1 courses fit").arg(m_plan.entries.size());
        lines.append(tr("%1 · %2 (finished by %3); the others cannot be placed as they stand: see "
                        "the messages beside them.")
                         .arg(name, courses, CourseText::date(m_plan.completion)));
    } else {
        lines.append(tr("%1 · this plan cannot work as it stands: see the messages beside the courses.")
                         .arg(name));
    }
    QStringList costs;
    for (auto year = m_plan.costPerYear.cbegin(); year != m_plan.costPerYear.cend(); ++year) {
        for (auto amount = year.value().cbegin(); amount != year.value().cend(); ++amount)
            costs.append(tr("%1 in %2").arg(CourseText::money({amount.value(), amount.key()})).arg(year.key()));
    }
    if (!costs.isEmpty() && !m_workspace.isPresenting())
        lines.append(tr("Cost: %1").arg(costs.join(QStringLiteral(", "))));
    for (const Core::PlanError &error : m_plan.errors) {
        if (error.course.isEmpty())
            lines.append(error.message);
    }
    m_summary->setText(lines.join(u'\n'));
}

QStringList PlanView::selectedCourses() const
{
    QStringList codes;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        const QString code = index.data(RecordsModel::CourseRole).toString();
        if (!code.isEmpty())
            codes.append(code);
    }
    return codes;
}

void PlanView::removeSelected()
{
    const QStringList codes = selectedCourses();
    if (codes.isEmpty())
        return;
    QStringList kept; // records that say more than "planned"
    for (const QString &code : codes) {
        const Core::Record *record = m_workspace.profile().record(code);
        if (record && record->status != Core::RecordStatus::Planned)
            kept.append(code);
    }
    if (!kept.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Remove records"),
            tr("%1 is not just planned: its record says what you have done. Remove it anyway? "
               "(Edit ▸ Undo brings it back.)")
                .arg(kept.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    for (const QString &code : codes) {
        if (const Core::Status removed = m_workspace.removeRecord(code); !removed) {
            QMessageBox::warning(this, tr("The record was not removed"), removed.message());
            return;
        }
    }
}

void PlanView::planDropped(const QStringList &codes)
{
    if (const Core::Status planned = m_workspace.planCourses(codes); !planned)
        Q_EMIT m_workspace.notice(planned.message());
}

void PlanView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!CourseBrowserModel::coursesIn(event->mimeData()).isEmpty() && m_workspace.hasProfile())
        event->acceptProposedAction();
}

void PlanView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!CourseBrowserModel::coursesIn(event->mimeData()).isEmpty() && m_workspace.hasProfile())
        event->acceptProposedAction();
}

void PlanView::dropEvent(QDropEvent *event)
{
    const QStringList codes = CourseBrowserModel::coursesIn(event->mimeData());
    if (codes.isEmpty())
        return;
    event->acceptProposedAction();
    planDropped(codes);
}

void PlanView::saveState(QSettings &settings) const
{
    SettingKeys::planSplitter.set(settings, m_splitter->saveState());
    if (!m_workspace.isPresenting()) // its hidden columns are not the user's choice
        SettingKeys::planColumns.set(settings, m_columns->save());
}

void PlanView::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(SettingKeys::planSplitter.get(settings));
    m_columns->restore(SettingKeys::planColumns.get(settings));
    for (int column : {RecordsModel::Grade, RecordsModel::Notes}) {
        if (m_workspace.isPresenting())
            m_tree->setColumnHidden(column, true);
    }
}

} // namespace Cairn::Ui

#include "auditpanel.h"

#include "advisordecisions.h"
#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "audit/audittreemodel.h"
#include "audit/progressbar.h"
#include "audit/progresscolours.h"
#include "auditlists.h"
#include "models/coursetext.h"
#include "settings/settingkeys.h"
#include "views/contentsplit.h"
#include "views/emptystate.h"
#include "views/fittedcolumns.h"
#include "views/wrappingbar.h"
#include "workspace.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {

// "47.5 credits counted toward the 60 required", and what the requirements
// ask when that is more: the credits still needed are measured against it.
QString counted(const Core::AuditResult &result)
{
    QString text = AuditPanel::tr("%1 credits counted toward the %2 required")
                       .arg(CourseText::number(result.creditsCounted), CourseText::number(result.creditsRequired));
    if (result.creditsInAll > result.creditsRequired + 1e-9)
        text += AuditPanel::tr("; its requirements ask for %1").arg(CourseText::number(result.creditsInAll));
    return text;
}

enum Page { ContentPage, EmptyPage };
constexpr int OverrideIndexRole = AuditLists::OverrideIndexRole;

QTreeWidget *makeList(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setAccessibleName(name);
    list->setRootIsDecorated(true);
    list->setUniformRowHeights(false);
    list->setWordWrap(true);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headers.size(); ++column)
        list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return list;
}

QString colourSquare(const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>").arg(colour.name());
}

} // namespace

AuditPanel::AuditPanel(Workspace &workspace, AuditService &audits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_choice(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_makeGoal(new QPushButton(tr("Make This a &Goal"), this))
    , m_summary(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("qualifications"), QString(), QString(), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_model(new AuditTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_suggestions(makeList({tr("Suggested course"), tr("Credits"), tr("Hours"), tr("Cost"), QString()},
                             tr("Suggested courses"), this))
    , m_rules(makeList({tr("Rule or decision")}, tr("Rules and decisions"), this))
    , m_decisions(new AdvisorDecisions(
          workspace, *m_model, [this] { return qualification(); }, [this] { return currentQualification(); }, this))
{
    connect(m_decisions, &AdvisorDecisions::message, this, &AuditPanel::message);
    m_choice->setAccessibleName(tr("Qualification"));
    m_choice->setMinimumContentsLength(28);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->addItem(tr("Earned and planned"), int(Core::AuditMode::Planned));
    m_mode->addItem(tr("Earned only"), int(Core::AuditMode::Earned));
    m_mode->setAccessibleName(tr("Courses counted"));
    m_mode->setToolTip(tr("Earned only counts completed and recognised courses; earned and planned adds what "
                          "you are enrolled in or plan to take."));
    m_asOf->setCalendarPopup(true);
    m_asOf->setAccessibleName(tr("As of date"));
    m_asOf->setToolTip(tr("The day the audit is made for: records older than a qualification's currency "
                          "stop counting."));
    m_makeGoal->setIcon(QIcon::fromTheme(QStringLiteral("bookmark-new")));
    auto *choiceLabel = new QLabel(tr("&Qualification:"), this);
    choiceLabel->setBuddy(m_choice);
    auto *modeLabel = new QLabel(tr("C&ount:"), this);
    modeLabel->setBuddy(m_mode);
    auto *asOfLabel = new QLabel(tr("As &of:"), this);
    asOfLabel->setBuddy(m_asOf);
    // A label stays beside what it names when the bar goes on in a second row.
    const auto labelled = [this](QLabel *label, QWidget *widget) {
        auto *group = new QWidget(this);
        auto *groupLayout = new QHBoxLayout(group);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        groupLayout->addWidget(label);
        groupLayout->addWidget(widget, 1);
        return group;
    };
    auto *controls = new WrappingBar;
    controls->setSpacing(12);
    controls->addWidget(labelled(choiceLabel, m_choice));
    controls->addWidget(labelled(modeLabel, m_mode));
    controls->addWidget(labelled(asOfLabel, m_asOf));
    controls->addWidget(m_makeGoal);
    m_commands = controls;

    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Audit summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ProgressDelegate(m_tree));
    m_tree->setAccessibleName(tr("Requirements"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(AuditTreeModel::Requirement, 280);
    m_tree->header()->resizeSection(AuditTreeModel::Progress, 210);
    m_tree->header()->resizeSection(AuditTreeModel::Counted, 230);
    // Titles and progress whole, "Courses counted" no wider than its codes
    // need; what is missing, in words, takes the rest, at least a quarter.
    m_columns = new FittedColumns(m_tree, {AuditTreeModel::Requirement, AuditTreeModel::Progress, AuditTreeModel::Counted},
                                  0.25);
    connect(m_tree, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { m_decisions->showTreeMenu(*m_tree, at); });

    m_rules->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_rules, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { m_decisions->showRulesMenu(*m_rules, at); });
    auto *removeDecision = new QShortcut(QKeySequence::Delete, m_rules, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeDecision, &QShortcut::activated, this, [this] {
        if (QTreeWidgetItem *item = m_rules->currentItem(); item && item->data(0, OverrideIndexRole).isValid())
            removeOverride(item->data(0, OverrideIndexRole).toLongLong());
    });
    connect(m_rules, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QVariant index = item->data(0, OverrideIndexRole); index.isValid())
            editOverride(index.toLongLong());
    });

    // The tree gets the whole width (its last column says what is missing, in
    // words); the suggestions and the rules share the space below it.
    const auto titled = [this](const QString &title, QWidget *widget) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(title, box);
        label->setBuddy(widget);
        boxLayout->addWidget(label);
        boxLayout->addWidget(widget, 1);
        return box;
    };
    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(titled(tr("Courses that would close the &gaps"), m_suggestions));
    below->addWidget(titled(tr("&Rules, expired records and advisor decisions"), m_rules));
    below->setChildrenCollapsible(false);
    m_below = new ContentSplit(below, m_suggestions, m_rules);
    m_splitter->setOrientation(Qt::Vertical);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(below);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_splitter, 1);
    m_pages->insertWidget(ContentPage, content);
    m_pages->insertWidget(EmptyPage, m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_pages, 1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &AuditPanel::audit);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AuditPanel::audit);
    connect(m_asOf, &QDateEdit::dateChanged, this, &AuditPanel::audit);
    connect(m_makeGoal, &QPushButton::clicked, this, [this] {
        if (Core::Status added = m_workspace.addGoal(qualification()); !added)
            Q_EMIT message(added.message());
    });
    connect(&m_run, &QFutureWatcher<Audits>::finished, this, &AuditPanel::showAudits);
    connect(&m_audits, &AuditService::auditorChanged, this, [this] {
        fillChoices();
        audit();
    });
    fillChoices();
    audit();
}

AuditPanel::~AuditPanel() = default; // a running audit holds its own auditor

QString AuditPanel::qualification() const
{
    return m_choice->currentData().toString();
}

void AuditPanel::showQualification(const QString &code)
{
    const int at = m_choice->findData(code);
    if (at >= 0)
        m_choice->setCurrentIndex(at);
    else
        m_choice->setProperty("wanted", code); // chosen once the catalogue is read
}

void AuditPanel::setMode(Core::AuditMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

Core::AuditMode AuditPanel::mode() const
{
    return static_cast<Core::AuditMode>(m_mode->currentData().toInt());
}

void AuditPanel::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

bool AuditPanel::isSettled() const
{
    return m_auditor && !m_run.isRunning() && m_shownGeneration == m_generation;
}

void AuditPanel::fillChoices()
{
    const std::shared_ptr<const Core::Auditor> auditor = m_audits.auditor();
    QString wanted = m_choice->property("wanted").toString();
    if (wanted.isEmpty())
        wanted = qualification();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    if (!auditor)
        return;
    const QStringList &goals = m_workspace.profile().goals;
    QList<const Core::Qualification *> others;
    for (const QString &goal : goals) {
        if (const Core::Qualification *q = auditor->index().qualification(goal))
            m_choice->addItem(tr("%1 — %2 (goal)").arg(q->code, q->title), q->code);
    }
    for (const Core::Qualification &q : auditor->catalogue().qualifications) {
        if (!goals.contains(q.code))
            others.append(&q);
    }
    std::sort(others.begin(), others.end(),
              [](const Core::Qualification *a, const Core::Qualification *b) { return a->code < b->code; });
    if (m_choice->count() > 0 && !others.isEmpty())
        m_choice->insertSeparator(m_choice->count());
    for (const Core::Qualification *q : std::as_const(others))
        m_choice->addItem(tr("%1 — %2").arg(q->code, q->title), q->code);
    const int at = m_choice->findData(wanted);
    m_choice->setCurrentIndex(at >= 0 ? at : 0);
    if (at >= 0)
        m_choice->setProperty("wanted", QVariant());
}

void AuditPanel::audit()
{
    ++m_generation;
    m_auditor = m_audits.auditor();
    const auto showEmpty = [this](const QString &title, const QString &text) {
        m_empty->setTitle(title);
        m_empty->setText(text);
        m_pages->setCurrentIndex(EmptyPage);
        m_makeGoal->setEnabled(false);
        m_shownGeneration = m_generation;
        Q_EMIT settled();
    };
    if (!m_workspace.hasProfile()) {
        showEmpty(tr("No profile open"), tr("Open or create a profile to see how far you are from each qualification."));
        return;
    }
    if (!m_auditor) {
        m_audits.request();
        m_empty->setTitle(tr("Reading the catalogue…"));
        m_empty->setText(tr("The audit appears as soon as the catalogue is read."));
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    if (!m_audits.error().isEmpty()) {
        showEmpty(tr("The catalogue could not be read"), m_audits.error());
        return;
    }
    const Core::Qualification *q = currentQualification();
    if (!q) {
        showEmpty(tr("No qualifications yet"),
                  tr("The catalogue has no qualifications. Import a catalogue bundle that defines some."));
        return;
    }
    const bool goal = m_workspace.profile().goals.contains(q->code);
    m_makeGoal->setEnabled(!goal);
    m_makeGoal->setText(goal ? tr("One of Your Goals") : tr("Make This a &Goal"));
    const std::shared_ptr<const Core::Auditor> auditor = m_auditor;
    const Core::AuditMode shownMode = mode();
    const QDate asOf = m_asOf->date();
    const quint64 generation = m_generation;
    m_run.setFuture(QtConcurrent::run([auditor, q, shownMode, asOf, generation] {
        Audits audits;
        audits.generation = generation;
        audits.shown = auditor->audit(*q, shownMode, asOf);
        if (shownMode == Core::AuditMode::Planned)
            audits.earned = auditor->audit(*q, Core::AuditMode::Earned, asOf);
        return audits;
    }));
}

void AuditPanel::showAudits()
{
    if (m_run.isCanceled() || m_run.future().resultCount() == 0)
        return;
    const Audits audits = m_run.result();
    if (audits.generation != m_generation)
        return; // a newer audit is on its way
    const Core::Qualification *q = currentQualification();
    if (!q)
        return;
    m_model->setCourseTitles([auditor = m_auditor](const QString &code) {
        const Core::Course *course = auditor->index().course(code);
        return course ? course->title : QString();
    });
    m_model->setResults(audits.shown, audits.earned);
    m_tree->expandAll();
    m_columns->fit();

    const Core::AuditResult &result = audits.shown;
    const ProgressColours colours = ProgressColours::from(palette());
    const QString state = result.complete
                              ? tr("Complete")
                              : tr("%1% done · %2 credits still needed")
                                    .arg(CourseText::number(std::floor(result.percent)),
                                         CourseText::number(result.remainingCredits));
    QString legend = colourSquare(colours.earned) + u' ' + tr("earned");
    if (audits.earned)
        legend += QStringLiteral("&nbsp;&nbsp;") + colourSquare(colours.planned) + u' ' + tr("enrolled or planned");
    legend += QStringLiteral("&nbsp;&nbsp;") + colourSquare(colours.missing) + u' ' + tr("missing");
    QString text = QStringLiteral("<span style=\"font-size:large\"><b>%1 — %2</b></span><br/>%3 · %4<br/>%5")
                       .arg(result.qualification.toHtmlEscaped(), result.title.toHtmlEscaped(), state,
                            counted(result), legend);
    if (!result.allocationProvenOptimal)
        text += QStringLiteral("<br/>") + tr("The search for the best allocation stopped at its time limit; the courses "
                                             "could count for at most %1 credits more.")
                                              .arg(CourseText::number(result.allocationGap));
    m_summary->setText(text);
    m_pages->setCurrentIndex(ContentPage);
    showSuggestions(result);
    showRules(result, *q);
    m_below->share();
    m_shownGeneration = audits.generation;
    Q_EMIT settled();
}

void AuditPanel::showSuggestions(const Core::AuditResult &result)
{
    AuditLists::fillSuggestions(*m_suggestions, result, [this](const QString &code) {
        if (Core::Status planned = m_workspace.planCourses({code}); !planned)
            Q_EMIT message(planned.message());
    });
}

void AuditPanel::showRules(const Core::AuditResult &result, const Core::Qualification &qualification)
{
    AuditLists::fillRules(*m_rules, result, qualification, m_workspace.profile().overrides,
                          [this](const QString &path) {
                              const QModelIndex node = m_model->indexOfPath(path);
                              return node.isValid() ? node.data().toString() : path;
                          });
}

const Core::Qualification *AuditPanel::currentQualification() const
{
    return m_auditor ? m_auditor->index().qualification(qualification()) : nullptr;
}

void AuditPanel::waive(const QString &path)
{
    m_decisions->waive(path);
}

void AuditPanel::substitute(const QString &path)
{
    m_decisions->substitute(path);
}

void AuditPanel::exclude(const QString &course)
{
    m_decisions->exclude(course);
}

void AuditPanel::editOverride(qsizetype index)
{
    m_decisions->editOverride(index);
}

void AuditPanel::removeOverride(qsizetype index)
{
    m_decisions->removeOverride(index);
}

void AuditPanel::saveState(QSettings &settings) const
{
    SettingKeys::auditSplitter.set(settings, m_splitter->saveState());
    SettingKeys::auditColumns.set(settings, m_columns->save());
    SettingKeys::advisorName.set(settings, m_decisions->advisor());
    if (!qualification().isEmpty())
        SettingKeys::lastQualification.set(settings, qualification());
}

void AuditPanel::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(SettingKeys::auditSplitter.get(settings));
    m_columns->restore(SettingKeys::auditColumns.get(settings));
    m_decisions->setAdvisor(SettingKeys::advisorName.get(settings));
    if (const QString last = SettingKeys::lastQualification.get(settings); !last.isEmpty() && qualification().isEmpty())
        showQualification(last);
}

void AuditPanel::addCommand(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_commands->addWidget(button);
}

} // namespace Cairn::Ui

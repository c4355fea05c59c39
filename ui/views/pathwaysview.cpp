#include "pathwaysview.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "auditorstate.h"
#include "emptystate.h"
#include "wrappingbar.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent>

namespace Cairn::Ui {

namespace {
enum Page { DiagramPage, EmptyPage };
// Drawing every course of a large catalogue helps nobody and dot would take
// minutes: past this many nodes "All qualifications" shows the qualifications
// only, and one qualification shows at most this many of its courses.
constexpr int mostNodes = 400;
constexpr int mostCourses = 80;
// Below this scale the boxes cannot be read: fitting stops there and centres
// on the qualification shown instead.
constexpr double smallestFit = 0.45;

// Runs on a worker thread: the auditor and the map are safe to share.
PathwayDrawing work(std::shared_ptr<const Core::Auditor> auditor, std::shared_ptr<const Core::PathwayMap> map,
                    const Core::PathwayFilter &chosen)
{
    PathwayDrawing drawing;
    if (!map)
        map = std::make_shared<const Core::PathwayMap>(auditor->catalogue());
    Core::PathwayFilter filter = chosen;
    filter.mostCourses = mostCourses;
    for (const Core::Record &record : auditor->learner().records)
        filter.preferred.insert(record.course);
    drawing.graph = map->graph(filter);
    if (drawing.graph.nodes.size() > mostNodes) {
        filter.withCourses = false;
        drawing.graph = map->graph(filter);
        drawing.coursesLeftOut = true;
    }
    drawing.layout = Core::layOutPathways(drawing.graph, PathwayScene::nodeSizes(drawing.graph));
    const QDate today = QDate::currentDate();
    for (const Core::PathwayNode &node : std::as_const(drawing.graph.nodes)) {
        if (node.kind == Core::PathwayNode::Kind::Qualification) {
            if (const Core::Qualification *q = auditor->index().qualification(node.code)) {
                const auto planned = auditor->audit(*q, Core::AuditMode::Planned, today, Core::AuditDetail::Totals);
                const auto earned = auditor->audit(*q, Core::AuditMode::Earned, today, Core::AuditDetail::Totals);
                drawing.progress.qualifications.insert(node.code, {100.0, earned.percent, planned.percent, false});
            }
        } else if (const Core::Record *record = auditor->learner().record(node.code)) {
            drawing.progress.courses.insert(node.code, record->status);
        }
    }
    drawing.auditor = std::move(auditor);
    drawing.map = std::move(map);
    drawing.filter = chosen;
    return drawing;
}
} // namespace

PathwaysView::PathwaysView(Workspace &workspace, AuditService &audits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("pathways"), QString(), QString(), this))
    , m_choice(new QComboBox(this))
    , m_skill(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new QGraphicsView(this))
    , m_scene(new PathwayScene(this))
{
    m_choice->setAccessibleName(tr("Qualification shown"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(28);
    m_skill->setAccessibleName(tr("Skill shown"));
    m_skill->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_skill->setMinimumContentsLength(14);
    m_search->setPlaceholderText(tr("Find a course or qualification…"));
    m_search->setAccessibleName(tr("Find in the diagram"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 18);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Diagram summary"));
    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *made = new QToolButton(this);
        made->setText(text);
        made->setToolTip(tip);
        made->setAccessibleName(tip);
        connect(made, &QToolButton::clicked, this, slot);
        return made;
    };
    // Widgets that stay together when the bar goes on in a second row.
    const auto together = [this](std::initializer_list<QWidget *> widgets) {
        auto *group = new QWidget(this);
        auto *groupLayout = new QHBoxLayout(group);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            groupLayout->addWidget(widget);
        return group;
    };
    auto *bar = new WrappingBar;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_choice);
    bar->addWidget(together({label, m_choice}));
    auto *skillLabel = new QLabel(tr("S&kill:"), this);
    skillLabel->setBuddy(m_skill);
    bar->addWidget(together({skillLabel, m_skill}));
    bar->addWidget(m_search);
    bar->setStretchItem(2); // the search field takes what its row leaves
    bar->addWidget(together({button(tr("−"), tr("Zoom out (-)"), [this] { zoomBy(1 / 1.25); }),
                             button(tr("+"), tr("Zoom in (+)"), [this] { zoomBy(1.25); }),
                             button(tr("Fit"), tr("Fit to the window (0)"), [this] { fitToWindow(); }),
                             button(tr("Export…"), tr("Save the diagram as PNG or SVG"), [this] { exportFromDialog(); })}));
    m_commands = bar;

    m_view->setScene(m_scene);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setAccessibleName(tr("Pathways diagram"));
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_view, 1);
    m_pages->insertWidget(DiagramPage, page);
    m_pages->insertWidget(EmptyPage, m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_skill, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!find(m_search->text()))
            Q_EMIT message(tr("Nothing in the diagram matches “%1”.").arg(m_search->text()));
    });
    connect(m_scene, &PathwayScene::nodeActivated, this, [this](Core::PathwayNode::Kind kind, const QString &code) {
        if (kind == Core::PathwayNode::Kind::Qualification)
            Q_EMIT qualificationActivated(code);
        else
            Q_EMIT courseActivated(code);
    });
    connect(&audits, &AuditService::auditorChanged, this, &PathwaysView::refresh);
    connect(&m_work, &QFutureWatcher<PathwayDrawing>::finished, this, [this] { apply(m_work.result()); });
    refresh();
}

QString PathwaysView::shownQualification() const
{
    return m_choice->currentData().toString();
}

Core::PathwayFilter PathwaysView::chosenFilter() const
{
    Core::PathwayFilter filter;
    filter.qualification = m_choice->currentData().toString();
    filter.skill = m_skill->currentData().toString();
    return filter;
}

bool PathwaysView::sameFilter(const Core::PathwayFilter &a, const Core::PathwayFilter &b)
{
    return a.qualification == b.qualification && a.skill == b.skill;
}

PathwaysView::~PathwaysView()
{
    m_work.waitForFinished(); // it holds the auditor and the map
}

bool PathwaysView::isSettled() const
{
    if (!m_workspace.hasProfile())
        return true;
    return !m_work.isRunning() && !m_again && m_drawnWith && m_drawnWith == m_audits.auditor()
        && (m_pages->currentIndex() == EmptyPage || sameFilter(m_drawnFilter, chosenFilter()));
}

void PathwaysView::fillChoices(const Core::Auditor &auditor)
{
    const QSignalBlocker blocker(m_choice);
    const QSignalBlocker skillBlocker(m_skill);
    const QString skill = m_skill->currentData().toString();
    m_skill->clear();
    m_skill->addItem(tr("Any skill"), QString());
    QList<Core::Skill> skills = auditor.catalogue().skills;
    std::sort(skills.begin(), skills.end(), [](const Core::Skill &a, const Core::Skill &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    for (const Core::Skill &each : std::as_const(skills))
        m_skill->addItem(each.label.isEmpty() ? each.id : each.label, each.id);
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(skill)));
    m_choice->clear();
    m_choice->addItem(tr("All qualifications"), QString());
    for (const Core::Qualification &qualification : auditor.catalogue().qualifications)
        m_choice->addItem(qualification.code + u" — "_qs + qualification.title, qualification.code);
    // What was asked for before the catalogue was read; else the learner's
    // first goal, where they are heading.
    const QStringList &goals = auditor.learner().goals;
    int start = m_wanted.isEmpty() ? -1 : m_choice->findData(m_wanted);
    if (start < 0 && !goals.isEmpty())
        start = m_choice->findData(goals.first());
    m_choice->setCurrentIndex(std::max(start, 0));
}

void PathwaysView::showQualification(const QString &code)
{
    m_wanted = code;
    const int index = m_choice->findData(code);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

void PathwaysView::refresh()
{
    const AuditorState state = explainAuditorState(
        m_workspace, m_audits, *m_empty, tr("Open or create a profile to see how courses stack into qualifications."),
        tr("The diagram appears as soon as the catalogue is read."));
    const std::shared_ptr<const Core::Auditor> auditor = m_audits.auditor();
    if (state == AuditorState::Ready && auditor->catalogue().qualifications.isEmpty()) {
        m_empty->setTitle(tr("No qualifications in the catalogue"));
        m_empty->setText(tr("Import a catalogue with qualifications to see how its courses stack into them."));
    }
    if (state != AuditorState::Ready || auditor->catalogue().qualifications.isEmpty()) {
        m_pages->setCurrentIndex(EmptyPage);
        if (state == AuditorState::Failed || state == AuditorState::Ready)
            m_drawnWith = auditor; // settled: there is nothing more to wait for
        return;
    }
    if (m_choicesFor != auditor) {
        fillChoices(*auditor);
        m_choicesFor = auditor;
    }
    if (m_work.isRunning()) {
        m_again = true; // once this drawing is done
        return;
    }
    start(auditor);
}

void PathwaysView::start(const std::shared_ptr<const Core::Auditor> &auditor)
{
    m_again = false;
    // The map depends on the catalogue only: an edit to the profile keeps it.
    const bool sameCatalogue = m_mapOwner && &m_mapOwner->catalogue() == &auditor->catalogue();
    std::shared_ptr<const Core::PathwayMap> map = sameCatalogue ? m_map : nullptr;
    if (!map)
        m_summary->setText(tr("Working out how the catalogue's courses stack into its qualifications…"));
    m_work.setFuture(QtConcurrent::run(work, auditor, map, chosenFilter()));
}

void PathwaysView::apply(const PathwayDrawing &drawing)
{
    m_map = drawing.map;
    m_mapOwner = drawing.auditor;
    const std::shared_ptr<const Core::Auditor> current = m_audits.auditor();
    if (m_again || drawing.auditor != current || !sameFilter(drawing.filter, chosenFilter())) {
        if (current && m_workspace.hasProfile())
            start(current); // something changed meanwhile: this drawing is stale
        return;
    }
    const bool firstDrawing = m_scene->graph().nodes.isEmpty() || !sameFilter(m_drawnFilter, drawing.filter);
    m_scene->draw(drawing.graph, drawing.layout, drawing.progress, palette());
    int qualifications = 0;
    for (const Core::PathwayNode &node : drawing.graph.nodes)
        qualifications += node.kind == Core::PathwayNode::Kind::Qualification ? 1 : 0;
    const QLocale locale;
    const qsizetype courses = drawing.graph.nodes.size() - qualifications;
    const QString shownQualifications =
        qualifications == 1 ? tr("1 qualification") : tr("%1 qualifications").arg(locale.toString(qualifications));
    const QString shownCourses = courses == 1 ? tr("1 course") : tr("%1 courses").arg(locale.toString(courses));
    QString summary = tr("%1 and %2 shown; %3 of the catalogue not shown.")
                          .arg(shownQualifications, shownCourses, locale.toString(drawing.graph.hiddenNodes));
    if (drawing.coursesLeftOut)
        summary += u' ' + tr("Choose one qualification to see its courses.");
    summary += u' ' + tr("Bold arrows: one qualification stacks into the next. Green: done; blue: enrolled or planned.");
    m_summary->setText(summary);
    m_pages->setCurrentIndex(DiagramPage);
    if (firstDrawing)
        fitToWindow();
    m_drawnWith = drawing.auditor;
    m_drawnFilter = drawing.filter;
}

bool PathwaysView::find(const QString &text)
{
    const int index = m_scene->find(text);
    if (index < 0)
        return false;
    m_scene->clearSelection();
    const QRectF rect = m_scene->nodeRect(index);
    for (QGraphicsItem *item : m_scene->items(rect.center())) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable) {
            item->setSelected(true);
            break;
        }
    }
    m_view->centerOn(rect.center());
    return true;
}

void PathwaysView::exportFromDialog()
{
    QString filter = tr("PNG image (*.png)");
    const QString title = tr("Pathways — %1").arg(m_choice->currentText());
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Diagram"),
                                                          tr("pathways.png"),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (fileName.isEmpty())
        return;
    Q_EMIT message(m_scene->saveImage(fileName, title) ? tr("Saved %1").arg(QFileInfo(fileName).fileName())
                                                        : tr("Could not write %1").arg(fileName));
}

void PathwaysView::zoomBy(double factor)
{
    m_fitting = false; // the user chose a scale: keep it when the window changes
    const double scale = std::clamp(m_view->transform().m11() * factor, 0.02, 8.0);
    m_view->setTransform(QTransform::fromScale(scale, scale));
}

void PathwaysView::fitToWindow()
{
    m_fitting = true;
    m_view->resetTransform();
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // fitInView's fit is exact to the pixel, and a scroll bar can appear for
    // a rounding: keep a little room.
    m_view->scale(0.97, 0.97);
    const double scale = m_view->transform().m11();
    if (scale > 1.0) {
        m_view->resetTransform(); // never blow a small diagram up beyond its natural size
    } else if (scale < smallestFit) {
        // Too large to fit readably: readable, around the qualification shown.
        m_view->setTransform(QTransform::fromScale(smallestFit, smallestFit));
        const int focus = m_scene->graph().indexOf(Core::PathwayNode::Kind::Qualification,
                                                    m_choice->currentData().toString());
        m_view->centerOn(focus >= 0 ? m_scene->nodeRect(focus).center() : m_scene->sceneRect().center());
    }
}

bool PathwaysView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_fitting) {
        // Until the user zooms, the whole diagram stays in view. After the
        // resize, not during it: a new scale while the scroll area is sizing
        // itself left empty scroll bars behind.
        QTimer::singleShot(0, this, [this] {
            if (m_fitting)
                fitToWindow();
        });
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        zoomBy(wheel->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        return true;
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return true;
        case Qt::Key_Minus:
            zoomBy(1 / 1.25);
            return true;
        case Qt::Key_0:
            fitToWindow();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            for (QGraphicsItem *item : m_scene->selectedItems())
                m_scene->activate(*item);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PathwaysView::addCommand(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_commands->addWidget(button);
}

} // namespace Cairn::Ui

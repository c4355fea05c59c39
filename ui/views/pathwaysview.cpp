#include "pathwaysview.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "emptystate.h"
#include "pathways/pathwayscene.h"
#include "workspace.h"

#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace Cairn::Ui {

namespace {
enum Page { DiagramPage, EmptyPage };
// Drawing every course of a large catalogue helps nobody and dot would take
// minutes: past this many nodes "All qualifications" shows the qualifications only.
constexpr int mostNodes = 400;
} // namespace

PathwaysView::PathwaysView(Workspace &workspace, AuditService &audits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("pathways"), QString(), QString(), this))
    , m_choice(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new QGraphicsView(this))
    , m_scene(new PathwayScene(this))
{
    m_choice->setAccessibleName(tr("Qualification shown"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(28);
    m_search->setPlaceholderText(tr("Find a course or qualification…"));
    m_search->setAccessibleName(tr("Find in the diagram"));
    m_search->setClearButtonEnabled(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Diagram summary"));
    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *made = new QToolButton(this);
        made->setText(text);
        made->setToolTip(tip);
        made->setAccessibleName(tip);
        connect(made, &QToolButton::clicked, this, slot);
        return made;
    };
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_choice);
    bar->addWidget(label);
    bar->addWidget(m_choice);
    bar->addWidget(m_search, 1);
    bar->addWidget(button(tr("−"), tr("Zoom out (-)"), [this] { zoomBy(1 / 1.25); }));
    bar->addWidget(button(tr("+"), tr("Zoom in (+)"), [this] { zoomBy(1.25); }));
    bar->addWidget(button(tr("Fit"), tr("Fit to the window (0)"), [this] { fitToWindow(); }));

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
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!find(m_search->text()))
            Q_EMIT message(tr("Nothing in the diagram matches “%1”.").arg(m_search->text()));
    });
    connect(m_scene, &PathwayScene::nodeActivated, this, [this](Core::PathwayNode::Kind kind, const QString &code) {
        if (kind == Core::PathwayNode::Kind::Qualification)
            Q_EMIT qualificationActivated(code);
    });
    connect(&audits, &AuditService::auditorChanged, this, &PathwaysView::refresh);
    refresh();
}

PathwaysView::~PathwaysView() = default;

bool PathwaysView::isSettled() const
{
    return !m_workspace.hasProfile() || (m_drawnWith && m_drawnWith == m_audits.auditor());
}

void PathwaysView::fillChoices(const Core::Auditor &auditor)
{
    const QSignalBlocker blocker(m_choice);
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
    m_choicesFilled = true;
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
    if (!m_workspace.hasProfile()) {
        m_empty->setTitle(tr("No profile open"));
        m_empty->setText(tr("Open or create a profile to see how courses stack into qualifications."));
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    const std::shared_ptr<const Core::Auditor> auditor = m_audits.auditor();
    if (!auditor) {
        m_audits.request();
        m_empty->setTitle(tr("Reading the catalogue…"));
        m_empty->setText(tr("The diagram appears as soon as the catalogue is read."));
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    if (!m_audits.error().isEmpty() || auditor->catalogue().qualifications.isEmpty()) {
        m_empty->setTitle(m_audits.error().isEmpty() ? tr("No qualifications in the catalogue")
                                                     : tr("The catalogue could not be read"));
        m_empty->setText(m_audits.error().isEmpty()
                             ? tr("Import a catalogue with qualifications to see how its courses stack into them.")
                             : m_audits.error());
        m_pages->setCurrentIndex(EmptyPage);
        m_drawnWith = auditor;
        return;
    }
    if (!m_choicesFilled || m_drawnWith != auditor)
        fillChoices(*auditor);
    const Core::Catalogue &catalogue = auditor->catalogue();
    Core::PathwayFilter filter;
    filter.qualification = m_choice->currentData().toString();
    Core::PathwayGraph graph = Core::pathwayGraph(catalogue, filter);
    bool coursesLeftOut = false;
    if (graph.nodes.size() > mostNodes) {
        // Only the qualifications and how they stack.
        Core::PathwayGraph qualificationsOnly;
        QList<int> kept(graph.nodes.size(), -1);
        for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
            if (graph.nodes[i].kind == Core::PathwayNode::Kind::Qualification) {
                kept[i] = int(qualificationsOnly.nodes.size());
                qualificationsOnly.nodes.append(graph.nodes[i]);
            }
        }
        for (const Core::PathwayEdge &edge : std::as_const(graph.edges)) {
            if (kept[edge.from] >= 0 && kept[edge.to] >= 0)
                qualificationsOnly.edges.append({edge.kind, kept[edge.from], kept[edge.to]});
        }
        qualificationsOnly.hiddenNodes =
            int(catalogue.courses.size() + catalogue.qualifications.size() - qualificationsOnly.nodes.size());
        graph = qualificationsOnly;
        coursesLeftOut = true;
    }

    PathwayProgress progress;
    const QDate today = QDate::currentDate();
    for (const Core::PathwayNode &node : std::as_const(graph.nodes)) {
        if (node.kind == Core::PathwayNode::Kind::Qualification) {
            if (const Core::Qualification *qualification = auditor->index().qualification(node.code)) {
                const auto planned = auditor->audit(*qualification, Core::AuditMode::Planned, today, Core::AuditDetail::Totals);
                const auto earned = auditor->audit(*qualification, Core::AuditMode::Earned, today, Core::AuditDetail::Totals);
                progress.qualifications.insert(node.code, {100.0, earned.percent, planned.percent, false});
            }
        } else if (const Core::Record *record = auditor->learner().record(node.code)) {
            progress.courses.insert(node.code, record->status);
        }
    }
    const bool firstDrawing = m_scene->graph().nodes.isEmpty() || m_drawnFilter != filter.qualification;
    m_scene->draw(graph, progress, palette());
    int qualifications = 0;
    for (const Core::PathwayNode &node : std::as_const(graph.nodes))
        qualifications += node.kind == Core::PathwayNode::Kind::Qualification ? 1 : 0;
    const QLocale locale;
    QString summary = tr("%1 qualifications and %2 courses shown, %3 of the catalogue not shown.")
                          .arg(locale.toString(qualifications), locale.toString(graph.nodes.size() - qualifications),
                               locale.toString(graph.hiddenNodes));
    if (coursesLeftOut)
        summary += u' ' + tr("Choose one qualification to see its courses.");
    summary += u' ' + tr("Bold arrows: one qualification stacks into the next. Green: done; blue: enrolled or planned.");
    m_summary->setText(summary);
    m_summary->setWordWrap(true);
    m_pages->setCurrentIndex(DiagramPage);
    if (firstDrawing)
        fitToWindow();
    m_drawnWith = auditor;
    m_drawnFilter = filter.qualification;
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
    // Never blow a small diagram up beyond its natural size.
    if (m_view->transform().m11() > 1.0)
        m_view->resetTransform();
}

bool PathwaysView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_fitting)
        fitToWindow(); // until the user zooms, the whole diagram stays in view
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
            for (QGraphicsItem *item : m_scene->selectedItems()) {
                const int index = m_scene->graph().indexOf(Core::PathwayNode::Kind::Qualification, item->data(0).toString());
                if (index >= 0)
                    Q_EMIT qualificationActivated(item->data(0).toString());
            }
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Cairn::Ui

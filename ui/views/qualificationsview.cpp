#include "qualificationsview.h"

#include "audit/whatifmodel.h"
#include "qualifications/auditpanel.h"
#include "qualifications/whatifpanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

QualificationsView::QualificationsView(Workspace &workspace, AuditService &audits, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_audit(new AuditPanel(workspace, audits, this))
    , m_whatIf(new WhatIfPanel(workspace, audits, this))
{
    m_tabs->addTab(m_audit, tr("&Audit"));
    m_tabs->addTab(m_whatIf, tr("&Compare All Qualifications"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_tabs->widget(tab) == m_whatIf)
            m_whatIf->activate();
    });
    connect(m_whatIf, &WhatIfPanel::openRequested, this, &QualificationsView::showAudit);
    connect(m_audit, &AuditPanel::message, this, &QualificationsView::message);
    connect(m_whatIf, &WhatIfPanel::message, this, &QualificationsView::message);
    connect(m_audit, &AuditPanel::settled, this, &QualificationsView::settled);
    connect(m_whatIf->model(), &WhatIfModel::finished, this, &QualificationsView::settled);
}

void QualificationsView::showAudit(const QString &qualificationCode)
{
    if (!qualificationCode.isEmpty())
        m_audit->showQualification(qualificationCode);
    m_tabs->setCurrentWidget(m_audit);
}

void QualificationsView::showRanking()
{
    m_tabs->setCurrentWidget(m_whatIf);
}

bool QualificationsView::isSettled() const
{
    return m_tabs->currentWidget() == m_audit ? m_audit->isSettled() : m_whatIf->isSettled();
}

void QualificationsView::saveState(QSettings &settings) const
{
    m_audit->saveState(settings);
    m_whatIf->saveState(settings);
}

void QualificationsView::restoreState(const QSettings &settings)
{
    m_audit->restoreState(settings);
    m_whatIf->restoreState(settings);
}

} // namespace Cairn::Ui

#include "exchange/ApprovalsPanel.h"

#include "common/Guard.h"
#include "exchange/ApprovalModel.h"
#include "exchange/ApproveExportDialog.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExchangeText.h"

#include "lintas/service/Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

ApprovalsPanel::ApprovalsPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace) {
    auto* intro = new QLabel(tr("An export whose strictest handling code is H2, or whose TLP is RED, leaves only "
                                "with a supervisor's approval of exactly that request. Each approval is used up by "
                                "the export it allows; nobody can use their own."),
                             this);
    intro->setObjectName(QStringLiteral("approvalsIntro"));
    intro->setWordWrap(true);

    m_approve = new QPushButton(ExchangeText::icon("lock"), tr("&Approve an export…"), this);
    m_approve->setObjectName(QStringLiteral("approveExportButton"));
    m_approve->setToolTip(tr("Approve one export request a liaison officer will send"));
    // Only a session that may approve sees the button; core checks again when it is used.
    m_approve->setVisible(m_ws.context().can(security::Permission::ExportApprove));
    m_showUsed = new QCheckBox(tr("Show &used"), this);
    m_showUsed->setObjectName(QStringLiteral("showUsedApprovals"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("approvalCount"));

    m_model = new ApprovalModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApprovalModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("approvalTable"));
    m_view->setModel(m_proxy);
    // Approved, by, status, digest, note.
    ExchangePage::setUpTable(m_view, {18, 16, 22, 20, 30});
    m_view->sortByColumn(ApprovalModel::Approved, Qt::DescendingOrder);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("approvalsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_approve);
    top->addStretch(1);
    top->addWidget(m_showUsed);
    top->addSpacing(12);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_approve, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { approveExport(); }); });
    connect(m_showUsed, &QCheckBox::toggled, this, [this] { runGuarded(this, [this] { reload(); }); });

    reload();
}

void ApprovalsPanel::reload() {
    if (!m_ws.context().can(security::Permission::ExchangeRead))
        return;  // the page hides this panel; reading would only be refused
    auto approvals = m_ws.bundles.approvals(!m_showUsed->isChecked());
    if (!approvals) {
        emit statusMessage(ExchangePage::describeError(approvals.error()));
        return;
    }
    m_model->setApprovals(std::move(approvals).value());
    updateLabels();
}

int ApprovalsPanel::pendingCount() const { return m_model->pendingCount(); }

ApproveExportDialog* ApprovalsPanel::approveExport() {
    if (!m_ws.context().can(security::Permission::ExportApprove))
        return nullptr;
    auto* dialog = new ApproveExportDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApproveExportDialog::approved, this, [this](qint64 id) {
        //: Status bar message; %1 is the approval's number.
        emit statusMessage(tr("Export approved (approval %1).").arg(id));
        reload();
        emit approvalsChanged();
    });
    dialog->open();
    return dialog;
}

void ApprovalsPanel::updateLabels() {
    m_count->setText(tr("%n pending approval(s)", "", m_model->pendingCount()));
    m_empty->setText(m_showUsed->isChecked() ? tr("No export has been approved yet.")
                                             : tr("No approval is waiting for its export."));
    m_empty->setVisible(m_model->rowCount() == 0);
}

}  // namespace lintas::ui

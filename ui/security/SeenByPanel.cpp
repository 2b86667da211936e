#include "security/SeenByPanel.h"

#include "lintas/service/Workspace.h"
#include "security/AuditModel.h"
#include "security/SecurityText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace lintas::ui {

SeenByPanel::SeenByPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_audit(workspace.context()) {
    setObjectName(QStringLiteral("seenByPanel"));

    auto* heading = new QLabel(tr("Who has seen this record"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* hint = new QLabel(tr("Every time someone opened this victim's identifying details, with the reason they "
                               "gave. Visible to supervisors."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_model = new AuditModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("seenByTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    for (int column = 0; column < AuditModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, column != AuditModel::TimeColumn && column != AuditModel::UserColumn &&
                                            column != AuditModel::ReasonColumn);
    m_view->horizontalHeader()->resizeSection(AuditModel::TimeColumn, 140);
    m_view->horizontalHeader()->resizeSection(AuditModel::UserColumn, 160);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);

    m_empty = new QLabel(tr("Nobody has opened this victim's identifying details yet."), this);
    m_empty->setObjectName(QStringLiteral("seenByEmpty"));
    m_empty->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("seenByError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    setVisible(false);
}

bool SeenByPanel::allowed() const {
    return m_ws.context().can(security::Permission::AuditRead);
}

void SeenByPanel::showPerson(const QString& uuid) {
    m_uuid = uuid;
    if (uuid.isEmpty() || !allowed()) {
        m_model->clear();
        setVisible(false);
        return;
    }
    setVisible(true);
    refresh();
}

void SeenByPanel::refresh() {
    if (m_uuid.isEmpty() || !allowed())
        return;
    const std::string uuid = m_uuid.toStdString();
    // readsOf gives all readings at once (a handful per victim); the model pages through them.
    const Status read = m_model->setQuery(
        {}, [this, uuid](const security::AuditQuery& page) -> Result<std::vector<security::AuditEntry>> {
            auto all = m_audit.readsOf(uuid);
            if (!all)
                return all.error();
            std::vector<security::AuditEntry> slice;
            const auto begin = std::min<std::size_t>(static_cast<std::size_t>(page.offset), all->size());
            const auto end = std::min<std::size_t>(begin + static_cast<std::size_t>(page.limit), all->size());
            slice.assign(std::make_move_iterator(all->begin() + static_cast<std::ptrdiff_t>(begin)),
                         std::make_move_iterator(all->begin() + static_cast<std::ptrdiff_t>(end)));
            return slice;
        });
    m_error->setText(read ? QString() : SecurityText::problem(read.error()));
    m_error->setVisible(!read.ok());
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty && read.ok());
}

}  // namespace lintas::ui

#include "cases/tabs/TimelineTab.h"

#include "cases/tabs/CaseNoteModel.h"
#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/NoteDialog.h"
#include "cases/tabs/TabText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

TimelineTab::TimelineTab(lintas::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("timelineTab"));
    m_model = new CaseNoteModel(this);
    m_model->setObjectName(QStringLiteral("noteModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseNoteModel::OccurredAtRole);
    m_proxy->setDynamicSortFilter(true);

    m_add = new QPushButton(tr("&Add note or event…"), this);
    m_add->setObjectName(QStringLiteral("addNote"));
    connect(m_add, &QPushButton::clicked, this, &TimelineTab::addNote);
    m_newestFirst = new QCheckBox(tr("&Newest first"), this);
    m_newestFirst->setObjectName(QStringLiteral("newestFirst"));
    connect(m_newestFirst, &QCheckBox::toggled, this, &TimelineTab::applyOrder);

    auto* top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addStretch(1);
    top->addWidget(m_newestFirst);

    m_loadError = FieldErrors::makeErrorLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(CaseNoteModel::OccurredColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CaseNoteModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CaseNoteModel::AuthorColumn, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelineTab::showSelected);

    auto* detailBox = new QWidget(this);
    m_detailHeading = new QLabel(detailBox);
    m_detailHeading->setObjectName(QStringLiteral("noteHeading"));
    m_detailHeading->setTextFormat(Qt::PlainText);
    QFont bold = m_detailHeading->font();
    bold.setBold(true);
    m_detailHeading->setFont(bold);
    m_detail = new QPlainTextEdit(detailBox);
    m_detail->setObjectName(QStringLiteral("noteDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select an entry to read it in full."));
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailHeading);
    detailLayout->addWidget(m_detail, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_loadError);
    layout->addWidget(splitter, 1);
    applyOrder();
    m_add->setEnabled(false);
}

TimelineTab::~TimelineTab() = default;

void TimelineTab::setCase(const QString& caseUuid) {
    runGuarded(this, [&] {
        m_caseUuid = caseUuid;
        reload();
    });
}

void TimelineTab::reload() {
    m_loadError->hide();
    m_add->setEnabled(!m_caseUuid.isEmpty());
    std::vector<Note> notes;
    if (!m_caseUuid.isEmpty()) {
        auto loaded = m_ws.notes.notes(ss(m_caseUuid));
        if (!loaded) {
            m_loadError->setText(TabText::errorSentence(loaded.error()));
            m_loadError->show();
        } else {
            notes = std::move(loaded).value();
        }
    }
    m_model->setNotes(std::move(notes));
    showSelected();
}

void TimelineTab::applyOrder() {
    m_proxy->sort(CaseNoteModel::OccurredColumn, m_newestFirst->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void TimelineTab::showSelected() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detailHeading->clear();
        m_detail->clear();
        return;
    }
    const QString author = current.siblingAtColumn(CaseNoteModel::AuthorColumn).data().toString();
    const QString when = current.siblingAtColumn(CaseNoteModel::OccurredColumn).data().toString();
    const QString kind = current.siblingAtColumn(CaseNoteModel::KindColumn).data().toString();
    //: Heading of a timeline entry: %1 its kind, %2 when.
    QString heading = tr("%1 — %2").arg(kind, when);
    if (!author.isEmpty())
        //: Heading of a timeline entry: %1 its kind, %2 when, %3 the author.
        heading = tr("%1 — %2 — %3").arg(kind, when, author);
    m_detailHeading->setText(heading);
    m_detail->setPlainText(current.data(CaseNoteModel::BodyRole).toString());
}

void TimelineTab::addNote() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new NoteDialog(m_ws, m_caseUuid, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            runGuarded(this, [&] {
                reload();
                const int row = m_model->rowOfKey(ss(dialog->addedUuid()));
                if (row >= 0) {
                    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
                    m_view->scrollTo(index);
                }
                emit changed();
            });
        });
        dialog->open();
    });
}

}  // namespace lintas::ui

#include "cases/tabs/AttachmentsTab.h"

#include "cases/tabs/CaseAttachmentModel.h"
#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/TabText.h"
#include "common/ErrorText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

QString failureText(const QString& fileName, const Error& error) {
    const QString detail = ErrorText::technicalDetail(error);
    //: %1 is a file name, %2 what went wrong.
    const QString line = AttachmentsTab::tr("%1: %2").arg(fileName, TabText::errorSentence(error));
    return detail.isEmpty() ? line : line + QLatin1Char('\n') + detail;
}

}  // namespace

AttachmentsTab::AttachmentsTab(lintas::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("attachmentsTab"));
    m_model = new CaseAttachmentModel(this);
    m_model->setObjectName(QStringLiteral("attachmentModel"));

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_add->setToolTip(tr("Attach files to this case; the store keeps one copy per content"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_open->setToolTip(tr("Check the file against its SHA-256 and open a copy in its usual application"));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportAttachment"));
    m_export->setToolTip(tr("Check the file against its SHA-256 and save a copy"));
    connect(m_add, &QPushButton::clicked, this, &AttachmentsTab::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsTab::openSelected);
    connect(m_export, &QPushButton::clicked, this, &AttachmentsTab::chooseExportTarget);

    auto* top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addStretch(1);
    top->addWidget(m_open);
    top->addWidget(m_export);

    m_loadError = FieldErrors::makeErrorLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attachmentsView"));
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view, &QTableView::activated, this, &AttachmentsTab::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttachmentsTab::showSelected);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("attachmentDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_sha256 = new QLabel(this);
    m_sha256->setObjectName(QStringLiteral("attachmentSha256"));
    m_sha256->setTextFormat(Qt::PlainText);
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sha256->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sha256->setToolTip(tr("SHA-256 of the content; compare with sha256sum"));
    auto* shaLabel = new QLabel(tr("SHA-256:"), this);
    auto* shaRow = new QHBoxLayout;
    shaRow->addWidget(shaLabel);
    shaRow->addWidget(m_sha256, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_loadError);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(shaRow);
    showSelected();
}

AttachmentsTab::~AttachmentsTab() = default;

void AttachmentsTab::setCase(const QString& caseUuid) {
    runGuarded(this, [&] {
        m_caseUuid = caseUuid;
        reload();
    });
}

void AttachmentsTab::reload() {
    m_loadError->hide();
    std::vector<Attachment> rows;
    if (!m_caseUuid.isEmpty()) {
        auto loaded = m_ws.notes.attachments(ss(m_caseUuid));
        if (!loaded) {
            m_loadError->setText(TabText::errorSentence(loaded.error()));
            m_loadError->show();
        } else {
            rows = std::move(loaded).value();
        }
    }
    m_model->setAttachments(std::move(rows));
    showSelected();
}

void AttachmentsTab::showSelected() {
    m_add->setEnabled(!m_caseUuid.isEmpty());
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_open->setEnabled(current.isValid());
    m_export->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_detail->setText(m_model->rowCount() == 0 && !m_caseUuid.isEmpty() ? tr("No files attached yet.")
                                                                             : QString());
        m_sha256->clear();
        return;
    }
    const Attachment& a = m_model->rowAt(current.row());
    //: Details of an attachment: %1 name, %2 media type, %3 exact size, %4 when added.
    m_detail->setText(tr("%1 · %2 · %3 · added %4")
                          .arg(qs(a.name), qs(a.mediaType), TabText::exactSize(a.size), TabText::timestamp(a.addedAt)));
    m_sha256->setText(qs(a.sha256));
}

void AttachmentsTab::chooseFiles() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new QFileDialog(this, tr("Attach files"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        dialog->setObjectName(QStringLiteral("attachFileDialog"));
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::filesSelected, this, &AttachmentsTab::attachFiles);
        dialog->open();
    });
}

void AttachmentsTab::attachFiles(const QStringList& paths) {
    runGuarded(this, [&] {
        const QMimeDatabase mime;
        QStringList failures;
        QString lastAdded;
        for (const QString& path : paths) {
            const QFileInfo info(path);
            auto added = m_ws.notes.attachFile(ss(m_caseUuid), ss(QDir::toNativeSeparators(path)), ss(info.fileName()),
                                               ss(mime.mimeTypeForFile(info).name()));
            if (!added)
                failures << failureText(info.fileName(), added.error());
            else
                lastAdded = qs(added->uuid);
        }
        reload();
        if (const int row = m_model->rowOfKey(ss(lastAdded)); row >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                                  QItemSelectionModel::Rows);
        if (!lastAdded.isEmpty())
            emit changed();
        if (!failures.isEmpty())
            QMessageBox::warning(this, tr("Attach files"),
                                 tr("These files were not attached:") + QLatin1Char('\n') +
                                     failures.join(QLatin1Char('\n')));
    });
}

void AttachmentsTab::openSelected() {
    runGuarded(this, [&] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (!current.isValid())
            return;
        const Attachment a = m_model->rowAt(current.row());
        if (!m_openedCopies) {
            m_openedCopies = std::make_unique<QTemporaryDir>();
            if (!m_openedCopies->isValid()) {
                m_openedCopies.reset();
                QMessageBox::warning(this, tr("Open attachment"), ErrorText::message(ErrorCode::Io));
                return;
            }
        }
        // One folder per attachment keeps the original file name (which tells the desktop what
        // opens it) even when two attachments share a name.
        const QString folder = m_openedCopies->filePath(qs(a.uuid));
        QDir().mkpath(folder);
        const QString target = QDir(folder).filePath(qs(a.name));
        const Status copied = m_ws.notes.exportAttachment(a.sha256, ss(QDir::toNativeSeparators(target)));
        if (!copied) {
            QMessageBox::warning(this, tr("Open attachment"), failureText(qs(a.name), copied.error()));
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
            QMessageBox::information(this, tr("Open attachment"),
                                     tr("No application is set up to open “%1”. Use Export… to save a copy instead.")
                                         .arg(qs(a.name)));
    });
}

void AttachmentsTab::chooseExportTarget() {
    runGuarded(this, [&] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (!current.isValid())
            return;
        const Attachment& a = m_model->rowAt(current.row());
        auto* dialog = new QFileDialog(this, tr("Export attachment"));
        dialog->setObjectName(QStringLiteral("exportFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        dialog->selectFile(qs(a.name));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QString sha = qs(a.sha256);
        connect(dialog, &QFileDialog::fileSelected, this, [this, sha](const QString& path) { exportTo(sha, path); });
        dialog->open();
    });
}

void AttachmentsTab::exportTo(const QString& sha256, const QString& path) {
    runGuarded(this, [&] {
        const Status copied = m_ws.notes.exportAttachment(ss(sha256), ss(QDir::toNativeSeparators(path)));
        if (!copied)
            QMessageBox::warning(this, tr("Export attachment"),
                                 failureText(QFileInfo(path).fileName(), copied.error()));
    });
}

}  // namespace lintas::ui

#include "security/CheckpointDialog.h"

#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lintas::ui {

CheckpointDialog::CheckpointDialog(const QString& text, qint64 seq, const QString& at, QWidget* parent)
    : QDialog(parent), m_text(text) {
    setObjectName(QStringLiteral("checkpointDialog"));
    setWindowTitle(tr("Audit checkpoint"));

    //: %1 is the number of the last audit entry, %2 a date and time.
    auto* intro = new QLabel(tr("The audit log up to entry %1, as of %2. Keep this line outside this computer: send it "
                                "to your supervisor or store it with the case files. Later, “Verify against "
                                "checkpoint…” on the Audit log page shows whether entries were removed from the end "
                                "of the log.")
                                 .arg(seq)
                                 .arg(at),
                             this);
    intro->setWordWrap(true);

    auto* view = new QPlainTextEdit(this);
    view->setObjectName(QStringLiteral("checkpointText"));
    view->setReadOnly(true);
    view->setPlainText(text);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    view->setFixedHeight(view->fontMetrics().lineSpacing() * 4 + 12);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkpointStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("checkpointCopy"));
    auto* saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("checkpointSave"));
    connect(copyButton, &QPushButton::clicked, this, &CheckpointDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &CheckpointDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(view);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

void CheckpointDialog::copy() {
    QGuiApplication::clipboard()->setText(m_text);
    m_status->setText(tr("Copied to the clipboard."));
}

void CheckpointDialog::chooseFile() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("lintas-audit-checkpoint-%1.txt").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the checkpoint"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool CheckpointDialog::saveTo(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write((m_text + QLatin1Char('\n')).toUtf8()) < 0 || !file.commit()) {
        //: %1 is a file path.
        m_status->setText(tr("The file “%1” could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    //: %1 is a file path.
    m_status->setText(tr("Saved to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace lintas::ui

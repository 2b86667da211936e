#include "persons/EditPrompter.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace lintas::ui {

EditPrompter::LeaveChoice MessageBoxPrompter::askLeave(QWidget* parent, const QString& recordName) {
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("You changed “%1” and have not saved it yet.").arg(recordName), QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Save the changes, discard them, or go back to editing?"));
    QPushButton* save = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save)
        return LeaveChoice::Save;
    if (box.clickedButton() == discard)
        return LeaveChoice::Discard;
    return LeaveChoice::Cancel;
}

EditPrompter::ConflictChoice MessageBoxPrompter::askConflict(QWidget* parent, const QString& recordName) {
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"),
                    tr("“%1” was saved by someone else after you opened it.").arg(recordName), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(tr("Load their version (your changes are lost), save yours over theirs (their changes "
                              "are lost), or go back to editing and compare first?"));
    QPushButton* reload = box.addButton(tr("&Load their version"), QMessageBox::DestructiveRole);
    QPushButton* overwrite = box.addButton(tr("&Save mine over theirs"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    if (box.clickedButton() == overwrite)
        return ConflictChoice::Overwrite;
    return ConflictChoice::Cancel;
}

std::optional<QString> MessageBoxPrompter::askOutcome(QWidget* parent, const QString& referralName) {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        parent, tr("Complete referral"),
        tr("Outcome of “%1” (optional), for example what the service provided:").arg(referralName), QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

}  // namespace lintas::ui

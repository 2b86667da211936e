#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPlainTextEdit;

namespace lintas::ui {

/// Shows an audit checkpoint (the head of the hash chain) so that it can be kept outside the
/// workstation: copied into a message to a supervisor or saved to a file. With it, a log cut
/// short later no longer verifies against the checkpoint.
class CheckpointDialog : public QDialog {
    Q_OBJECT

public:
    /// `text` is core's AuditCheckpoint::toText(); `seq` and `at` describe it for the reader.
    CheckpointDialog(const QString& text, qint64 seq, const QString& at, QWidget* parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    /// Puts the checkpoint text on the clipboard.
    void copy();
    /// Writes the checkpoint text (and a newline) to `path`; reports a failure in the dialog.
    /// Returns whether the file was written.
    bool saveTo(const QString& path);

private:
    void chooseFile();

    QString m_text;
    QLabel* m_status = nullptr;
};

}  // namespace lintas::ui

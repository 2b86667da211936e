#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTemporaryDir;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class CaseAttachmentModel;

/// Case workspace tab "Attachments": the case's files with their full SHA-256; adding files,
/// opening one (through a verified temporary copy) and exporting one. Every copy out of the
/// store goes through core, which checks the content against its hash on the way.
class AttachmentsTab : public QWidget {
    Q_OBJECT

public:
    explicit AttachmentsTab(lintas::Workspace& ws, QWidget* parent = nullptr);
    ~AttachmentsTab() override;

    void setCase(const QString& caseUuid);

signals:
    void personRequested(const QString& uuid);
    void caseRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void changed();

private:
    void reload();
    void chooseFiles();
    void attachFiles(const QStringList& paths);
    void openSelected();
    void chooseExportTarget();
    void exportTo(const QString& sha256, const QString& path);
    void showSelected();

    Workspace& m_ws;
    QString m_caseUuid;
    CaseAttachmentModel* m_model;
    QTableView* m_view;
    QLabel* m_loadError;
    QLabel* m_detail;
    QLabel* m_sha256;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_export;
    /// Verified copies opened in other applications; removed with the tab.
    std::unique_ptr<QTemporaryDir> m_openedCopies;
};

}  // namespace lintas::ui

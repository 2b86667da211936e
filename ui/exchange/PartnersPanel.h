#pragma once

#include <QWidget>

namespace lintas {
class Workspace;
}

class QDialog;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lintas::ui {

class AddPartnerDialog;
class PartnerCertificateModel;

/// "Partners": the trust store. Lists the partner certificates, adds one (with the fingerprint
/// confirmed out of band) and revokes one with a reason.
class PartnersPanel : public QWidget {
    Q_OBJECT

public:
    PartnersPanel(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] PartnerCertificateModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }

    /// Opens the add dialog (window-modal; returned so that tests can fill it in).
    AddPartnerDialog* addCertificate();
    /// Opens the revoke dialog for the selected certificate; nullptr when none is selected or it
    /// is revoked already.
    QDialog* revokeSelected();

signals:
    void trustChanged();
    void statusMessage(const QString& text);

private:
    [[nodiscard]] int selectedRow() const;
    void updateSelection();
    void selectFingerprint(const QString& fingerprint);

    Workspace& m_ws;
    PartnerCertificateModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_revoke = nullptr;
};

}  // namespace lintas::ui

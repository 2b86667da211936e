#pragma once

#include "lintas/exchange/TrustService.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace lintas::ui {

/// The trust store: one row per pinned partner certificate. State and expiry are shown with an
/// icon and words, never by colour alone.
class PartnerCertificateModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Agency, Country, Name, Fingerprint, State, ValidUntil, Added, ColumnCount };
    enum Role {
        FingerprintRole = Qt::UserRole,  ///< core's full "AB:CD:…" form
        RevokedRole,                     ///< bool
        ExpiredRole,                     ///< bool: not valid any more at the time given to setCertificates
        SortRole,                        ///< what the column sorts by (ISO timestamps for dates)
    };

    explicit PartnerCertificateModel(QObject* parent = nullptr);

    /// Replaces the rows; `now` (ISO 8601 UTC) decides which certificates count as expired.
    void setCertificates(std::vector<exchange::PartnerCertificate> certificates, const std::string& now);
    /// Puts one certificate in (added or changed, e.g. revoked) without resetting the others.
    void upsert(exchange::PartnerCertificate certificate);
    [[nodiscard]] const exchange::PartnerCertificate* certificate(int row) const;
    /// The row of the certificate with `fingerprint`, or -1.
    [[nodiscard]] int rowOf(const QString& fingerprint) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool expired(const exchange::PartnerCertificate& c) const;

    std::vector<exchange::PartnerCertificate> m_rows;
    std::string m_now;
};

}  // namespace lintas::ui

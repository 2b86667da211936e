#include "exchange/PartnerCertificateModel.h"

#include "exchange/ExchangePage.h"

#include <QIcon>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

PartnerCertificateModel::PartnerCertificateModel(QObject* parent) : QAbstractTableModel(parent) {}

void PartnerCertificateModel::setCertificates(std::vector<exchange::PartnerCertificate> certificates,
                                              const std::string& now) {
    beginResetModel();
    m_rows = std::move(certificates);
    m_now = now;
    endResetModel();
}

void PartnerCertificateModel::upsert(exchange::PartnerCertificate certificate) {
    const int row = rowOf(qs(certificate.fingerprint));
    if (row >= 0) {
        m_rows[static_cast<std::size_t>(row)] = std::move(certificate);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = static_cast<int>(m_rows.size());
    beginInsertRows({}, end, end);
    m_rows.push_back(std::move(certificate));
    endInsertRows();
}

const exchange::PartnerCertificate* PartnerCertificateModel::certificate(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int PartnerCertificateModel::rowOf(const QString& fingerprint) const {
    const std::string wanted = fingerprint.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].fingerprint == wanted)
            return static_cast<int>(i);
    return -1;
}

int PartnerCertificateModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PartnerCertificateModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool PartnerCertificateModel::expired(const exchange::PartnerCertificate& c) const {
    // Both are "YYYY-MM-DDTHH:MM:SSZ": comparing the text compares the times.
    return !m_now.empty() && c.certificate.notAfter < m_now;
}

QVariant PartnerCertificateModel::data(const QModelIndex& index, int role) const {
    const exchange::PartnerCertificate* c = index.isValid() ? certificate(index.row()) : nullptr;
    if (!c || index.column() >= ColumnCount)
        return {};
    const bool revoked = c->state == exchange::TrustState::Revoked;
    switch (role) {
    case FingerprintRole: return qs(c->fingerprint);
    case RevokedRole: return revoked;
    case ExpiredRole: return expired(*c);
    case Qt::DisplayRole:
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Agency: return qs(c->agencyCode);
        case Country: return role == SortRole ? qs(c->country) : ExchangePage::countryName(c->country);
        case Name: return qs(c->agencyName);
        case Fingerprint: return ExchangePage::shortFingerprint(c->fingerprint);
        case State: return revoked ? tr("Revoked") : tr("Trusted");
        case ValidUntil:
            if (role == SortRole)
                return qs(c->certificate.notAfter);
            //: A certificate's end date; %1 is the date.
            return expired(*c) ? tr("%1 (expired)").arg(ExchangePage::localDate(c->certificate.notAfter))
                               : ExchangePage::localDate(c->certificate.notAfter);
        case Added: return role == SortRole ? qs(c->addedAt) : ExchangePage::localDate(c->addedAt);
        case ColumnCount: break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == State)
            return QIcon(revoked ? QStringLiteral(":/lintas/icons/revoked.svg")
                                 : QStringLiteral(":/lintas/icons/trusted.svg"));
        if (index.column() == ValidUntil && expired(*c))
            return QIcon(QStringLiteral(":/lintas/icons/warning.svg"));
        return {};
    case Qt::ToolTipRole:
        switch (static_cast<Column>(index.column())) {
        case Fingerprint: return qs(c->fingerprint);
        case State:
            //: %1 is a date, %2 the reason the user gave.
            return revoked ? tr("Revoked on %1: %2").arg(ExchangePage::localDate(c->revokedAt), qs(c->revokedReason))
                           : tr("Bundles signed with this certificate are accepted from this partner.");
        case ValidUntil:
            return expired(*c) ? tr("This certificate has expired: bundles signed with it are refused.") : QVariant();
        default: return {};
        }
    default: return {};
    }
}

QVariant PartnerCertificateModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Agency: return tr("Agency");
    case Country: return tr("Country");
    case Name: return tr("Name");
    case Fingerprint: return tr("Fingerprint");
    case State: return tr("State");
    case ValidUntil: return tr("Valid until");
    case Added: return tr("Added");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace lintas::ui

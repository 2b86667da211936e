#include "exchange/ExchangeLogModel.h"

#include "common/VocabText.h"
#include "exchange/ExchangePage.h"

#include <QFont>
#include <QIcon>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString vocabLabel(vocab::List list, const std::string& code) {
    return code.empty() ? QString() : VocabText::label(list, code);
}

}  // namespace

ExchangeLogModel::ExchangeLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExchangeLogModel::setEntries(std::vector<exchange::ExchangeLogEntry> entries) {
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

const exchange::ExchangeLogEntry* ExchangeLogModel::entry(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ExchangeLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExchangeLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ExchangeLogModel::directionText(const std::string& direction) {
    if (direction == "sent")
        return tr("Sent");
    if (direction == "received")
        return tr("Received");
    return qs(direction);
}

QString ExchangeLogModel::verdictText(const std::string& verdict) {
    //: Verdict of a bundle we sent.
    if (verdict == "sent")
        return tr("Sent");
    //: Verdict of a received bundle that failed a check and changed nothing.
    if (verdict == "rejected")
        return tr("Rejected");
    //: Verdict of a received bundle whose records were imported.
    if (verdict == "imported")
        return tr("Imported");
    return qs(verdict);  // a verdict of a newer Lintas: the code is still telling
}

QString ExchangeLogModel::profileText(const std::string& profile) {
    //: Bundle profile: identifiable records.
    if (profile == "full")
        return tr("Full");
    //: Bundle profile: victims as stable codes, without identifying details.
    if (profile == "pseudonymised")
        return tr("Pseudonymised");
    //: Bundle profile: aggregate counts only.
    if (profile == "statistics")
        return tr("Statistics");
    return qs(profile);
}

QVariant ExchangeLogModel::data(const QModelIndex& index, int role) const {
    const exchange::ExchangeLogEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    const bool rejected = isRejected(*e);
    switch (role) {
    case EntryIdRole: return static_cast<qint64>(e->id);
    case RejectedRole: return rejected;
    case Qt::DisplayRole:
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Time: return role == SortRole ? qs(e->at) : ExchangePage::localTime(e->at);
        case Direction: return directionText(e->direction);
        case Partner:
            if (e->peerCode.empty() && e->peerCountry.empty())
                //: The partner of a bundle that was refused before its sender could be known.
                return tr("(unknown)");
            //: A partner agency: %1 its country code, %2 its code, e.g. "THA · DSI".
            return tr("%1 · %2").arg(qs(e->peerCountry), qs(e->peerCode));
        case Verdict: return verdictText(e->verdict);
        case Signer:
            return role == SortRole ? qs(e->signerFingerprint) : ExchangePage::shortFingerprint(e->signerFingerprint);
        case Profile: return profileText(e->profile);
        case Purpose: return vocabLabel(vocab::List::ConsentPurpose, e->purpose);
        case Tlp: return vocabLabel(vocab::List::Tlp, e->tlp);
        case Handling: return qs(e->handlingCode);  // "H2": the column is narrow; the tooltip spells it out
        case FileName: return qs(e->fileName);
        case ColumnCount: break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Direction)
            return QIcon(e->direction == "sent" ? QStringLiteral(":/lintas/icons/sent.svg")
                                                : QStringLiteral(":/lintas/icons/received.svg"));
        if (index.column() == Verdict && rejected)
            return QIcon(QStringLiteral(":/lintas/icons/rejected.svg"));
        return {};
    case Qt::FontRole:
        if (index.column() == Verdict && rejected) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Signer && !e->signerFingerprint.empty())
            return qs(e->signerFingerprint);
        if (index.column() == Verdict && rejected)
            return tr("Refused: nothing from this file was imported. The details below say why.");
        if (index.column() == Handling && !e->handlingCode.empty())
            return VocabText::label(vocab::List::HandlingCode, e->handlingCode);
        if (index.column() == Partner && !e->peerCountry.empty())
            return ExchangePage::countryName(e->peerCountry);
        return {};
    default: return {};
    }
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Time: return tr("Time");
    case Direction: return tr("Direction");
    case Partner: return tr("Partner");
    case Verdict: return tr("Verdict");
    case Signer: return tr("Signer");
    case Profile: return tr("Profile");
    case Purpose: return tr("Purpose");
    case Tlp: return tr("TLP");
    case Handling: return tr("Handling");
    case FileName: return tr("File");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace lintas::ui

#include "exchange/ProvenanceBanner.h"

#include "common/ErrorText.h"
#include "common/VocabText.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExchangeText.h"

#include "lintas/service/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

/// The first block of a UUID: enough to tell bundles apart in a sentence.
QString shortUuid(const std::string& uuid) { return qs(uuid.substr(0, uuid.find('-'))); }

}  // namespace

ProvenanceBanner::ProvenanceBanner(Workspace& workspace, QWidget* parent) : QFrame(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("provenanceBanner"));
    // Fixed colours on purpose: the strip must stand out the same way in every style and theme.
    setStyleSheet(QStringLiteral("#provenanceBanner { background: #eaf2f8; border: 1px solid #85c1e9; "
                                 "border-radius: 4px; } #provenanceBanner QLabel { color: #1b2631; }"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(ExchangeText::icon("received").pixmap(20, 20));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("provenanceText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void ProvenanceBanner::showRecord(const QString& kind, const QString& uuid) {
    // Provenance goes with reading a case (or with the exchange roles): a session with neither is
    // not shown it (and is not made to ask core, which would refuse and record the refusal).
    if (uuid.isEmpty() || (!m_workspace.context().can(security::Permission::ExchangeRead) &&
                             !m_workspace.context().can(security::Permission::CaseRead))) {
        setProvenance(std::nullopt);
        return;
    }
    auto provenance = m_workspace.bundles.provenanceOf(kind.toStdString(), uuid.toStdString());
    if (!provenance) {
        // Not knowing where a record came from must not look like "created here".
        showText(tr("Where this record came from could not be read."), ErrorText::describe(provenance.error()));
        return;
    }
    setProvenance(*provenance);
}

void ProvenanceBanner::setProvenance(const std::optional<exchange::RecordProvenance>& provenance) {
    if (!provenance) {
        m_text->clear();
        setVisible(false);
        return;
    }
    const exchange::RecordProvenance& p = *provenance;
    const QString agency = p.senderName.empty() ? qs(p.sender.code) : qs(p.senderName);
    //: Banner on a record received from a partner. %1 agency, %2 its country code, %3 date of
    //: receipt, %4 first part of the bundle's id, %5 the grade such as "B2".
    QString text = tr("Received from %1 (%2) on %3 — bundle %4, grading %5")
                       .arg(agency, qs(p.sender.country), ExchangePage::localDate(p.receivedAt), shortUuid(p.bundleUuid),
                            VocabText::grade(p.sourceGrade, p.infoGrade));
    if (!p.origin.code.empty() && (p.origin.code != p.sender.code || p.origin.country != p.sender.country))
        //: Appended to the banner: the record was first recorded by a third agency; %1 code, %2 country.
        text += tr("; recorded first by %1 (%2)").arg(qs(p.origin.code), qs(p.origin.country));
    if (!p.pseudonym.empty())
        //: Appended to the banner of a victim received as a code.
        text += tr("; received pseudonymised");
    if (p.editedLocally)
        //: Appended to the banner: the record was changed here after it was received.
        text += tr("; edited here since");
    if (p.openConflicts > 0)
        text += tr("; %n open conflict(s) with the partner's copy", nullptr, static_cast<int>(p.openConflicts));
    //: Tooltip of the provenance banner: %1 bundle id, %2 signer fingerprint, %3 TLP, %4 handling code.
    const QString tip = tr("Bundle %1\nSigned by certificate %2\nMarked TLP:%3, handling code %4\n%5")
                            .arg(qs(p.bundleUuid), qs(p.sender.fingerprint), qs(p.tlp), qs(p.handlingCode),
                                 VocabText::gradeToolTip(p.sourceGrade, p.infoGrade));
    showText(text, tip);
}

void ProvenanceBanner::showText(const QString& text, const QString& toolTip) {
    m_text->setText(text);
    setToolTip(toolTip);
    setVisible(true);
}

QString ProvenanceBanner::text() const { return isHidden() ? QString() : m_text->text(); }

}  // namespace lintas::ui

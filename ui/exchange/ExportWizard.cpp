#include "exchange/ExportWizard.h"

#include "cases/TlpChip.h"
#include "common/CountryModel.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "common/VocabText.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExchangeText.h"
#include "exchange/ExportPreviewModel.h"
#include "exchange/PassphraseDialog.h"
#include "exchange/VictimDecisionModel.h"

#include "lintas/exchange/Crypto.h"
#include "lintas/service/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <set>

namespace lintas::ui {
namespace {

using exchange::BundleProfile;
using exchange::ConsentFallback;

QString qs(const std::string& s) { return QString::fromStdString(s); }

constexpr int kSearchDelayMs = 250;
constexpr int kSearchLimit = 8;
constexpr int kNoteExcerpt = 60;

/// Item data of the selection tree.
enum SelectionRole { UuidRole = Qt::UserRole, PartRole };

/// The parts of a case the selection tree offers, as CaseSelection groups them.
enum class Part { People, Journey, Relationships, Referrals, Notes, Attachments, CaseLinks };

QLabel* wrappedLabel(const QString& text, QWidget* parent, const char* objectName = nullptr) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    return label;
}

QFont scaled(QFont font, qreal factor, bool bold) {
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

/// A frame that makes a warning impossible to overlook: icon, bold heading, text.
QFrame* alertFrame(QWidget* parent, const char* objectName, QLabel** heading, QLabel** text) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(QLatin1String(objectName));
    frame->setStyleSheet(QStringLiteral("#%1 { background: #fdedec; border: 1px solid #e6b0aa; border-radius: 4px; }"
                                        " #%1 QLabel { color: #641e16; }")
                             .arg(QLatin1String(objectName)));
    auto* icon = new QLabel(frame);
    icon->setPixmap(ExchangeText::icon("warning").pixmap(24, 24));
    *heading = new QLabel(frame);
    (*heading)->setFont(scaled((*heading)->font(), 1.1, true));
    *text = wrappedLabel({}, frame);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* column = new QVBoxLayout;
    column->addWidget(*heading);
    column->addWidget(*text);
    auto* row = new QHBoxLayout(frame);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(column, 1);
    return frame;
}

/// A frame for what is neither wrong nor done yet: a step someone else must take first.
QFrame* noticeFrame(QWidget* parent, const char* objectName, QLabel** heading, QLabel** text) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(QLatin1String(objectName));
    frame->setStyleSheet(QStringLiteral("#%1 { background: #fef5e7; border: 1px solid #f0b27a; border-radius: 4px; }"
                                        " #%1 QLabel { color: #6e2c00; }")
                             .arg(QLatin1String(objectName)));
    auto* icon = new QLabel(frame);
    icon->setPixmap(ExchangeText::icon("lock").pixmap(24, 24));
    *heading = new QLabel(frame);
    (*heading)->setFont(scaled((*heading)->font(), 1.1, true));
    *text = wrappedLabel({}, frame);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* column = new QVBoxLayout;
    column->addWidget(*heading);
    column->addWidget(*text);
    auto* row = new QHBoxLayout(frame);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(column, 1);
    return frame;
}

/// Fills `combo` with a vocabulary's terms, selecting `current`.
void fillVocabCombo(QComboBox* combo, vocab::List list, const std::string& current) {
    for (const auto& [code, label] : VocabText::choices(list))
        combo->addItem(label, code);
    combo->setCurrentIndex(std::max(0, combo->findData(qs(current))));
}

/// The most restrictive of `codes` in `list`'s display order (least to most restrictive for
/// TLP and handling codes), or `fallback`. Only a starting value: core checks the choice.
std::string strictestOf(vocab::List list, const std::vector<std::string>& codes, const std::string& fallback) {
    const auto choices = VocabText::choices(list);
    int best = -1;
    for (const std::string& code : codes) {
        for (int i = 0; i < static_cast<int>(choices.size()); ++i)
            if (choices[static_cast<std::size_t>(i)].first == qs(code))
                best = std::max(best, i);
    }
    return best < 0 ? fallback : choices[static_cast<std::size_t>(best)].first.toStdString();
}

}  // namespace

// ---- 1. selection ---------------------------------------------------------------------------

/// The cases to send and, for each, a checkable tree of its parts, all checked at first.
class ExportWizard::SelectionPage : public QWizardPage {
public:
    SelectionPage(ExportWizard& wizard, const QStringList& caseUuids);

    [[nodiscard]] bool isComplete() const override { return m_tree->topLevelItemCount() > 0; }
    [[nodiscard]] std::vector<exchange::CaseSelection> selections() const;
    [[nodiscard]] std::vector<std::string> caseMarkings(bool tlp) const;
    [[nodiscard]] const QHash<QString, QString>& names() const { return m_names; }
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    /// Adds the case with `uuid` (no-op when already there). False with a status message when
    /// the case cannot be read.
    bool addCase(const QString& uuid);

private:
    void search();
    void removeSelectedCase();
    QTreeWidgetItem* addPart(QTreeWidgetItem* caseItem, Part part, const QString& title, int count);
    static void addLeaf(QTreeWidgetItem* partItem, const std::string& uuid, const QString& text,
                        const QString& details = {});

    ExportWizard& m_wizard;
    QLineEdit* m_search = nullptr;
    QListWidget* m_matches = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_searchTimer = nullptr;
    QHash<QString, QString> m_names;                 ///< person UUID → name
    std::map<std::string, std::pair<std::string, std::string>> m_markings;  ///< case → (TLP, handling)
};

ExportWizard::SelectionPage::SelectionPage(ExportWizard& wizard, const QStringList& caseUuids) : m_wizard(wizard) {
    setTitle(ExportWizard::tr("What to send"));
    setSubTitle(ExportWizard::tr("Choose the cases and, for each, the parts that go. Everything is included "
                                 "unless you untick it."));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(ExportWizard::tr("Reference or words of the title"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(ExportWizard::tr("&Add a case:"), this);
    searchLabel->setBuddy(m_search);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("caseMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 5 + 8);
    m_matches->setVisible(false);
    m_add = new QPushButton(ExportWizard::tr("A&dd"), this);
    m_add->setObjectName(QStringLiteral("addCaseButton"));
    m_add->setEnabled(false);
    m_remove = new QPushButton(ExportWizard::tr("&Remove case"), this);
    m_remove->setObjectName(QStringLiteral("removeCaseButton"));
    m_remove->setEnabled(false);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("selectionTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ExportWizard::tr("Part"), ExportWizard::tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(ExportWizard::tr("Cases and their parts"));
    m_status = wrappedLabel({}, this, "selectionStatus");

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { runGuarded(this, [this] { search(); }); });
    auto addCurrent = [this] {
        if (QListWidgetItem* item = m_matches->currentItem())
            runGuarded(this, [&] { addCase(item->data(Qt::UserRole).toString()); });
    };
    connect(m_add, &QPushButton::clicked, this, addCurrent);
    connect(m_matches, &QListWidget::itemActivated, this, addCurrent);
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) { m_add->setEnabled(row >= 0); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runGuarded(this, [this] { search(); });
        if (m_matches->count() > 0)
            m_matches->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelectedCase(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        m_remove->setEnabled(current != nullptr);
    });

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_add);
    auto* treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_status, 1);
    treeButtons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_matches);
    layout->addWidget(m_tree, 1);
    layout->addLayout(treeButtons);

    for (const QString& uuid : caseUuids)
        runGuarded(this, [&] { addCase(uuid); });
}

void ExportWizard::SelectionPage::search() {
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    m_matches->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    CaseQuery query;
    query.text = text.toStdString();
    query.limit = kSearchLimit;
    auto found = m_wizard.m_workspace.cases.list(query);
    if (!found) {
        m_status->setText(ErrorText::describe(found.error()));
        return;
    }
    for (const CaseSummary& c : *found) {
        auto* item = new QListWidgetItem(ExchangeText::icon("cases"),
                                         ExportWizard::tr("%1 — %2").arg(qs(c.reference), qs(c.title)), m_matches);
        item->setData(Qt::UserRole, qs(c.uuid));
    }
    if (found->empty())
        new QListWidgetItem(ExportWizard::tr("No case matches."), m_matches);  // no UUID: not addable
    m_matches->setCurrentRow(found->empty() ? -1 : 0);
}

bool ExportWizard::SelectionPage::addCase(const QString& uuid) {
    if (uuid.isEmpty())
        return false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, UuidRole).toString() == uuid)
            return true;
    Workspace& ws = m_wizard.m_workspace;
    const std::string cu = uuid.toStdString();
    // Core reads the case's parts on the exporter's behalf (a liaison officer may send notes and
    // referrals they may not open), masking for this screen what their roles do not show.
    auto candidates = ws.bundles.exportCandidates(cu);
    if (!candidates) {
        m_status->setText(
            ExportWizard::tr("The case could not be read. %1").arg(ErrorText::describe(candidates.error())));
        return false;
    }
    const Case* c = &candidates->caseFile;
    const std::vector<CaseParty>* parties = &candidates->parties;
    const std::vector<JourneyLeg>* legs = &candidates->journey;
    const std::vector<Relationship>* relationships = &candidates->relationships;
    const std::vector<Referral>* referrals = &candidates->referrals;
    const std::vector<Note>* notes = &candidates->notes;
    const std::vector<Attachment>* attachments = &candidates->attachments;
    const std::vector<CaseLink>* links = &candidates->caseLinks;
    m_markings[cu] = {c->tlp, c->handlingCode};

    auto* caseItem = new QTreeWidgetItem(m_tree);
    caseItem->setText(0, ExportWizard::tr("%1 — %2").arg(qs(c->reference), qs(c->title)));
    caseItem->setIcon(0, ExchangeText::icon("cases"));
    caseItem->setData(0, UuidRole, uuid);
    caseItem->setFont(0, scaled(caseItem->font(0), 1.0, true));

    // People: one row per person, with every role they have in the case.
    std::vector<std::string> order;
    std::map<std::string, QStringList> roles;
    for (const CaseParty& p : *parties) {
        if (!roles.count(p.personUuid))
            order.push_back(p.personUuid);
        roles[p.personUuid] << VocabText::label(vocab::List::PersonRole, p.role);
        m_names.insert(qs(p.personUuid), qs(p.personName));
    }
    auto nameOf = [&](const std::string& personOrOrganisation) {
        if (const QString name = m_names.value(qs(personOrOrganisation)); !name.isEmpty())
            return name;
        const auto org = candidates->organisationNames.find(personOrOrganisation);
        return org != candidates->organisationNames.end() ? qs(org->second) : ExportWizard::tr("(not in this case)");
    };
    if (QTreeWidgetItem* part = addPart(caseItem, Part::People, ExportWizard::tr("People"), int(order.size())))
        for (const std::string& person : order)
            addLeaf(part, person, m_names.value(qs(person)), roles[person].join(QStringLiteral(", ")));
    if (QTreeWidgetItem* part = addPart(caseItem, Part::Journey, ExportWizard::tr("Journey legs"), int(legs->size())))
        for (const JourneyLeg& leg : *legs) {
            const QString place = leg.city.empty() ? CountryModel::displayName(qs(leg.country))
                                                   : ExportWizard::tr("%1, %2").arg(qs(leg.city), qs(leg.country));
            addLeaf(part, leg.uuid,
                    ExportWizard::tr("%1: %2 — %3")
                        .arg(nameOf(leg.personUuid), VocabText::label(vocab::List::JourneyEventType, leg.eventType), place),
                    leg.eventDate ? qs(*leg.eventDate) : QString());
        }
    if (QTreeWidgetItem* part =
            addPart(caseItem, Part::Relationships, ExportWizard::tr("Relationships"), int(relationships->size())))
        for (const Relationship& r : *relationships)
            //: A relationship in the export selection: %1 from, %2 type, %3 to.
            addLeaf(part, r.uuid,
                    ExportWizard::tr("%1 → %2 → %3")
                        .arg(nameOf(r.fromUuid), VocabText::label(vocab::List::RelationshipType, r.type), nameOf(r.toUuid)),
                    VocabText::grade(r.sourceReliability, r.informationCredibility));
    if (QTreeWidgetItem* part = addPart(caseItem, Part::Referrals, ExportWizard::tr("Referrals"), int(referrals->size())))
        for (const Referral& r : *referrals)
            addLeaf(part, r.uuid,
                    ExportWizard::tr("%1 for %2")
                        .arg(VocabText::label(vocab::List::ServiceType, r.service), nameOf(r.victimUuid)),
                    VocabText::label(vocab::List::ReferralStatus, r.status));
    if (QTreeWidgetItem* part = addPart(caseItem, Part::Notes, ExportWizard::tr("Notes"), int(notes->size())))
        for (const Note& n : *notes) {
            QString excerpt = qs(n.body).simplified();
            if (excerpt.size() > kNoteExcerpt)
                excerpt = excerpt.left(kNoteExcerpt) + QChar(0x2026);
            // Without the right to read intelligence the text is not shown: the kind and date are.
            addLeaf(part, n.uuid,
                    excerpt.isEmpty() ? VocabText::label(vocab::List::NoteKind, n.kind)
                                      : ExportWizard::tr("%1: %2").arg(VocabText::label(vocab::List::NoteKind, n.kind), excerpt),
                    ExchangePage::localDate(n.occurredAt));
        }
    if (QTreeWidgetItem* part =
            addPart(caseItem, Part::Attachments, ExportWizard::tr("Attachments"), int(attachments->size())))
        for (const Attachment& a : *attachments)
            addLeaf(part, a.uuid, qs(a.name), ExchangeText::size(static_cast<std::uint64_t>(a.size)));
    if (!links->empty()) {
        // Links go all together or not at all (CaseSelection::caseLinks).
        auto* item = new QTreeWidgetItem(caseItem);
        item->setText(0, ExportWizard::tr("Links to other cases"));
        item->setText(1, QString::number(links->size()));
        item->setData(0, PartRole, static_cast<int>(Part::CaseLinks));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
    }
    m_tree->expandItem(caseItem);
    for (int i = 0; i < caseItem->childCount(); ++i)
        m_tree->expandItem(caseItem->child(i));
    m_tree->setCurrentItem(caseItem);
    m_status->clear();
    m_search->clear();
    emit completeChanged();
    return true;
}

QTreeWidgetItem* ExportWizard::SelectionPage::addPart(QTreeWidgetItem* caseItem, Part part, const QString& title,
                                                      int count) {
    if (count == 0)
        return nullptr;
    auto* item = new QTreeWidgetItem(caseItem);
    item->setText(0, title);
    item->setText(1, QString::number(count));
    item->setData(0, PartRole, static_cast<int>(part));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    item->setCheckState(0, Qt::Checked);
    return item;
}

void ExportWizard::SelectionPage::addLeaf(QTreeWidgetItem* partItem, const std::string& uuid, const QString& text,
                                          const QString& details) {
    auto* item = new QTreeWidgetItem(partItem);
    item->setText(0, text);
    item->setText(1, details);
    item->setData(0, UuidRole, qs(uuid));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Checked);
}

void ExportWizard::SelectionPage::removeSelectedCase() {
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return;
    m_markings.erase(item->data(0, UuidRole).toString().toStdString());
    delete item;
    emit completeChanged();
}

std::vector<exchange::CaseSelection> ExportWizard::SelectionPage::selections() const {
    std::vector<exchange::CaseSelection> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* caseItem = m_tree->topLevelItem(i);
        exchange::CaseSelection selection;
        selection.caseUuid = caseItem->data(0, UuidRole).toString().toStdString();
        for (int p = 0; p < caseItem->childCount(); ++p) {
            const QTreeWidgetItem* partItem = caseItem->child(p);
            const auto part = static_cast<Part>(partItem->data(0, PartRole).toInt());
            if (part == Part::CaseLinks) {
                selection.caseLinks = partItem->checkState(0) == Qt::Checked;
                continue;
            }
            // All ticked stays std::nullopt: "everything", including what is added meanwhile.
            std::optional<std::vector<std::string>> chosen;
            if (partItem->checkState(0) != Qt::Checked) {
                chosen.emplace();
                for (int l = 0; l < partItem->childCount(); ++l)
                    if (partItem->child(l)->checkState(0) == Qt::Checked)
                        chosen->push_back(partItem->child(l)->data(0, UuidRole).toString().toStdString());
            }
            switch (part) {
            case Part::People: selection.persons = std::move(chosen); break;
            case Part::Journey: selection.journeyLegs = std::move(chosen); break;
            case Part::Relationships: selection.relationships = std::move(chosen); break;
            case Part::Referrals: selection.referrals = std::move(chosen); break;
            case Part::Notes: selection.notes = std::move(chosen); break;
            case Part::Attachments: selection.attachments = std::move(chosen); break;
            case Part::CaseLinks: break;
            }
        }
        out.push_back(std::move(selection));
    }
    return out;
}

std::vector<std::string> ExportWizard::SelectionPage::caseMarkings(bool tlp) const {
    std::vector<std::string> out;
    for (const auto& [uuid, marking] : m_markings)
        out.push_back(tlp ? marking.first : marking.second);
    return out;
}

// ---- 2. recipient and markings --------------------------------------------------------------

class ExportWizard::RecipientPage : public QWizardPage {
public:
    explicit RecipientPage(ExportWizard& wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return m_partner->currentIndex() >= 0; }
    void fillRequest(exchange::ExportRequest& request) const;

private:
    void loadPartners();

    ExportWizard& m_wizard;
    QComboBox* m_partner = nullptr;
    QLabel* m_noPartner = nullptr;
    QComboBox* m_purpose = nullptr;
    QComboBox* m_tlp = nullptr;
    QComboBox* m_handling = nullptr;
    QButtonGroup* m_profile = nullptr;
    QButtonGroup* m_fallback = nullptr;
    QCheckBox* m_encrypt = nullptr;
    bool m_markingsChosen = false;  ///< the user touched TLP or handling: keep their choice
};

ExportWizard::RecipientPage::RecipientPage(ExportWizard& wizard) : m_wizard(wizard) {
    setTitle(ExportWizard::tr("Recipient and markings"));
    setSubTitle(ExportWizard::tr("Bundles go only to partners whose certificate you trust. The markings travel "
                                 "with the bundle and bind the recipient."));

    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerCombo"));
    m_noPartner = wrappedLabel(ExportWizard::tr("No trusted partner yet. Open Exchange → Partners and add the "
                                                "partner's certificate (compare its fingerprint with them by "
                                                "phone), then come back."),
                               this, "noPartnerLabel");
    m_noPartner->setVisible(false);
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    fillVocabCombo(m_purpose, vocab::List::ConsentPurpose, "Investigation");
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(QStringLiteral("tlpCombo"));
    fillVocabCombo(m_tlp, vocab::List::Tlp, "AMBER");
    for (int i = 0; i < m_tlp->count(); ++i)
        m_tlp->setItemIcon(i, TlpChip::swatch(m_tlp->itemData(i).toString()));
    m_handling = new QComboBox(this);
    m_handling->setObjectName(QStringLiteral("handlingCombo"));
    fillVocabCombo(m_handling, vocab::List::HandlingCode, "H1");
    for (QComboBox* marking : {m_tlp, m_handling})
        connect(marking, qOverload<int>(&QComboBox::activated), this, [this] { m_markingsChosen = true; });

    auto* profileBox = new QGroupBox(ExportWizard::tr("Profile"), this);
    auto* profileLayout = new QVBoxLayout(profileBox);
    m_profile = new QButtonGroup(this);
    for (BundleProfile p : {BundleProfile::Full, BundleProfile::Pseudonymised, BundleProfile::Statistics}) {
        auto* button = new QRadioButton(ExchangeText::profile(p), profileBox);
        button->setObjectName(QStringLiteral("profile_%1").arg(QLatin1String(exchange::profileName(p))));
        auto* explanation = wrappedLabel(ExchangeText::profileExplanation(p), profileBox);
        explanation->setIndent(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        m_profile->addButton(button, static_cast<int>(p));
        profileLayout->addWidget(button);
        profileLayout->addWidget(explanation);
    }
    m_profile->button(static_cast<int>(BundleProfile::Full))->setChecked(true);

    auto* fallbackBox = new QGroupBox(ExportWizard::tr("When a victim's consent does not cover this"), this);
    auto* fallbackLayout = new QVBoxLayout(fallbackBox);
    m_fallback = new QButtonGroup(this);
    auto* pseudonymise = new QRadioButton(ExportWizard::tr("&Pseudonymise the victim (send a code, not the name)"),
                                          fallbackBox);
    pseudonymise->setObjectName(QStringLiteral("fallbackPseudonymise"));
    auto* refuse = new QRadioButton(ExportWizard::tr("Re&fuse the export"), fallbackBox);
    refuse->setObjectName(QStringLiteral("fallbackRefuse"));
    m_fallback->addButton(pseudonymise, static_cast<int>(ConsentFallback::Pseudonymise));
    m_fallback->addButton(refuse, static_cast<int>(ConsentFallback::Refuse));
    pseudonymise->setChecked(true);
    fallbackLayout->addWidget(pseudonymise);
    fallbackLayout->addWidget(refuse);
    fallbackLayout->addStretch(1);

    m_encrypt = new QCheckBox(ExportWizard::tr("&Encrypt to the recipient's certificate (only they can open the file)"),
                              this);
    m_encrypt->setObjectName(QStringLiteral("encryptCheck"));
    // A field, for the later pages that only need to know whether the bundle is encrypted.
    registerField(QStringLiteral("encrypt"), m_encrypt);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(ExportWizard::tr("Partner &agency:"), m_partner);
    form->addRow(QString(), m_noPartner);
    form->addRow(ExportWizard::tr("P&urpose:"), m_purpose);
    form->addRow(ExportWizard::tr("&TLP:"), m_tlp);
    form->addRow(ExportWizard::tr("&Handling code:"), m_handling);

    auto* groups = new QHBoxLayout;
    groups->addWidget(profileBox, 3);
    groups->addWidget(fallbackBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(groups);
    layout->addWidget(m_encrypt);
    layout->addStretch(1);
}

void ExportWizard::RecipientPage::initializePage() {
    loadPartners();
    // Start from the strictest marking of the cases chosen: a weaker one would be refused.
    if (!m_markingsChosen) {
        const SelectionPage& selection = *m_wizard.m_selectionPage;
        m_tlp->setCurrentIndex(std::max(
            0, m_tlp->findData(qs(strictestOf(vocab::List::Tlp, selection.caseMarkings(true), "AMBER")))));
        m_handling->setCurrentIndex(std::max(
            0, m_handling->findData(qs(strictestOf(vocab::List::HandlingCode, selection.caseMarkings(false), "H1")))));
    }
}

void ExportWizard::RecipientPage::loadPartners() {
    const QString previous = m_partner->currentData().toString();
    m_partner->clear();
    auto partners = m_wizard.m_workspace.trust.list();
    if (!partners) {
        m_noPartner->setText(ExchangePage::describeError(partners.error()));
        m_noPartner->setVisible(true);
        emit completeChanged();
        return;
    }
    // One entry per agency: core names the most recently added trusted certificate.
    const std::string now = m_wizard.m_workspace.context().now();
    std::set<std::pair<std::string, std::string>> seen;
    for (const exchange::PartnerCertificate& p : *partners) {
        const bool valid = p.state == exchange::TrustState::Trusted && p.certificate.notBefore <= now &&
                           now < p.certificate.notAfter;
        if (!valid || !seen.insert({p.country, p.agencyCode}).second)
            continue;
        //: A partner in the recipient list: %1 agency name, %2 code, %3 country.
        m_partner->addItem(ExchangeText::icon("trusted"),
                           ExportWizard::tr("%1 — %2, %3")
                               .arg(qs(p.agencyName), qs(p.agencyCode), CountryModel::displayName(qs(p.country))),
                           QStringList{qs(p.agencyCode), qs(p.country)});
    }
    m_noPartner->setVisible(m_partner->count() == 0);
    m_partner->setEnabled(m_partner->count() > 0);
    if (const int i = m_partner->findData(previous); i >= 0)
        m_partner->setCurrentIndex(i);
    emit completeChanged();
}

void ExportWizard::RecipientPage::fillRequest(exchange::ExportRequest& request) const {
    const QStringList partner = m_partner->currentData().toStringList();
    if (partner.size() == 2) {
        request.recipientCode = partner[0].toStdString();
        request.recipientCountry = partner[1].toStdString();
    }
    request.purpose = m_purpose->currentData().toString().toStdString();
    request.tlp = m_tlp->currentData().toString().toStdString();
    request.handlingCode = m_handling->currentData().toString().toStdString();
    request.profile = static_cast<BundleProfile>(m_profile->checkedId());
    request.onMissingConsent = static_cast<ConsentFallback>(m_fallback->checkedId());
    request.encrypt = m_encrypt->isChecked();
}

// ---- 3. consent and rules check -------------------------------------------------------------

class ExportWizard::CheckPage : public QWizardPage {
public:
    explicit CheckPage(ExportWizard& wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return m_wizard.m_preview && m_wizard.m_preview->allowed(); }

private:
    void runCheck();

    ExportWizard& m_wizard;
    VictimDecisionModel* m_victims = nullptr;
    QTableView* m_victimView = nullptr;
    QLabel* m_noVictims = nullptr;
    QFrame* m_blockers = nullptr;
    QLabel* m_blockersHeading = nullptr;
    QLabel* m_blockersText = nullptr;
    QFrame* m_approval = nullptr;
    QLabel* m_approvalHeading = nullptr;
    QLabel* m_approvalText = nullptr;
    QLabel* m_approvalGiven = nullptr;
    QLabel* m_withheld = nullptr;
    QLabel* m_verdict = nullptr;
};

ExportWizard::CheckPage::CheckPage(ExportWizard& wizard) : m_wizard(wizard) {
    setTitle(ExportWizard::tr("Consent and handling check"));
    setSubTitle(ExportWizard::tr("How each victim would leave, and anything that stops the export. The rules "
                                 "are applied by Lintas, not chosen here."));
    m_blockers = alertFrame(this, "blockersPanel", &m_blockersHeading, &m_blockersText);
    m_blockers->setVisible(false);
    m_approval = noticeFrame(this, "approvalPanel", &m_approvalHeading, &m_approvalText);
    m_approvalHeading->setObjectName(QStringLiteral("approvalHeading"));
    m_approvalText->setObjectName(QStringLiteral("approvalText"));
    m_approval->setVisible(false);
    m_approvalGiven = wrappedLabel({}, this, "approvalGiven");
    m_approvalGiven->setVisible(false);
    m_victims = new VictimDecisionModel(this);
    m_victimView = new QTableView(this);
    m_victimView->setObjectName(QStringLiteral("victimDecisions"));
    m_victimView->setModel(m_victims);
    ExchangePage::setUpTable(m_victimView, {26, 22, 18, 18});
    m_victimView->setSortingEnabled(false);
    m_victimView->setWordWrap(true);
    m_noVictims = wrappedLabel(ExportWizard::tr("No victim is part of this export."), this, "noVictimsLabel");
    m_noVictims->setVisible(false);
    m_withheld = wrappedLabel({}, this, "withheldLabel");
    m_verdict = wrappedLabel({}, this, "checkVerdict");
    auto* recheck = new QPushButton(ExportWizard::tr("Check &again"), this);
    recheck->setObjectName(QStringLiteral("recheckButton"));
    recheck->setToolTip(ExportWizard::tr("Run the check again, e.g. after recording a victim's consent"));
    connect(recheck, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { runCheck(); }); });

    auto* victimsLabel = new QLabel(ExportWizard::tr("&Victims:"), this);
    victimsLabel->setBuddy(m_victimView);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(recheck, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_blockers);
    layout->addWidget(m_approval);
    layout->addWidget(m_approvalGiven);
    layout->addWidget(victimsLabel);
    layout->addWidget(m_victimView, 1);
    layout->addWidget(m_noVictims);
    layout->addWidget(m_withheld);
    layout->addLayout(bottom);
}

void ExportWizard::CheckPage::initializePage() { runGuarded(this, [this] { runCheck(); }); }

void ExportWizard::CheckPage::runCheck() {
    const std::optional<Error> failed = m_wizard.runPreview();
    if (failed) {
        m_victims->setDecisions({}, {});
        m_blockersHeading->setText(ExportWizard::tr("The export cannot be checked"));
        m_blockersText->setText(ExchangePage::describeError(*failed));
        m_blockers->setVisible(true);
        m_approval->setVisible(false);
        m_approvalGiven->setVisible(false);
        m_withheld->clear();
        m_verdict->setText(ExportWizard::tr("Next is not available until the check succeeds. Go back and change "
                                            "the selection or the recipient."));
        emit completeChanged();
        return;
    }
    const exchange::ExportPreview& preview = *m_wizard.m_preview;
    QHash<QString, QString> names = m_wizard.m_selectionPage->names();
    m_victims->setDecisions(preview.victims, std::move(names));
    m_victimView->resizeRowsToContents();
    m_noVictims->setVisible(preview.victims.empty());

    // A missing approval is not a problem with the selection: it is a step a supervisor takes,
    // shown on its own so that it is not read as something to fix here.
    QStringList lines;
    bool needsApproval = false;
    for (const exchange::ExportBlocker& b : preview.blockers) {
        if (b.reason == "needs-approval") {
            needsApproval = true;
            continue;
        }
        //: One reason the export cannot go: %1 case reference, %2 the reason, %3 technical detail.
        lines << ExportWizard::tr("• %1: %2 (%3)").arg(qs(b.caseReference), ExchangeText::blockerReason(b.reason), qs(b.detail));
    }
    m_blockersHeading->setText(ExportWizard::tr("%n problem(s) stop this export", nullptr, static_cast<int>(lines.size())));
    m_blockersText->setText(lines.join(QLatin1Char('\n')));
    m_blockers->setVisible(!lines.isEmpty());

    m_approval->setVisible(needsApproval);
    if (needsApproval) {
        QStringList why;
        if (preview.strictestHandlingCode == "H2" || preview.strictestHandlingCode == "H3")
            //: Why an export needs approval; %1 is a handling code such as H2.
            why << ExportWizard::tr("handling code %1").arg(qs(preview.strictestHandlingCode));
        if (preview.tlp == "RED")
            why << ExportWizard::tr("TLP:RED");
        //: Heading of the notice on the check page; %1 lists why (e.g. "handling code H2, TLP:RED").
        m_approvalHeading->setText(ExportWizard::tr("Needs supervisor approval (%1)").arg(why.join(QStringLiteral(", "))));
        const exchange::ExportRequest request = m_wizard.request();
        QStringList references;
        for (const exchange::CaseSelection& c : request.cases) {
            auto found = m_wizard.m_workspace.cases.get(c.caseUuid);
            references << (found ? qs(found->reference) : qs(c.caseUuid));
        }
        m_approvalText->setText(
            ExportWizard::tr("An export under handling code H2 or TLP:RED leaves only when a supervisor — another "
                             "user than you — has approved exactly this request: in Exchange → Approvals, or with "
                             "'lintas-cli bundle approve'. Give them these details, then press Check again.\n\n"
                             "Cases: %1\nTo: %2, certificate %3\nProfile: %4\nTLP: %5\nHandling code: %6\n"
                             "Request digest: %7")
                .arg(references.join(QStringLiteral(", ")), ExchangeText::party(preview.recipient),
                     ExchangePage::shortFingerprint(preview.recipient.fingerprint),
                     ExchangeText::profile(preview.profile), qs(preview.tlp), qs(preview.handlingCode),
                     qs(preview.requestDigest)));
    }
    m_approvalGiven->setVisible(preview.approval.has_value());
    if (preview.approval) {
        const exchange::ExportApproval& a = *preview.approval;
        const QString by = a.approvedBy.empty() ? ExportWizard::tr("a former user") : qs(a.approvedBy);
        m_approvalGiven->setText(
            a.note.empty()
                //: %1 user name of the supervisor, %2 date and time.
                ? ExportWizard::tr("✔ Approved by %1 on %2. This export uses the approval up.")
                      .arg(by, ExchangePage::localTime(a.approvedAt))
                //: %1 user name of the supervisor, %2 date and time, %3 the supervisor's note.
                : ExportWizard::tr("✔ Approved by %1 on %2: “%3”. This export uses the approval up.")
                      .arg(by, ExchangePage::localTime(a.approvedAt), qs(a.note)));
    }

    QStringList withheld;
    for (const exchange::ExportBlocker& w : preview.withheld)
        withheld << ExportWizard::tr("• %1: %2 (%3)").arg(qs(w.caseReference), ExchangeText::withheldReason(w.reason), qs(w.detail));
    m_withheld->setText(withheld.isEmpty() ? QString()
                                           : ExportWizard::tr("Left out on purpose:\n%1").arg(withheld.join(QLatin1Char('\n'))));
    m_withheld->setVisible(!withheld.isEmpty());

    m_verdict->setText(preview.allowed() ? ExportWizard::tr("The export may go. Next shows exactly what leaves.")
                       : lines.isEmpty()
                           ? ExportWizard::tr("Next is not available until a supervisor has approved this export. "
                                              "Check again once they have.")
                           : ExportWizard::tr("Next is not available while the problems above remain: untick the "
                                              "records concerned, choose stricter markings, or pseudonymise "
                                              "instead of refusing — then check again."));
    emit completeChanged();
}

// ---- 4. preview -----------------------------------------------------------------------------

class ExportWizard::PreviewPage : public QWizardPage {
public:
    explicit PreviewPage(ExportWizard& wizard);
    void initializePage() override;

private:
    ExportWizard& m_wizard;
    QLabel* m_from = nullptr;
    QLabel* m_to = nullptr;
    QLabel* m_purpose = nullptr;
    TlpChip* m_tlp = nullptr;
    QLabel* m_handling = nullptr;
    QLabel* m_profile = nullptr;
    QLabel* m_totals = nullptr;
    ExportPreviewModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
};

ExportWizard::PreviewPage::PreviewPage(ExportWizard& wizard) : m_wizard(wizard) {
    setTitle(ExportWizard::tr("What will leave"));
    setSubTitle(ExportWizard::tr("Exactly these records go into the bundle, under these markings."));
    auto valueLabel = [this](const char* name) {
        QLabel* label = wrappedLabel({}, this, name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_from = valueLabel("previewFrom");
    m_to = valueLabel("previewTo");
    m_purpose = valueLabel("previewPurpose");
    m_tlp = new TlpChip(this);
    m_tlp->setObjectName(QStringLiteral("previewTlp"));
    m_handling = valueLabel("previewHandling");
    m_profile = valueLabel("previewProfile");
    m_totals = valueLabel("previewTotals");
    m_totals->setFont(scaled(m_totals->font(), 1.0, true));
    m_model = new ExportPreviewModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("previewTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ExportPreviewModel::Record, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    auto* header = new QFormLayout;
    header->addRow(ExportWizard::tr("From:"), m_from);
    header->addRow(ExportWizard::tr("To:"), m_to);
    header->addRow(ExportWizard::tr("Purpose:"), m_purpose);
    header->addRow(ExportWizard::tr("TLP:"), m_tlp);
    header->addRow(ExportWizard::tr("Handling code:"), m_handling);
    header->addRow(ExportWizard::tr("Profile:"), m_profile);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);
}

void ExportWizard::PreviewPage::initializePage() {
    if (!m_wizard.m_preview)
        return;
    const exchange::ExportPreview& p = *m_wizard.m_preview;
    m_from->setText(ExchangeText::party(p.sender));
    m_to->setText(ExchangeText::party(p.recipient));
    m_purpose->setText(VocabText::label(vocab::List::ConsentPurpose, p.purpose));
    m_tlp->setTlp(qs(p.tlp));
    m_handling->setText(VocabText::label(vocab::List::HandlingCode, p.handlingCode));
    const bool encrypt = m_wizard.field(QStringLiteral("encrypt")).toBool();
    m_profile->setText(encrypt ? ExportWizard::tr("%1, encrypted to the recipient").arg(ExchangeText::profile(p.profile))
                               : ExchangeText::profile(p.profile));
    m_model->setItems(p.items);
    m_view->expandAll();
    const int cases = static_cast<int>(std::count_if(p.items.begin(), p.items.end(),
                                                     [](const exchange::PreviewItem& i) { return i.kind == "case"; }));
    //: Totals of the export preview: %1 e.g. "12 records", %2 e.g. "2 cases", %3 a size.
    m_totals->setText(ExportWizard::tr("%1 in %2; attachments %3")
                          .arg(ExportWizard::tr("%n record(s)", nullptr, m_model->recordCount()),
                               ExchangeText::recordCount("case", cases), ExchangeText::size(p.attachmentBytes)));
}

// ---- 5. sign and save -----------------------------------------------------------------------

class ExportWizard::SavePage : public QWizardPage {
public:
    explicit SavePage(ExportWizard& wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return m_wizard.m_result.has_value(); }

    /// Asks for the passphrase (non-blocking); signing starts when it unlocks the identity.
    void signAndSave();

private:
    [[nodiscard]] QString defaultFileName() const;
    void chooseFile();
    void startExport(exchange::Identity identity);
    void finishExport(const Result<exchange::ExportResult>& result);
    void setBusy(bool busy);

    ExportWizard& m_wizard;
    QLineEdit* m_path = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_sign = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QGroupBox* m_resultBox = nullptr;
    QLabel* m_resultPath = nullptr;
    QLabel* m_resultHash = nullptr;
    QLabel* m_resultSequence = nullptr;
    QPlainTextEdit* m_hint = nullptr;
};

ExportWizard::SavePage::SavePage(ExportWizard& wizard) : m_wizard(wizard) {
    setTitle(ExportWizard::tr("Sign and save"));
    setSubTitle(ExportWizard::tr("The bundle is signed with your agency's identity. Give the file to the partner "
                                 "by any channel: they verify it before anything is imported."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("bundlePath"));
    m_choose = new QPushButton(ExportWizard::tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_sign = new QPushButton(ExchangeText::icon("key"), ExportWizard::tr("&Sign and save…"), this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);  // busy: core reports no progress
    m_progress->setVisible(false);
    m_progress->setAccessibleName(ExportWizard::tr("Writing the bundle"));
    m_status = wrappedLabel({}, this, "saveStatus");

    m_resultBox = new QGroupBox(ExportWizard::tr("Bundle written"), this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_resultPath = wrappedLabel({}, m_resultBox, "resultPath");
    m_resultHash = wrappedLabel({}, m_resultBox, "resultSha256");
    m_resultHash->setFont(mono);
    m_resultSequence = wrappedLabel({}, m_resultBox, "resultSequence");
    for (QLabel* l : {m_resultPath, m_resultHash, m_resultSequence})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hint = new QPlainTextEdit(m_resultBox);
    m_hint->setObjectName(QStringLiteral("verifyHint"));
    m_hint->setReadOnly(true);
    m_hint->setFont(mono);
    m_hint->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hint->setTabChangesFocus(true);
    m_hint->setMinimumHeight(m_hint->fontMetrics().height() * 8 + 12);
    auto* resultForm = new QFormLayout(m_resultBox);
    resultForm->addRow(ExportWizard::tr("File:"), m_resultPath);
    resultForm->addRow(ExportWizard::tr("SHA-256:"), m_resultHash);
    resultForm->addRow(ExportWizard::tr("Sequence:"), m_resultSequence);
    resultForm->addRow(ExportWizard::tr("Check without Lintas:"), m_hint);
    m_resultBox->setVisible(false);

    connect(m_choose, &QPushButton::clicked, this, [this] { chooseFile(); });
    connect(m_sign, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { signAndSave(); }); });

    auto* pathLabel = new QLabel(ExportWizard::tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(m_sign);
    signRow->addWidget(m_progress, 1);
    signRow->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addLayout(signRow);
    layout->addWidget(m_status);
    layout->addWidget(m_resultBox);
    layout->addStretch(1);
}

QString ExportWizard::SavePage::defaultFileName() const {
    const exchange::ExportPreview& p = *m_wizard.m_preview;
    const QString suffix = m_wizard.field(QStringLiteral("encrypt")).toBool() ? QStringLiteral(".lintas.p7m")
                                                                              : QStringLiteral(".lintas");
    return QStringLiteral("%1-%2-%3-%4-%5%6")
        .arg(qs(p.sender.country), qs(p.sender.code), qs(p.recipient.country), qs(p.recipient.code),
             qs(m_wizard.m_workspace.context().today()), suffix);
}

void ExportWizard::SavePage::initializePage() {
    if (m_wizard.m_result || !m_wizard.m_preview)
        return;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    m_path->setText(QDir(dir).filePath(defaultFileName()));
    m_status->clear();
}

void ExportWizard::SavePage::chooseFile() {
    const bool encrypt = m_wizard.field(QStringLiteral("encrypt")).toBool();
    const QString filter = encrypt ? ExportWizard::tr("Encrypted Lintas bundles (*.lintas.p7m)")
                                   : ExportWizard::tr("Lintas bundles (*.lintas)");
    const QString chosen = QFileDialog::getSaveFileName(this, ExportWizard::tr("Save the bundle"), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportWizard::SavePage::signAndSave() {
    if (m_wizard.m_result || m_wizard.isExporting())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).dir().exists()) {
        m_status->setText(ExportWizard::tr("Choose a file in an existing folder."));
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(path)) {
        // A bundle's name is its record in the exchange log: never replace one silently.
        m_status->setText(ExportWizard::tr("A file with this name exists. Choose another name."));
        m_path->setFocus();
        return;
    }
    auto* dialog = new PassphraseDialog(PassphraseDialog::Mode::EnterPassphrase, &m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setPrompt(ExportWizard::tr("Enter the passphrase of your agency's signing identity to sign the bundle."));
    dialog->setAcceptText(ExportWizard::tr("Sign"));
    auto unlocked = std::make_shared<std::optional<exchange::Identity>>();
    Workspace& ws = m_wizard.m_workspace;
    dialog->setCheck([&ws, unlocked](const QString& passphrase) {
        std::string secret = passphrase.toStdString();
        QApplication::setOverrideCursor(Qt::WaitCursor);  // scrypt takes a noticeable moment
        auto identity = ws.trust.unlock(secret);
        QApplication::restoreOverrideCursor();
        exchange::wipe(secret);
        if (!identity)
            return identity.error().code == ErrorCode::BadPassphrase
                       ? ExportWizard::tr("This passphrase does not unlock your agency's identity. Try again.")
                       : ExchangePage::describeError(identity.error());
        *unlocked = std::move(identity).value();
        return QString();
    });
    connect(dialog, &QDialog::accepted, this, [this, unlocked] {
        if (*unlocked)
            runGuarded(this, [&] { startExport(std::move(**unlocked)); });
        unlocked->reset();
    });
    dialog->open();
}

void ExportWizard::SavePage::startExport(exchange::Identity identity) {
    using Outcome = std::optional<Result<exchange::ExportResult>>;
    auto outcome = std::make_shared<Outcome>();
    Workspace& ws = m_wizard.m_workspace;
    const exchange::ExportRequest request = m_wizard.request();
    const std::string path = m_path->text().trimmed().toStdString();
    QThread* worker = QThread::create([&ws, request, identity = std::move(identity), path, outcome] {
        // Nothing may escape a thread; core reports expected failures as values anyway.
        try {
            *outcome = ws.bundles.exportBundle(request, identity, path);
        } catch (const std::exception& e) {
            *outcome = Error{ErrorCode::Internal, {}, e.what()};
        } catch (...) {
            *outcome = Error{ErrorCode::Internal, {}, "unknown exception"};
        }
    });
    worker->setParent(&m_wizard);  // deleted with the wizard, whose destructor waits for it first
    m_wizard.m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        m_wizard.m_worker = nullptr;
        worker->deleteLater();
        setBusy(false);
        if (*outcome)
            runGuarded(this, [&] { finishExport(**outcome); });
    });
    setBusy(true);
    worker->start();
}

void ExportWizard::SavePage::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_status->setText(busy ? ExportWizard::tr("Signing and writing the bundle…") : QString());
    for (QWidget* w : {static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_sign)})
        w->setEnabled(!busy);
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::CancelButton})
        if (QAbstractButton* button = m_wizard.button(b))
            button->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void ExportWizard::SavePage::finishExport(const Result<exchange::ExportResult>& result) {
    if (!result) {
        m_status->setText(ExportWizard::tr("The bundle was not written. %1").arg(ExchangePage::describeError(result.error())));
        return;
    }
    m_wizard.m_result = *result;
    const exchange::ExportResult& r = *m_wizard.m_result;
    const QString path = qs(r.path);
    const QString name = QFileInfo(path).fileName();
    m_resultPath->setText(QDir::toNativeSeparators(path));
    m_resultHash->setText(qs(r.fileSha256));
    m_resultSequence->setText(QString::number(r.manifest.sequence));
    // What a partner without Lintas runs (docs/bundle-format.md): the file's hash, then the
    // signature over manifest.json against our certificate, then every entry's hash.
    QStringList hint;
    hint << QStringLiteral("echo '%1  %2' | sha256sum -c").arg(qs(r.fileSha256), name);
    hint << QStringLiteral("# sender.pem: our certificate, as the partner pinned it in their trust store");
    if (!r.manifest.recipient.code.empty() && !name.endsWith(QLatin1String(".p7m"))) {
        hint << QStringLiteral("unzip -q '%1' -d bundle && cd bundle").arg(name)
             << QStringLiteral("openssl cms -verify -binary -inform DER -in manifest.p7s -content manifest.json "
                               "-CAfile sender.pem -purpose any -out /dev/null");
    } else {
        hint << QStringLiteral("openssl cms -decrypt -inform DER -in '%1' -inkey recipient.key -out bundle.lintas").arg(name)
             << QStringLiteral("unzip -q bundle.lintas -d bundle && cd bundle")
             << QStringLiteral("openssl cms -verify -binary -inform DER -in manifest.p7s -content manifest.json "
                               "-CAfile sender.pem -purpose any -out /dev/null");
    }
    hint << QStringLiteral("python3 -c 'import json; [print(e[\"sha256\"] + \"  \" + e[\"path\"]) for e in "
                           "json.load(open(\"manifest.json\"))[\"entries\"]]' | sha256sum -c --strict");
    m_hint->setPlainText(hint.join(QLatin1Char('\n')));
    m_resultBox->setVisible(true);
    m_status->setText(ExportWizard::tr("Signed and saved. The exchange log lists this bundle as sent."));
    // The file exists and its sequence number is used: there is no going back to change it.
    m_wizard.setOption(QWizard::NoBackButtonOnLastPage, true);
    m_wizard.setOption(QWizard::NoCancelButtonOnLastPage, true);
    emit completeChanged();
    emit m_wizard.exported(path);
}

// ---- the wizard -----------------------------------------------------------------------------

ExportWizard::ExportWizard(Workspace& workspace, const QStringList& caseUuids, QWidget* parent)
    : QWizard(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export cases to a partner"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    m_selectionPage = new SelectionPage(*this, caseUuids);
    m_recipientPage = new RecipientPage(*this);
    m_checkPage = new CheckPage(*this);
    m_previewPage = new PreviewPage(*this);
    m_savePage = new SavePage(*this);
    setPage(SelectionPageId, m_selectionPage);
    setPage(RecipientPageId, m_recipientPage);
    setPage(CheckPageId, m_checkPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(SavePageId, m_savePage);
    resize(960, 680);
}

ExportWizard::~ExportWizard() {
    // The worker uses the workspace and this wizard's result slot: it must end first.
    if (m_worker)
        m_worker->wait();
}

exchange::ExportRequest ExportWizard::request() const {
    exchange::ExportRequest request;
    request.cases = m_selectionPage->selections();
    m_recipientPage->fillRequest(request);
    return request;
}

std::optional<Error> ExportWizard::runPreview() {
    m_preview.reset();
    auto preview = m_workspace.bundles.previewExport(request());
    if (!preview)
        return preview.error();
    m_preview = std::move(preview).value();
    return std::nullopt;
}

bool ExportWizard::isExporting() const { return !m_worker.isNull(); }

void ExportWizard::reject() {
    if (!isExporting())
        QWizard::reject();
}

void ExportWizard::closeEvent(QCloseEvent* event) {
    if (isExporting())
        event->ignore();
    else
        QWizard::closeEvent(event);
}

}  // namespace lintas::ui

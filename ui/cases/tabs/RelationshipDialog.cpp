#include "cases/tabs/RelationshipDialog.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VocabCombo.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

constexpr int kUuidRole = Qt::UserRole;
constexpr int kIsPersonRole = Qt::UserRole + 1;

}  // namespace

RelationshipDialog::RelationshipDialog(Workspace& ws, QString caseUuid, const QVector<PersonChoice>& people,
                                       QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("relationshipDialog"));
    setWindowTitle(tr("Add relationship"));

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("to"));
    fillParties(m_from, people);
    fillParties(m_to, people);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    fillVocabCombo(m_type, vocab::List::RelationshipType);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceReliability"));
    fillVocabCombo(m_source, vocab::List::SourceReliability);
    selectCode(m_source, std::string("X"));
    m_information = new QComboBox(this);
    m_information->setObjectName(QStringLiteral("informationCredibility"));
    fillVocabCombo(m_information, vocab::List::InformationCredibility);
    selectCode(m_information, std::string("4"));
    for (QComboBox* grade : {m_source, m_information}) {
        grade->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        grade->setMinimumContentsLength(40);
        for (int i = 0; i < grade->count(); ++i)
            grade->setItemData(i, grade->itemText(i), Qt::ToolTipRole);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Where this comes from, e.g. victim's statement of 12 March"));

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_errors->wrap("relationship.from", m_from));
    form->addRow(tr("&Relationship:"), m_errors->wrap("relationship.type", m_type));
    form->addRow(tr("&To:"), m_errors->wrap("relationship.to", m_to));
    form->addRow(tr("&Source grade:"), m_errors->wrap("relationship.sourceReliability", m_source));
    form->addRow(tr("&Information grade:"), m_errors->wrap("relationship.informationCredibility", m_information));
    form->addRow(tr("&Note:"), m_errors->wrap("relationship.note", m_note));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add relationship"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RelationshipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RelationshipDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    if (m_to->count() > 1)
        m_to->setCurrentIndex(1);
}

RelationshipDialog::~RelationshipDialog() = default;

void RelationshipDialog::fillParties(QComboBox* combo, const QVector<PersonChoice>& people) {
    for (const PersonChoice& p : people) {
        //: A person in a picker: %1 the name, %2 the role in the case.
        combo->addItem(tr("%1 (%2)").arg(p.name, p.role), p.uuid);
        combo->setItemData(combo->count() - 1, true, kIsPersonRole);
    }
    auto orgs = m_ws.organisations.list();
    if (!orgs || orgs->empty())
        return;
    combo->insertSeparator(combo->count());
    for (const Organisation& o : *orgs) {
        //: An organisation in a picker: %1 its name, %2 its type.
        combo->addItem(tr("%1 (%2)").arg(qs(o.name), TabText::label(vocab::List::OrganisationType, o.type)),
                       qs(o.meta.uuid));
        combo->setItemData(combo->count() - 1, false, kIsPersonRole);
    }
}

void RelationshipDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        Relationship r;
        r.caseUuid = ss(m_caseUuid);
        r.fromUuid = ss(m_from->currentData(kUuidRole).toString());
        r.fromKind = m_from->currentData(kIsPersonRole).toBool() ? PartyKind::Person : PartyKind::Organisation;
        r.toUuid = ss(m_to->currentData(kUuidRole).toString());
        r.toKind = m_to->currentData(kIsPersonRole).toBool() ? PartyKind::Person : PartyKind::Organisation;
        r.type = comboCode(m_type).value_or("");
        r.sourceReliability = comboCode(m_source).value_or("");
        r.informationCredibility = comboCode(m_information).value_or("");
        r.note = ss(m_note->text().trimmed());
        auto added = m_ws.links.addRelationship(std::move(r));
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        QDialog::accept();
    });
}

}  // namespace lintas::ui

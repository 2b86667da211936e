#include "cases/tabs/NewPersonDialog.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VocabCombo.h"
#include "common/ErrorText.h"
#include "common/Guard.h"

#include "lintas/domain/Normalize.h"
#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

NewPersonDialog::NewPersonDialog(Workspace& ws, QString caseUuid, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("newPersonDialog"));
    setWindowTitle(tr("Add new person"));

    m_given = new QLineEdit(this);
    m_given->setObjectName(QStringLiteral("givenNames"));
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("familyName"));
    m_family->setPlaceholderText(tr("Leave empty for people with a single name"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    fillVocabCombo(m_sex, vocab::List::Sex);
    selectCode(m_sex, std::string("Unknown"));
    m_citizenship = new QComboBox(this);
    m_citizenship->setObjectName(QStringLiteral("citizenship"));
    fillCountryCombo(m_citizenship, tr("— unknown —"));
    m_idType = new QComboBox(this);
    m_idType->setObjectName(QStringLiteral("identifierType"));
    fillVocabCombo(m_idType, vocab::List::IdentifierType, tr("— none —"));
    selectCode(m_idType, std::string("Phone"));
    m_idValue = new QLineEdit(this);
    m_idValue->setObjectName(QStringLiteral("identifierValue"));
    m_idValue->setPlaceholderText(tr("e.g. +62 812 3456 7890, or 0812 3456 7890 with a citizenship"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("identifierPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    fillVocabCombo(m_role, vocab::List::PersonRole);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Given names:"), m_errors->wrap("person.givenNames", m_given));
    form->addRow(tr("&Family name:"), m_errors->wrap("person.familyName", m_family));
    form->addRow(tr("&Sex:"), m_errors->wrap("person.sex", m_sex));
    form->addRow(tr("&Citizenship:"), m_errors->wrap("person.citizenships", m_citizenship));
    form->addRow(tr("&Identifier type:"), m_errors->wrap("person.identifiers.type", m_idType));
    form->addRow(tr("Identifie&r:"), m_idValue);
    form->addRow(QString(), m_preview);
    // Core's verdict on the identifier appears where the live preview already speaks about it.
    m_errors->attach("person.identifiers", m_idValue, m_preview);
    form->addRow(tr("R&ole in this case:"), m_errors->wrap("party.role", m_role));
    // "person.name" (neither name given) belongs next to the first name field.
    m_errors->alias("person.name", "person.givenNames");

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPersonDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_idValue, &QLineEdit::textChanged, this, &NewPersonDialog::updatePreview);
    connect(m_idType, &QComboBox::currentIndexChanged, this, &NewPersonDialog::updatePreview);
    connect(m_citizenship, &QComboBox::currentIndexChanged, this, &NewPersonDialog::updatePreview);
    updatePreview();
    resize(fontMetrics().averageCharWidth() * 72, sizeHint().height());
}

NewPersonDialog::~NewPersonDialog() = default;

void NewPersonDialog::updatePreview() {
    runGuarded(this, [&] {
        const auto type = comboCode(m_idType);
        m_idValue->setEnabled(type.has_value());
        const QString value = m_idValue->text();
        if (!type || value.trimmed().isEmpty()) {
            m_preview->clear();
            m_preview->hide();
            return;
        }
        m_preview->show();
        // The same reading core applies when the person is stored: a national number takes its
        // country from the citizenship.
        const auto normalised = normalize::identifier(*type, ss(value), comboCode(m_citizenship), "identifier.value");
        if (normalised) {
            //: Live preview of an identifier as core will store it for matching, e.g. "+6281234567890".
            m_preview->setText(tr("Stored for matching as: %1").arg(qs(*normalised)));
            FieldErrors::setErrorStyle(m_preview, false);
        } else {
            m_preview->setText(TabText::inlineError(normalised.error()));
            FieldErrors::setErrorStyle(m_preview, true);
        }
    });
}

void NewPersonDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        if (m_created.isEmpty()) {
            Person p;
            p.givenNames = ss(m_given->text());
            p.familyName = ss(m_family->text());
            p.sex = comboCode(m_sex).value_or("Unknown");
            if (const auto country = comboCode(m_citizenship))
                p.citizenships.push_back(*country);
            if (const auto type = comboCode(m_idType); type && !m_idValue->text().trimmed().isEmpty())
                p.identifiers.push_back(Identifier{*type, ss(m_idValue->text().trimmed()), {}, std::nullopt});
            auto created = m_ws.persons.create(std::move(p));
            if (!created) {
                m_errors->show(created.error());
                // Keep the identifier's preview when the problem lies elsewhere.
                if (created.error().field.rfind("person.identifiers", 0) != 0)
                    updatePreview();
                return;
            }
            m_created = qs(created->meta.uuid);
            // Stored: from here on only the role can still fail, so the names cannot change.
            for (QWidget* w : {static_cast<QWidget*>(m_given), static_cast<QWidget*>(m_family),
                               static_cast<QWidget*>(m_sex), static_cast<QWidget*>(m_citizenship),
                               static_cast<QWidget*>(m_idType), static_cast<QWidget*>(m_idValue)})
                w->setEnabled(false);
        }
        const Status added = m_ws.cases.addParty(ss(m_caseUuid), ss(m_created), comboCode(m_role).value_or(""));
        if (!added) {
            m_errors->show(added.error());
            updatePreview();
            return;
        }
        QDialog::accept();
    });
}

}  // namespace lintas::ui

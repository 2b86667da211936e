#include "cases/tabs/PersonSearchDialog.h"

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
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {
namespace {

constexpr int kUuidRole = Qt::UserRole;

/// Core says how a person matched: "name", "alias", or an identifier as "<Type> <normalised>".
QString matchedOnText(const std::string& matchedOn) {
    if (matchedOn == "name")
        return PersonSearchDialog::tr("name");
    if (matchedOn == "alias")
        return PersonSearchDialog::tr("alias");
    const auto space = matchedOn.find(' ');
    if (space == std::string::npos)
        return qs(matchedOn);
    //: How a search hit matched: %1 the identifier type, %2 the identifier.
    return PersonSearchDialog::tr("%1 %2").arg(TabText::label(vocab::List::IdentifierType,
                                                              std::string_view(matchedOn).substr(0, space)),
                                               qs(matchedOn.substr(space + 1)));
}

}  // namespace

PersonSearchDialog::PersonSearchDialog(Workspace& ws, QString caseUuid, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("personSearchDialog"));
    setWindowTitle(tr("Add existing person"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setPlaceholderText(tr("Name, alias, phone, passport or other identifier"));
    m_text->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setMinimumHeight(fontMetrics().height() * 10);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    fillVocabCombo(m_role, vocab::List::PersonRole);
    m_details = new QLineEdit(this);
    m_details->setObjectName(QStringLiteral("roleDetails"));
    m_details->setPlaceholderText(tr("Optional, e.g. \"recruiter in Medan\""));

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Search:"), m_text);
    form->addRow(QString(), m_status);
    form->addRow(tr("&Results:"), m_results);
    form->addRow(tr("R&ole in this case:"), m_errors->wrap("party.role", m_role));
    form->addRow(tr("Role &details:"), m_errors->wrap("party.roleDetails", m_details));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add to case"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonSearchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonSearchDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &PersonSearchDialog::search);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::currentRowChanged, this, &PersonSearchDialog::updateOkButton);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &PersonSearchDialog::accept);
    updateOkButton();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

PersonSearchDialog::~PersonSearchDialog() = default;

void PersonSearchDialog::updateOkButton() { m_ok->setEnabled(m_results->currentItem() != nullptr); }

void PersonSearchDialog::search() {
    m_debounce->stop();
    runGuarded(this, [&] {
        m_results->clear();
        const std::string text = ss(m_text->text().trimmed());
        if (text.empty()) {
            m_status->clear();
            updateOkButton();
            return;
        }
        std::vector<PersonMatch> hits;
        // An exact identifier match is the strongest hint: list those first. A text that cannot be
        // read as any identifier is simply not one.
        if (auto byId = m_ws.persons.findByIdentifier({}, text); byId.ok())
            hits = std::move(byId).value();
        auto byName = m_ws.persons.findByName(text, 30);
        if (!byName.ok()) {
            m_status->setText(TabText::errorSentence(byName.error()));
        } else {
            for (PersonMatch& m : byName.value())
                if (std::none_of(hits.begin(), hits.end(), [&](const PersonMatch& h) { return h.uuid == m.uuid; }))
                    hits.push_back(std::move(m));
            m_status->setText(hits.empty() ? tr("Nobody found.") : tr("%n person(s) found.", nullptr,
                                                                      static_cast<int>(hits.size())));
        }
        for (const PersonMatch& hit : hits) {
            //: A search hit: %1 the person's name, %2 how it matched.
            auto* item = new QListWidgetItem(
                tr("%1 — %2").arg(hit.masked ? TabText::maskedVictim() : qs(hit.name), matchedOnText(hit.matchedOn)),
                m_results);
            item->setData(kUuidRole, qs(hit.uuid));
        }
        if (m_results->count() > 0)
            m_results->setCurrentRow(0);
        updateOkButton();
    });
}

void PersonSearchDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        const QListWidgetItem* item = m_results->currentItem();
        if (!item)
            return;
        const QString person = item->data(kUuidRole).toString();
        const Status added = m_ws.cases.addParty(ss(m_caseUuid), ss(person), comboCode(m_role).value_or(""),
                                                 ss(m_details->text().trimmed()));
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        m_added = person;
        QDialog::accept();
    });
}

}  // namespace lintas::ui

#include "cases/tabs/LocalCaseLinkDialog.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/TabText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {
constexpr int kUuidRole = Qt::UserRole;
}

LocalCaseLinkDialog::LocalCaseLinkDialog(Workspace& ws, QString caseUuid, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("localCaseLinkDialog"));
    setWindowTitle(tr("Link local case"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("caseSearch"));
    m_text->setPlaceholderText(tr("Reference such as IDN-BARESKRIM-2026-000042, or words of the title"));
    m_text->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("caseResults"));
    m_results->setMinimumHeight(fontMetrics().height() * 8);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("ourContact"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why the cases are related, e.g. same recruiter"));

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Find case:"), m_text);
    form->addRow(QString(), m_status);
    form->addRow(tr("&Cases:"), m_errors->wrap("caseLink.linkedCase", m_results));
    form->addRow(tr("Our &contact:"), m_errors->wrap("caseLink.ourContact", m_contact));
    form->addRow(tr("&Note:"), m_errors->wrap("caseLink.note", m_note));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Link case"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LocalCaseLinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LocalCaseLinkDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &LocalCaseLinkDialog::search);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::currentRowChanged, this, &LocalCaseLinkDialog::updateOkButton);
    updateOkButton();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

LocalCaseLinkDialog::~LocalCaseLinkDialog() = default;

void LocalCaseLinkDialog::updateOkButton() { m_ok->setEnabled(m_results->currentItem() != nullptr); }

void LocalCaseLinkDialog::search() {
    m_debounce->stop();
    runGuarded(this, [&] {
        m_results->clear();
        const std::string text = ss(m_text->text().trimmed());
        if (text.empty()) {
            m_status->clear();
            updateOkButton();
            return;
        }
        std::vector<CaseSummary> hits;
        // An exact reference first, then full-text hits over reference, title and summary.
        if (auto exact = m_ws.cases.find(text); exact.ok()) {
            CaseSummary s;
            s.uuid = exact->meta.uuid;
            s.reference = exact->reference;
            s.title = exact->title;
            hits.push_back(std::move(s));
        }
        CaseQuery query;
        query.text = text;
        query.limit = 30;
        query.sort = CaseQuery::Sort::Reference;
        query.descending = false;
        if (auto found = m_ws.cases.list(query); found.ok()) {
            for (CaseSummary& s : *found)
                if (hits.empty() || hits.front().uuid != s.uuid)
                    hits.push_back(std::move(s));
        } else {
            m_status->setText(TabText::errorSentence(found.error()));
        }
        for (const CaseSummary& hit : hits) {
            if (qs(hit.uuid) == m_caseUuid)
                continue;
            //: A case in a list: %1 its reference, %2 its title.
            auto* item = new QListWidgetItem(tr("%1 — %2").arg(qs(hit.reference), qs(hit.title)), m_results);
            item->setData(kUuidRole, qs(hit.uuid));
        }
        if (m_status->text().isEmpty() || m_results->count() > 0)
            m_status->setText(m_results->count() == 0 ? tr("No other case found.")
                                                      : tr("%n case(s) found.", nullptr, m_results->count()));
        if (m_results->count() > 0)
            m_results->setCurrentRow(0);
        updateOkButton();
    });
}

void LocalCaseLinkDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        const QListWidgetItem* item = m_results->currentItem();
        if (!item)
            return;
        CaseLink link;
        link.caseUuid = ss(m_caseUuid);
        link.linkedCaseUuid = ss(item->data(kUuidRole).toString());
        link.ourContact = ss(m_contact->text().trimmed());
        link.note = ss(m_note->text().trimmed());
        auto added = m_ws.links.addCaseLink(std::move(link));
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        QDialog::accept();
    });
}

}  // namespace lintas::ui

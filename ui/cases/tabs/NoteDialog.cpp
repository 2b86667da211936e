#include "cases/tabs/NoteDialog.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VocabCombo.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

NoteDialog::NoteDialog(Workspace& ws, QString caseUuid, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Add note or event"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    fillVocabCombo(m_kind, vocab::List::NoteKind);
    m_occurred = new QDateTimeEdit(this);
    m_occurred->setObjectName(QStringLiteral("occurredAt"));
    m_occurred->setCalendarPopup(true);
    m_occurred->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_occurred->setTimeSpec(Qt::LocalTime);
    // Core's clock says what "now" is (it is fixed in tests and may differ from the desktop's).
    const QDateTime now = QDateTime::fromString(qs(ws.context().now()), Qt::ISODate);
    m_occurred->setDateTime((now.isValid() ? now : QDateTime::currentDateTimeUtc()).toLocalTime());
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("author"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 8);
    m_body->setPlaceholderText(tr("What happened, what was said, what was decided"));

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_errors->wrap("note.kind", m_kind));
    form->addRow(tr("&When (local time):"), m_errors->wrap("note.occurredAt", m_occurred));
    form->addRow(tr("&Author:"), m_errors->wrap("note.author", m_author));
    form->addRow(tr("&Text:"), m_errors->wrap("note.body", m_body));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to timeline"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

NoteDialog::~NoteDialog() = default;

void NoteDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        Note n;
        n.caseUuid = ss(m_caseUuid);
        n.kind = comboCode(m_kind).value_or("");
        n.occurredAt = ss(m_occurred->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        n.author = ss(m_author->text().trimmed());
        n.body = ss(m_body->toPlainText());
        auto added = m_ws.notes.addNote(std::move(n));
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        m_added = qs(added->uuid);
        QDialog::accept();
    });
}

}  // namespace lintas::ui

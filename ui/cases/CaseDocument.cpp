#include "cases/CaseDocument.h"

#include "cases/ChangeCaseField.h"

#include "lintas/service/CaseService.h"
#include "lintas/service/Workspace.h"

#include <QStringList>
#include <QUndoStack>

#include <utility>

namespace lintas::ui {
namespace {

using Field = CaseDocument::Field;

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(const std::optional<std::string>& s) { return s ? QString::fromStdString(*s) : QString(); }

QStringList qlist(const std::vector<std::string>& values) {
    QStringList out;
    out.reserve(static_cast<qsizetype>(values.size()));
    for (const auto& v : values)
        out.push_back(QString::fromStdString(v));
    return out;
}

std::vector<std::string> stdList(const QVariant& value) {
    std::vector<std::string> out;
    for (const QString& v : value.toStringList())
        out.push_back(v.toStdString());
    return out;
}

std::optional<std::string> optional(const QVariant& value) {
    const QString text = value.toString();
    if (text.isEmpty())
        return std::nullopt;
    return text.toStdString();
}

}  // namespace

const std::array<Field, CaseDocument::kFieldCount>& CaseDocument::allFields() {
    static const std::array<Field, kFieldCount> fields = {
        Field::Reference,
        Field::Title,
        Field::Status,
        Field::ExploitationForms,
        Field::Countries,
        Field::Summary,
        Field::OpenedOn,
        Field::ClosedOn,
        Field::ClosureReason,
        Field::Owner,
        Field::Tlp,
        Field::HandlingCode,
        Field::ReferringOrganisation,
        Field::IncomingReferralDate,
        Field::IncomingReferralReason,
        Field::IncomingReferralDetails,
        Field::ReferringCaseWorker,
        Field::ReferredOrganisation,
        Field::OutgoingReferralDate,
        Field::OutgoingReferralReason,
        Field::OutgoingReferralDetails,
        Field::ReferredCaseWorker,
    };
    return fields;
}

CaseDocument::CaseDocument(Workspace& workspace, QObject* parent) : CaseDocument(workspace, Case{}, parent) {}

CaseDocument::CaseDocument(Workspace& workspace, Case loaded, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_case(std::move(loaded)), m_base(m_case),
      m_undoStack(new QUndoStack(this)) {}

CaseDocument::~CaseDocument() = default;

Result<std::unique_ptr<CaseDocument>> CaseDocument::load(Workspace& workspace, const QString& uuid, QObject* parent) {
    auto loaded = workspace.cases.get(uuid.toStdString());
    if (!loaded)
        return loaded.error();
    return std::unique_ptr<CaseDocument>(new CaseDocument(workspace, std::move(loaded).value(), parent));
}

QVariant CaseDocument::read(const Case& c, Field field) {
    switch (field) {
    case Field::Reference: return qs(c.reference);
    case Field::Title: return qs(c.title);
    case Field::Status: return qs(c.status);
    case Field::ExploitationForms: return qlist(c.exploitationForms);
    case Field::Countries: return qlist(c.countries);
    case Field::Summary: return qs(c.summary);
    case Field::OpenedOn: return qs(c.openedOn);
    case Field::ClosedOn: return qs(c.closedOn);
    case Field::ClosureReason: return qs(c.closureReason);
    case Field::Owner: return qs(c.owner);
    case Field::Tlp: return qs(c.tlp);
    case Field::HandlingCode: return qs(c.handlingCode);
    case Field::ReferringOrganisation: return qs(c.referringOrganisation);
    case Field::IncomingReferralDate: return qs(c.incomingReferralDate);
    case Field::IncomingReferralReason: return qs(c.incomingReferralReason);
    case Field::IncomingReferralDetails: return qs(c.incomingReferralDetails);
    case Field::ReferringCaseWorker: return qs(c.referringCaseWorker);
    case Field::ReferredOrganisation: return qs(c.referredOrganisation);
    case Field::OutgoingReferralDate: return qs(c.outgoingReferralDate);
    case Field::OutgoingReferralReason: return qs(c.outgoingReferralReason);
    case Field::OutgoingReferralDetails: return qs(c.outgoingReferralDetails);
    case Field::ReferredCaseWorker: return qs(c.referredCaseWorker);
    }
    return {};
}

void CaseDocument::write(Case& c, Field field, const QVariant& value) {
    switch (field) {
    case Field::Reference: c.reference = value.toString().toStdString(); break;
    case Field::Title: c.title = value.toString().toStdString(); break;
    case Field::Status: c.status = value.toString().toStdString(); break;
    case Field::ExploitationForms: c.exploitationForms = stdList(value); break;
    case Field::Countries: c.countries = stdList(value); break;
    case Field::Summary: c.summary = value.toString().toStdString(); break;
    case Field::OpenedOn: c.openedOn = optional(value); break;
    case Field::ClosedOn: c.closedOn = optional(value); break;
    case Field::ClosureReason: c.closureReason = value.toString().toStdString(); break;
    case Field::Owner: c.owner = value.toString().toStdString(); break;
    case Field::Tlp: c.tlp = value.toString().toStdString(); break;
    case Field::HandlingCode: c.handlingCode = value.toString().toStdString(); break;
    case Field::ReferringOrganisation: c.referringOrganisation = optional(value); break;
    case Field::IncomingReferralDate: c.incomingReferralDate = optional(value); break;
    case Field::IncomingReferralReason: c.incomingReferralReason = optional(value); break;
    case Field::IncomingReferralDetails: c.incomingReferralDetails = value.toString().toStdString(); break;
    case Field::ReferringCaseWorker: c.referringCaseWorker = value.toString().toStdString(); break;
    case Field::ReferredOrganisation: c.referredOrganisation = optional(value); break;
    case Field::OutgoingReferralDate: c.outgoingReferralDate = optional(value); break;
    case Field::OutgoingReferralReason: c.outgoingReferralReason = optional(value); break;
    case Field::OutgoingReferralDetails: c.outgoingReferralDetails = value.toString().toStdString(); break;
    case Field::ReferredCaseWorker: c.referredCaseWorker = value.toString().toStdString(); break;
    }
}

bool CaseDocument::isModified() const { return !myChanges().empty(); }

void CaseDocument::setValue(Field field, const QVariant& value, bool typing) {
    const QVariant before = read(m_case, field);
    // Normalise through the Case so that "" and "not set" compare as the same value.
    Case probe = m_case;
    write(probe, field, value);
    const QVariant after = read(probe, field);
    if (after == before)
        return;
    m_undoStack->push(new ChangeCaseField(this, field, before, after, typing));
    if (!typing)
        endTyping();
}

void CaseDocument::applyValue(Field field, const QVariant& value) {
    write(m_case, field, value);
    emit fieldChanged(field);
    updateModified();
}

void CaseDocument::updateModified() {
    const bool modified = isModified();
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

Status CaseDocument::validate() const { return CaseService::validate(m_case, m_workspace.context().today()); }

void CaseDocument::adopt(Case stored) {
    m_case = std::move(stored);
    m_base = m_case;
    endTyping();
    m_undoStack->setClean();
    emit caseReset();
    updateModified();
}

Status CaseDocument::save() {
    LINTAS_TRY(validate());
    const bool created = isNew();
    auto stored = created ? m_workspace.cases.create(m_case) : m_workspace.cases.update(m_case);
    if (!stored)
        return stored.error();
    if (created)
        // Undoing past the creation would edit fields (the reference among them) of a case that
        // now exists in its own right; its history starts here.
        m_undoStack->clear();
    adopt(std::move(stored).value());
    emit saved(uuid(), created);
    return {};
}

Status CaseDocument::reloadTheirs() {
    if (isNew())
        return Error{ErrorCode::NotFound, "case", "the case was never saved"};
    auto stored = m_workspace.cases.get(m_case.meta.uuid);
    if (!stored)
        return stored.error();
    m_undoStack->clear();
    adopt(std::move(stored).value());
    return {};
}

Status CaseDocument::refresh() {
    if (isNew() || isModified())
        return {};
    auto stored = m_workspace.cases.get(m_case.meta.uuid);
    if (!stored)
        return stored.error();
    adopt(std::move(stored).value());
    return {};
}

Status CaseDocument::overwriteWithMine() {
    if (isNew())
        return save();
    auto stored = m_workspace.cases.get(m_case.meta.uuid);
    if (!stored)
        return stored.error();
    Case mine = m_case;
    // Their version number, our fields: the update replaces what they saved.
    mine.meta = stored->meta;
    LINTAS_TRY(CaseService::validate(mine, m_workspace.context().today()));
    auto result = m_workspace.cases.update(mine);
    if (!result)
        return result.error();
    adopt(std::move(result).value());
    emit saved(uuid(), false);
    return {};
}

std::vector<Field> CaseDocument::myChanges() const {
    std::vector<Field> out;
    for (Field f : allFields())
        if (read(m_case, f) != read(m_base, f))
            out.push_back(f);
    return out;
}

Result<std::vector<Field>> CaseDocument::theirChanges() const {
    if (isNew())
        return std::vector<Field>{};
    auto stored = m_workspace.cases.get(m_case.meta.uuid);
    if (!stored)
        return stored.error();
    std::vector<Field> out;
    for (Field f : allFields())
        if (read(*stored, f) != read(m_base, f))
            out.push_back(f);
    return out;
}

std::string CaseDocument::coreName(Field field) {
    switch (field) {
    case Field::Reference: return "case.reference";
    case Field::Title: return "case.title";
    case Field::Status: return "case.status";
    case Field::ExploitationForms: return "case.exploitationForms";
    case Field::Countries: return "case.countries";
    case Field::Summary: return "case.summary";
    case Field::OpenedOn: return "case.openedOn";
    case Field::ClosedOn: return "case.closedOn";
    case Field::ClosureReason: return "case.closureReason";
    case Field::Owner: return "case.owner";
    case Field::Tlp: return "case.tlp";
    case Field::HandlingCode: return "case.handlingCode";
    case Field::ReferringOrganisation: return "case.referringOrganisation";
    case Field::IncomingReferralDate: return "case.incomingReferralDate";
    case Field::IncomingReferralReason: return "case.incomingReferralReason";
    case Field::IncomingReferralDetails: return "case.incomingReferralDetails";
    case Field::ReferringCaseWorker: return "case.referringCaseWorker";
    case Field::ReferredOrganisation: return "case.referredOrganisation";
    case Field::OutgoingReferralDate: return "case.outgoingReferralDate";
    case Field::OutgoingReferralReason: return "case.outgoingReferralReason";
    case Field::OutgoingReferralDetails: return "case.outgoingReferralDetails";
    case Field::ReferredCaseWorker: return "case.referredCaseWorker";
    }
    return {};
}

std::optional<Field> CaseDocument::fromCoreName(const std::string& name) {
    for (Field f : allFields())
        if (coreName(f) == name)
            return f;
    return std::nullopt;
}

}  // namespace lintas::ui

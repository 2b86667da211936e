#include "security/SecurityText.h"

#include "common/ErrorText.h"
#include "lintas/security/AuditLog.h"
#include "lintas/security/RetentionService.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace lintas::ui {

namespace audit = security::audit;
using security::Role;

QString SecurityText::roleLabel(Role role) {
    switch (role) {
    case Role::Investigator:
        return tr("Investigator");
    case Role::VictimSupport:
        return tr("Victim-support officer");
    case Role::Liaison:
        return tr("Liaison officer");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Administrator:
        return tr("Administrator");
    }
    return QString::fromUtf8(security::roleName(role));
}

QString SecurityText::roleDescription(Role role) {
    switch (role) {
    case Role::Investigator:
        return tr("Cases, people, organisations, journeys and evidence.");
    case Role::VictimSupport:
        return tr("Victims' support data, consent and referrals; not suspects' intelligence.");
    case Role::Liaison:
        return tr("Exports and imports bundles, the trust store and the exchange log.");
    case Role::Supervisor:
        return tr("Reads everything, approves sensitive exports, reads the audit log and confirms deletions.");
    case Role::Administrator:
        return tr("Users, roles and settings; no case content.");
    }
    return {};
}

QString SecurityText::roleList(security::RoleSet roles) {
    if (roles.empty())
        return tr("no role");
    QStringList labels;
    for (Role role : security::kAllRoles)
        if (roles.has(role))
            labels << roleLabel(role);
    //: Separator between role names in a list.
    return labels.join(tr(", "));
}

std::vector<std::string> SecurityText::auditActions() {
    return {audit::kReadIdentity,   audit::kCreate,          audit::kUpdate,
            audit::kDelete,         audit::kSearch,          audit::kExport,
            audit::kImport,         audit::kPrint,           audit::kExportApprove,
            audit::kSignIn,         audit::kSignInFailed,    audit::kSignOut,
            audit::kLock,           audit::kUnlock,          audit::kPermissionDenied,
            audit::kRoleChange,     audit::kUserCreate,      audit::kUserDisable,
            audit::kPasswordChange, audit::kSettingChange,   audit::kRetentionDelete,
            audit::kAuditExport,    audit::kAuditCheckpoint, audit::kDatabaseEncrypt};
}

QString SecurityText::actionLabel(const std::string& action) {
    struct Entry {
        const char* action;
        const char* label;
    };
    // QT_TRANSLATE_NOOP keeps the table readable; tr() below translates the chosen entry.
    static constexpr Entry kLabels[] = {
        {audit::kCreate, QT_TRANSLATE_NOOP("SecurityText", "Create")},
        {audit::kUpdate, QT_TRANSLATE_NOOP("SecurityText", "Update")},
        {audit::kDelete, QT_TRANSLATE_NOOP("SecurityText", "Delete")},
        {audit::kReadIdentity, QT_TRANSLATE_NOOP("SecurityText", "Read identifying details")},
        {audit::kSearch, QT_TRANSLATE_NOOP("SecurityText", "Search")},
        {audit::kExport, QT_TRANSLATE_NOOP("SecurityText", "Export")},
        {audit::kImport, QT_TRANSLATE_NOOP("SecurityText", "Import")},
        {audit::kPrint, QT_TRANSLATE_NOOP("SecurityText", "Print")},
        {audit::kSignIn, QT_TRANSLATE_NOOP("SecurityText", "Sign-in")},
        {audit::kSignInFailed, QT_TRANSLATE_NOOP("SecurityText", "Sign-in failed")},
        {audit::kSignOut, QT_TRANSLATE_NOOP("SecurityText", "Sign-out")},
        {audit::kLock, QT_TRANSLATE_NOOP("SecurityText", "Screen locked")},
        {audit::kUnlock, QT_TRANSLATE_NOOP("SecurityText", "Screen unlocked")},
        {audit::kPermissionDenied, QT_TRANSLATE_NOOP("SecurityText", "Permission denied")},
        {audit::kRoleChange, QT_TRANSLATE_NOOP("SecurityText", "Roles changed")},
        {audit::kUserCreate, QT_TRANSLATE_NOOP("SecurityText", "User created")},
        {audit::kUserDisable, QT_TRANSLATE_NOOP("SecurityText", "User disabled")},
        {audit::kPasswordChange, QT_TRANSLATE_NOOP("SecurityText", "Password changed")},
        {audit::kSettingChange, QT_TRANSLATE_NOOP("SecurityText", "Setting changed")},
        {audit::kExportApprove, QT_TRANSLATE_NOOP("SecurityText", "Export approved")},
        {audit::kRetentionDelete, QT_TRANSLATE_NOOP("SecurityText", "Deleted after retention")},
        {audit::kAuditExport, QT_TRANSLATE_NOOP("SecurityText", "Audit log exported")},
        {audit::kAuditCheckpoint, QT_TRANSLATE_NOOP("SecurityText", "Audit checkpoint taken")},
        {audit::kDatabaseEncrypt, QT_TRANSLATE_NOOP("SecurityText", "Database encrypted")},
    };
    for (const Entry& e : kLabels)
        if (action == e.action)
            return tr(e.label);
    return QString::fromStdString(action);
}

QString SecurityText::recordTypeLabel(const std::string& recordType) {
    struct Entry {
        const char* type;
        const char* label;
    };
    static constexpr Entry kLabels[] = {
        {"case", QT_TRANSLATE_NOOP("SecurityText", "Case")},
        {"person", QT_TRANSLATE_NOOP("SecurityText", "Person")},
        {"organisation", QT_TRANSLATE_NOOP("SecurityText", "Organisation")},
        {"referral", QT_TRANSLATE_NOOP("SecurityText", "Referral")},
        {"consent", QT_TRANSLATE_NOOP("SecurityText", "Consent")},
        {"note", QT_TRANSLATE_NOOP("SecurityText", "Note")},
        {"attachment", QT_TRANSLATE_NOOP("SecurityText", "Attachment")},
        {"journey-leg", QT_TRANSLATE_NOOP("SecurityText", "Journey leg")},
        {"case-link", QT_TRANSLATE_NOOP("SecurityText", "Case link")},
        {"relationship", QT_TRANSLATE_NOOP("SecurityText", "Relationship")},
        {"victim-profile", QT_TRANSLATE_NOOP("SecurityText", "Victim profile")},
        {"suspect-profile", QT_TRANSLATE_NOOP("SecurityText", "Suspect profile")},
        {"case-party", QT_TRANSLATE_NOOP("SecurityText", "Case party")},
        {"agency", QT_TRANSLATE_NOOP("SecurityText", "Agency")},
        {"partner-certificate", QT_TRANSLATE_NOOP("SecurityText", "Partner certificate")},
        {"identity", QT_TRANSLATE_NOOP("SecurityText", "Signing identity")},
        {"bundle", QT_TRANSLATE_NOOP("SecurityText", "Bundle")},
        {"user", QT_TRANSLATE_NOOP("SecurityText", "User")},
        {"setting", QT_TRANSLATE_NOOP("SecurityText", "Setting")},
        {"retention-rule", QT_TRANSLATE_NOOP("SecurityText", "Retention rule")},
        {"audit-log", QT_TRANSLATE_NOOP("SecurityText", "Audit log")},
    };
    for (const Entry& e : kLabels)
        if (recordType == e.type)
            return tr(e.label);
    return QString::fromStdString(recordType);
}

QString SecurityText::retentionKindLabel(const std::string& kind) {
    if (kind == security::kRetentionClosedCase)
        return tr("Closed cases");
    if (kind == security::kRetentionExchangeLog)
        return tr("Exchange log entries");
    return QString::fromStdString(kind);
}

QString SecurityText::retentionKindDescription(const std::string& kind) {
    if (kind == security::kRetentionClosedCase)
        return tr("Counted from the day the case was closed. Deleting a case removes its parties, profiles, journeys, "
                  "links, notes, attachments, referrals and consents, and every person who is in no other case.");
    if (kind == security::kRetentionExchangeLog)
        return tr("Counted from the day the bundle was sent or received.");
    return {};
}

QString SecurityText::purgeSummary(const security::PurgeReport& report, bool done) {
    int cases = 0;
    int persons = 0;
    int logEntries = 0;
    for (const security::PurgedRecord& r : report.deleted) {
        if (r.recordType == "case")
            ++cases;
        else if (r.recordType == "person")
            ++persons;
        else
            ++logEntries;
    }
    const int kept = static_cast<int>(report.keptPersons.size());
    QStringList parts;
    if (done) {
        if (cases > 0)
            parts << tr("%n case(s) deleted.", "", cases);
        if (persons > 0)
            parts << tr("%n person(s) who were in no other case deleted.", "", persons);
        if (logEntries > 0)
            parts << tr("%n exchange log entry(ies) deleted.", "", logEntries);
    } else {
        if (cases > 0)
            parts << tr("%n case(s) will be deleted.", "", cases);
        if (persons > 0)
            parts << tr("%n person(s) who are in no other case will be deleted with them.", "", persons);
        if (logEntries > 0)
            parts << tr("%n exchange log entry(ies) will be deleted.", "", logEntries);
    }
    if (kept > 0)
        parts << tr("%n person(s) stay because another case names them.", "", kept);
    //: %1 counts database rows, %2 attachment files.
    parts << (done ? tr("Rows removed: %1. Attachment files removed: %2.")
                   : tr("Rows to remove: %1. Attachment files to remove: %2."))
                 .arg(report.rows)
                 .arg(report.files);
    if (done && report.vacuumed) {
        const QLocale locale;
        //: %1 and %2 are file sizes such as "12.5 MB".
        parts << tr("Database compacted from %1 to %2.")
                     .arg(locale.formattedDataSize(report.bytesBefore), locale.formattedDataSize(report.bytesAfter));
    }
    return parts.join(QLatin1Char(' '));
}

QString SecurityText::problem(const Error& error) {
    const std::string& field = error.field;
    const std::string& detail = error.detail;
    auto says = [&](const char* words) { return detail.find(words) != std::string::npos; };
    auto endsWith = [&](const char* suffix) {
        const std::string s(suffix);
        return field.size() >= s.size() && field.compare(field.size() - s.size(), s.size(), s) == 0;
    };
    switch (error.code) {
    case ErrorCode::Duplicate:
        if (endsWith("username"))
            return tr("This user name is taken. Choose another one.");
        break;
    case ErrorCode::Validation:
        if (endsWith("username"))
            return tr("The user name must be 2 to 64 characters: lower-case letters, digits, dots, hyphens or "
                      "underscores.");
        if (endsWith("password")) {
            if (says("user name"))
                return tr("The password must not be the user name.");
            if (says("differ"))
                return tr("The new password must differ from the current one.");
            if (says("at most"))
                return tr("The password is too long.");
            return tr("The password must have at least 10 characters.");
        }
        if (endsWith("displayName"))
            return tr("The display name must not contain control characters.");
        if (endsWith("roles"))
            return tr("Choose at least one role.");
        if (endsWith("reason"))
            return tr("Give the reason for reading these details.");
        if (endsWith("reviewOn"))
            return tr("The review date must be a date after today.");
        if (endsWith("years"))
            return tr("A rule keeps records for 0 (forever) to 100 years.");
        break;
    case ErrorCode::Forbidden:
        // Core names the permission in `field` (a machine name); the sentence says it all.
        return ErrorText::message(error.code);
    case ErrorCode::SignInFailed:
        if (field == "password")
            return tr("Your own password is wrong.");
        break;
    case ErrorCode::Refused:
        if (says("no active administrator") || says("last active administrator"))
            return tr("Refused: at least one active administrator must remain.");
        if (says("your own account"))
            return tr("You cannot disable your own account.");
        if (says("account is disabled"))
            return tr("This account is disabled.");
        if (endsWith("identityMasked"))
            return tr("The identifying details are hidden. Show them (with a reason) before changing them.");
        break;
    default:
        break;
    }
    return ErrorText::describe(error);
}

QString SecurityText::timestamp(const std::string& isoUtc) {
    if (isoUtc.empty())
        return {};
    const QDateTime at = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!at.isValid())
        return QString::fromStdString(isoUtc);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace lintas::ui

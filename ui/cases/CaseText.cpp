#include "cases/CaseText.h"

#include "common/ErrorText.h"

namespace lintas::ui {
namespace {

/// The quoted value at the start of a core detail such as "'XYZ' is listed twice".
QString quotedValue(const std::string& detail) {
    const auto end = detail.find('\'', 1);
    if (detail.empty() || detail.front() != '\'' || end == std::string::npos)
        return {};
    return QString::fromStdString(detail.substr(1, end - 1));
}

bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool startsWith(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

/// Turns core's technical reason into our sentence; empty when the reason is not one we know.
/// Core reports reasons as short English details, not codes, so this follows their wording; the
/// CaseTextTest fails when core's wording moves away from what is recognised here.
QString knownProblem(const Error& e) {
    const std::string& d = e.detail;
    const std::string& f = e.field;
    if (d == "must not be empty") {
        if (f == "case.title")
            return CaseText::tr("Enter a title for the case.");
        if (f == "case.status")
            return CaseText::tr("Choose the status of the case.");
        if (f == "case.tlp")
            return CaseText::tr("Choose a TLP label.");
        if (f == "case.handlingCode")
            return CaseText::tr("Choose a handling code.");
        if (f == "case.reference")
            return CaseText::tr("The reference must not be empty.");
        return CaseText::tr("This field must not be empty.");
    }
    if (startsWith(d, "is longer than ")) {
        const QString limit = QString::fromStdString(d.substr(15)).section(QLatin1Char(' '), 0, 0);
        //: %1 is a number of bytes (characters outside Latin script take two to four each).
        return CaseText::tr("This text is too long (at most %1 bytes).").arg(limit);
    }
    if (d == "is not valid UTF-8 text or holds control characters")
        return CaseText::tr("This text contains characters that are not allowed.");
    if (d == "is not a date written as YYYY-MM-DD")
        return CaseText::tr("Enter a real date as YYYY-MM-DD, for example 2026-03-15.");
    if (d == "lies in the future")
        return CaseText::tr("The date lies in the future.");
    if (d == "is before the date the case was opened")
        return CaseText::tr("The case cannot be closed before the date it was opened.");
    if (d == "is set but the status is not closed")
        return CaseText::tr("A closing date needs a closed status. Change the status or clear the date.");
    if (endsWith(d, "' is listed twice"))
        //: %1 is a code such as IDN or ForcedLabour.
        return CaseText::tr("“%1” is listed twice.").arg(quotedValue(d));
    if (d.find("' is not a known ") != std::string::npos)
        //: %1 is a code that is not in the list of allowed values.
        return CaseText::tr("“%1” is not one of the allowed values.").arg(quotedValue(d));
    if (endsWith(d, "' is not an ISO 3166-1 alpha-3 country code"))
        //: %1 is what was given instead of a three-letter country code.
        return CaseText::tr("“%1” is not a known country.").arg(quotedValue(d));
    if (startsWith(d, "may only hold upper-case letters"))
        return CaseText::tr("Use only capital letters A–Z, digits, “-”, “_” and “/”.");
    if (d == "is not a UUID")
        return CaseText::tr("Choose a record from the list.");
    return {};
}

}  // namespace

QColor CaseText::tlpColor(std::string_view code) {
    // FIRST TLP 2.0 colour values (font colour; the background is black).
    if (code == "RED")
        return QColor(0xFF, 0x2B, 0x2B);
    if (code == "AMBER" || code == "AMBER+STRICT")
        return QColor(0xFF, 0xC0, 0x00);
    if (code == "GREEN")
        return QColor(0x33, 0xFF, 0x00);
    return QColor(0xFF, 0xFF, 0xFF);
}

QString CaseText::fieldLabel(const std::string& field) {
    if (field == "case.reference")
        return tr("Reference");
    if (field == "case.title")
        return tr("Title");
    if (field == "case.status")
        return tr("Status");
    if (field == "case.exploitationForms")
        return tr("Forms of exploitation");
    if (field == "case.countries")
        return tr("Countries involved");
    if (field == "case.summary")
        return tr("Summary");
    if (field == "case.openedOn")
        return tr("Opened on");
    if (field == "case.closedOn")
        return tr("Closed on");
    if (field == "case.closureReason")
        return tr("Reason for closure");
    if (field == "case.owner")
        return tr("Case owner");
    if (field == "case.tlp")
        return tr("TLP");
    if (field == "case.handlingCode")
        return tr("Handling code");
    if (field == "case.referringOrganisation")
        return tr("Referred by (organisation)");
    if (field == "case.incomingReferralDate")
        return tr("Incoming referral date");
    if (field == "case.incomingReferralReason")
        return tr("Reason for incoming referral");
    if (field == "case.incomingReferralDetails")
        return tr("Incoming referral details");
    if (field == "case.referringCaseWorker")
        return tr("Referring case worker");
    if (field == "case.referredOrganisation")
        return tr("Referred to (organisation)");
    if (field == "case.outgoingReferralDate")
        return tr("Outgoing referral date");
    if (field == "case.outgoingReferralReason")
        return tr("Reason for outgoing referral");
    if (field == "case.outgoingReferralDetails")
        return tr("Outgoing referral details");
    if (field == "case.referredCaseWorker")
        return tr("Receiving case worker");
    return ErrorText::fieldName(field);
}

QString CaseText::problem(const Error& error) {
    if (error.code == ErrorCode::Validation) {
        const QString known = knownProblem(error);
        if (!known.isEmpty())
            return known;
    }
    return ErrorText::message(error.code);
}

bool CaseText::knowsReason(const Error& error) {
    return error.code == ErrorCode::Validation && !knownProblem(error).isEmpty();
}

}  // namespace lintas::ui

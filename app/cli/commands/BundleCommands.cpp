#include "Cli.h"
#include "CliError.h"
#include "CommandSupport.h"
#include "ExchangeSupport.h"
#include "Output.h"
#include "commands/Commands.h"
#include "lintas/exchange/BundleService.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <sstream>

namespace lintas::cli::commands {
namespace {

using exchange::BundleParty;
using exchange::ExchangeLogEntry;
using exchange::ExportPreview;
using exchange::ImportConflict;
using exchange::ImportCounts;
using exchange::ImportItem;
using exchange::ReceiptInfo;
using exchange::VerifiedBundle;

constexpr std::string_view kExportHelp =
    R"~(Usage: lintas-cli bundle export --db PATH --to CODE --to-country ISO3 --purpose PURPOSE
                         --tlp LABEL --handling CODE [--profile full|pseudonymised|statistics]
                         (--case CASE ... | --cases-file FILE) [--if-no-consent pseudonymise|refuse]
                         [--encrypt] (--preview | --out FILE [--passphrase-fd N]) [--json]

Export cases to a partner agency as one signed bundle (docs/bundle-format.md), signed with your
agency's identity. The partner must have a trusted certificate in the trust store: bundles go
to known partners only, and the manifest names that certificate.

The core decides what may leave, for the command line and the application alike: a victim goes
identifiable only with a consent in force that names this recipient (or its country), this
purpose and this case; otherwise the victim is pseudonymised, or with --if-no-consent refuse the
export is refused. A case marked H3 never leaves; records of a third agency need its recorded
permission; the bundle's TLP and handling code may not be weaker than any case in it; an export
whose strictest handling code is H2 or whose TLP is RED needs a supervisor's approval of exactly
this request ('bundle approve', by another user than you). Anything that blocks the export is
printed on stderr, one line each, and nothing is written (exit 1).

--preview shows exactly what would leave (each case's records, the decision and reason for each
victim, what is withheld and what blocks) and writes nothing; it needs no passphrase. Without
it the bundle is written to a new file (never over an existing one) and the command prints its
path, SHA-256, sequence number and counts. The passphrase unlocks your signing key: give it
with --passphrase-fd N, or type it at the prompt on a terminal.

Options:
  --db PATH                the database
  --to CODE                the partner agency's code (e.g. TATIP)
  --to-country ISO3        the partner agency's country (e.g. THA)
  --purpose PURPOSE        Investigation, Prosecution, VictimSupport, Repatriation, Statistics
                           or Research ('lintas-cli vocab consent-purpose')
  --tlp LABEL              CLEAR, GREEN, AMBER, AMBER+STRICT or RED
  --handling CODE          H0-H3
  --profile PROFILE        full (default), pseudonymised (every victim as a code) or statistics
                           (counts only, small counts suppressed)
  --case CASE              a case to send, by reference or UUID (repeatable)
  --cases-file FILE        cases to send, one reference or UUID per line ('#' starts a comment)
  --if-no-consent WHAT     pseudonymise (default) or refuse the export
  --encrypt                also encrypt the bundle to the partner's certificate (.lintas.p7m)
  --preview                show what would leave and write nothing
  --out FILE               the bundle file to write (.lintas added when missing)
  --passphrase-fd N        read the passphrase of your signing key from file descriptor N
  --json                   print the preview or the result as JSON
  --help                   show this help

Example:
  lintas-cli bundle export --db idn.lintas --to TATIP --to-country THA --purpose Investigation \
      --tlp AMBER --handling H2 --case IDN-BARESKRIM-2026-000001 --preview
  lintas-cli bundle export --db idn.lintas --to TATIP --to-country THA --purpose Investigation \
      --tlp AMBER --handling H2 --case IDN-BARESKRIM-2026-000001 --out to-tatip.lintas \
      --passphrase-fd 3 3< passphrase.txt
)~";

constexpr std::string_view kApproveHelp =
    R"~(Usage: lintas-cli bundle approve --db PATH --user NAME (--case CASE ... | --cases CASE,CASE
                          | --cases-file FILE) --to FINGERPRINT [--profile full|pseudonymised|statistics]
                          --tlp LABEL --handling CODE [--note TEXT] [--json]
       lintas-cli bundle approve ... --to CODE --to-country ISO3 ...

A supervisor approves one export. An export whose strictest handling code is H2 (a case, a
record received from a third agency, or the bundle's own marking) or whose TLP is RED leaves only
with a supervisor's approval of exactly that request: the same cases (in any order), the same
recipient certificate, profile, TLP and handling code. The approval is used up by the export it
allows, and it must come from another user than the one who exports (nobody approves their own
export). H3 never leaves, approved or not.

'bundle export --preview' prints the request digest an approval must match, and the command
that approves it. The approval, who gave it and its digest go into the audit log; the note does
not (it stays with the approval: 'bundle approvals').

Options:
  --db PATH              the database
  --user NAME            a user with the supervisor role (password from --password-fd or the prompt)
  --case CASE            a case of the export, by reference or UUID (repeatable)
  --cases LIST           the cases, comma-separated
  --cases-file FILE      the cases, one reference or UUID per line ('#' starts a comment)
  --to FINGERPRINT       the recipient's certificate (SHA-256 fingerprint, as 'trust list' shows it)
  --to CODE --to-country ISO3
                         or the recipient agency, as for 'bundle export' (its newest trusted
                         certificate)
  --profile PROFILE      full (default), pseudonymised or statistics
  --tlp LABEL            CLEAR, GREEN, AMBER, AMBER+STRICT or RED
  --handling CODE        H0-H3
  --note TEXT            why it may go (kept with the approval, shown to the exporter)
  --json                 print {"approvalId", "requestDigest", "cases", "recipient", "profile",
                         "tlp", "handlingCode", "note"}
  --help                 show this help

Example:
  lintas-cli bundle approve --db idn.lintas --user sup.rina --case IDN-BARESKRIM-2026-000001 \
      --to TATIP --to-country THA --tlp RED --handling H2 --note "Joint operation, file 12/2026"
)~";

constexpr std::string_view kApprovalsHelp =
    R"~(Usage: lintas-cli bundle approvals --db PATH --user NAME [--pending] [--json]

Supervisors' approvals of exports, newest first: who approved which request (by digest) and
when, the note, and when an export used it. --pending shows only those not used yet.

Options:
  --db PATH     the database
  --user NAME   a user who may read the exchange records (liaison officer or supervisor)
  --pending     only approvals no export has used yet
  --json        print {"approvals": [{"id", "requestDigest", "approvedBy", "approvedByUuid",
                "approvedAt", "note", "usedAt", "pending"}]}
  --help        show this help
)~";

constexpr std::string_view kVerifyHelp =
    R"~(Usage: lintas-cli bundle verify --db PATH FILE [--passphrase-fd N] [--json]

Check a bundle received from a partner agency, writing nothing to the cases: the signature
against the certificate pinned in your trust store for the agency that claims to have sent it
(never a certificate inside the bundle), the archive's safety, the manifest, that the bundle is
addressed to your agency, that it is newer than the last one imported from that sender, and
the size and SHA-256 of every entry.

VERIFIED prints the sender, the fingerprint of the certificate that verified it (compare it with
the one you confirmed with the partner), the manifest and the number of entries. A bundle that
fails any check is REJECTED: the reason goes to stderr, the rejection is recorded in the
exchange log ('lintas-cli bundle log'), and the exit status is 3.

An encrypted bundle (.lintas.p7m) is decrypted with your agency's key first: the passphrase is
read from --passphrase-fd N, or typed at the prompt on a terminal.

Options:
  --db PATH            the database
  --passphrase-fd N    read the passphrase of your key from file descriptor N (encrypted bundles)
  --json               print {"verdict", "file", "fileSha256", "encrypted", "signer", "manifest",
                       "entries"} (or {"verdict": "rejected", "reason", …}) as JSON
  --help               show this help

Example:
  lintas-cli bundle verify --db tha.lintas from-bareskrim.lintas
)~";

constexpr std::string_view kImportHelp =
    R"~(Usage: lintas-cli bundle import --db PATH FILE [--dry-run] [--source-grade A|B|C|X]
                         [--info-grade 1-4] [--link PARTNER_CASE_UUID=CASE ...]
                         [--passphrase-fd N] [--json]

Import a bundle from a partner agency. It is verified first, exactly as 'bundle verify' does; a
bundle that fails is REJECTED (reason on stderr, recorded in the exchange log, exit status 3)
and nothing is written.

--dry-run prints what the import would do to every record - new, update, unchanged or conflict
(with the fields edited on both sides, or why a record is refused) - with the counts, and writes
nothing. Without it the whole bundle is applied in one transaction: received records keep the
partner's UUIDs and origin and record where they came from; a field changed both here and by
the partner keeps your value and becomes a conflict to resolve with 'bundle resolve'. A bundle
already imported, or older than the last one from that sender, is refused.

Options:
  --db PATH             the database
  --dry-run             show what the import would do and write nothing
  --source-grade G      reliability of the source (4x4): A, B, C or X (default X)
  --info-grade N        credibility of the information (4x4): 1-4 (default 4)
  --link P=CASE         link the partner's case P (UUID in the bundle) to your case CASE
                        (reference or UUID); repeatable
  --passphrase-fd N     read the passphrase of your key from file descriptor N (encrypted bundles)
  --json                print the preview or the result as JSON
  --help                show this help

Example:
  lintas-cli bundle import --db tha.lintas from-bareskrim.lintas --dry-run
  lintas-cli bundle import --db tha.lintas from-bareskrim.lintas --source-grade B --info-grade 2
)~";

constexpr std::string_view kReceiptHelp =
    R"~(Usage: lintas-cli bundle receipt --db PATH (--bundle UUID | --file FILE)
                          (--accept | --reject [--reason TEXT]) --out FILE
                          [--passphrase-fd N] [--json]

Write a signed receipt for a received bundle, to send back to its sender: accepted (the bundle
was imported) or rejected, with the reason. The receipt is signed with your agency's key and
verifiable without Lintas (docs/bundle-import.md, "Receipts").

Name the bundle by its UUID, or, for a bundle rejected before its manifest could be trusted, by
the file you received (found in the exchange log by its SHA-256). Only an imported bundle can be
accepted. Without --reason, a rejection gives the reason recorded when the bundle was rejected.

Options:
  --db PATH            the database
  --bundle UUID        the bundle's UUID
  --file FILE          the bundle file as received
  --accept             the bundle was imported
  --reject             the bundle was refused
  --reason TEXT        why it was refused (no personal data)
  --out FILE           the receipt to write (.lintas-receipt added when missing)
  --passphrase-fd N    read the passphrase of your signing key from file descriptor N
  --json               print the receipt as JSON
  --help               show this help

Example:
  lintas-cli bundle receipt --db tha.lintas --bundle 6f1c0d7e-2b9a-4c44-9a55-0f3a1e7b2d10 --accept \
      --out to-bareskrim.lintas-receipt
)~";

constexpr std::string_view kReceiptVerifyHelp =
    R"~(Usage: lintas-cli bundle receipt-verify --db PATH FILE [--json]

Check a receipt a partner sent back: its signature against the certificate pinned for the
issuing agency, and which bundle you sent it answers. Writes nothing. A receipt that fails is
REJECTED with the reason on stderr (exit status 3).

Example:
  lintas-cli bundle receipt-verify --db idn.lintas from-tatip.lintas-receipt
)~";

constexpr std::string_view kLogHelp =
    R"~(Usage: lintas-cli bundle log --db PATH [--direction sent|received] [--json]

The exchange log: every bundle sent, imported or rejected, newest first, with the partner, the
sequence number, the verdict and, for a rejection, the reason.
)~";

constexpr std::string_view kConflictsHelp =
    R"~(Usage: lintas-cli bundle conflicts --db PATH [--all] [--json]

Fields that a partner's bundle changed while they had been edited here too: the record, the
field, our value and theirs. Only the open ones unless --all. Resolve each with 'bundle resolve'.
)~";

constexpr std::string_view kResolveHelp =
    R"~(Usage: lintas-cli bundle resolve --db PATH --conflict ID (--keep-ours | --take-theirs) [--json]

Resolve one import conflict (ID as 'bundle conflicts' shows it): keep our value, or take the
partner's (an ordinary update of the record). A resolved conflict cannot be resolved again.

Example:
  lintas-cli bundle resolve --db tha.lintas --conflict 3 --take-theirs
)~";

// ---- small helpers -------------------------------------------------------------------------

std::string agencyText(const BundleParty& party) { return party.country + "/" + party.code; }

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

Poco::JSON::Object::Ptr partyJson(const BundleParty& party) {
    auto o = jsonObject();
    o->set("code", party.code);
    o->set("country", party.country);
    o->set("fingerprint", party.fingerprint);
    return o;
}

/// Unlocks the local identity with a passphrase read from --passphrase-fd or the terminal.
exchange::Identity unlockIdentity(Workspace& ws, const Args& args, std::ostream& err) {
    const Passphrase passphrase =
        readPassphrase(args, "passphrase-fd", "Passphrase of your agency's key: ", Confirm::Once, err);
    return unwrap(ws.trust.unlock(passphrase.text()));
}

/// Prints REJECTED with the reason on stderr (and the verdict as JSON on stdout with --json);
/// returns the exit status of a rejected bundle or receipt.
int reportRejected(const Invocation& inv, const Args& args, const std::string& file, const Error& why) {
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("verdict", "rejected");
        o->set("file", file);
        o->set("errorCode", errorCodeName(why.code));
        o->set("field", why.field);
        o->set("detail", why.detail);
        o->set("reason", describeError(why));
        printJson(inv.out, o);
    }
    inv.err << "REJECTED: " << file << ": " << describeError(why) << '\n';
    return kExitRejected;
}

/// Verifies `file`. An encrypted bundle is decrypted with the local key, unlocked only then (or
/// at once when --passphrase-fd is given). A bundle that fails is recorded in the exchange log
/// (core's logRejected decides which failures are verdicts on the bundle).
std::optional<VerifiedBundle> verifyBundle(Workspace& ws, const Args& args, const std::string& file,
                                           std::ostream& err, Error& why) {
    std::optional<exchange::Identity> key;
    if (args.has("passphrase-fd"))
        key = unlockIdentity(ws, args, err);
    auto verified = ws.bundles.verify(file, key ? &*key : nullptr);
    if (!verified && !key && exchange::BundleService::needsRecipientKey(verified.error())) {
        key = unlockIdentity(ws, args, err);
        verified = ws.bundles.verify(file, &*key);
    }
    if (verified)
        return std::move(*verified);
    why = verified.error();
    if (why.code == ErrorCode::Io)
        throw CommandError(file, errorPhrase(why.code));
    unwrap(ws.bundles.logRejected(file, why));
    return std::nullopt;
}

// ---- export --------------------------------------------------------------------------------

std::vector<std::string> casesFromFile(const std::string& path) {
    std::istringstream lines(readInputFile(path));
    std::vector<std::string> keys;
    for (std::string line; std::getline(lines, line);) {
        if (const auto hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos)
            continue;
        const auto last = line.find_last_not_of(" \t\r");
        keys.push_back(line.substr(first, last - first + 1));
    }
    if (keys.empty())
        throw CommandError(path, "names no case");
    return keys;
}

/// The cases named by --case (repeatable), --cases (comma-separated, approve only) or --cases-file.
std::vector<exchange::CaseSelection> casesArg(Workspace& ws, const Args& args) {
    std::vector<std::string> keys = args.values("case");
    for (const auto& list : args.has("cases") ? args.values("cases") : std::vector<std::string>{}) {
        std::size_t start = 0;
        while (start <= list.size()) {
            const std::size_t comma = std::min(list.find(',', start), list.size());
            std::string key = list.substr(start, comma - start);
            const auto first = key.find_first_not_of(" \t");
            if (first != std::string::npos)
                keys.push_back(key.substr(first, key.find_last_not_of(" \t") - first + 1));
            start = comma + 1;
        }
    }
    if (const auto file = args.value("cases-file")) {
        if (!keys.empty())
            throw UsageError("give either --case or --cases-file, not both");
        keys = casesFromFile(*file);
    }
    if (keys.empty())
        throw UsageError("missing --case CASE or --cases-file FILE");
    std::vector<exchange::CaseSelection> cases;
    for (const auto& key : keys) {
        exchange::CaseSelection selection; // every part of the case
        selection.caseUuid = findCase(ws, key).meta.uuid;
        cases.push_back(std::move(selection));
    }
    return cases;
}

/// True for a SHA-256 fingerprint as printed by 'trust list', openssl or sha256sum.
bool looksLikeFingerprint(const std::string& text) {
    std::size_t digits = 0;
    for (char c : text) {
        if (c == ':')
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
        ++digits;
    }
    return digits == 64;
}

exchange::BundleProfile profileArg(const Args& args) {
    const auto profile = args.value("profile");
    if (!profile)
        return exchange::BundleProfile::Full;
    const auto parsed = exchange::parseProfile(*profile);
    if (!parsed)
        throw UsageError("--profile must be full, pseudonymised or statistics, not '" + *profile + "'");
    return *parsed;
}

/// The request a supervisor approves: the cases, the recipient (by fingerprint, or agency code
/// and country), the profile and the markings.
exchange::ExportRequest approvalRequest(Workspace& ws, const Args& args) {
    exchange::ExportRequest request;
    request.cases = casesArg(ws, args);
    const std::string to = args.required("to");
    if (looksLikeFingerprint(to)) {
        if (args.has("to-country"))
            throw UsageError("--to names a certificate fingerprint: leave out --to-country");
        request.recipientFingerprint = to;
    } else {
        request.recipientCode = upperAscii(to);
        request.recipientCountry = countryArg("to-country", args.required("to-country"));
    }
    request.tlp = codeArg(vocab::List::Tlp, "tlp", args.required("tlp"));
    request.handlingCode = codeArg(vocab::List::HandlingCode, "handling", args.required("handling"));
    request.profile = profileArg(args);
    return request;
}

exchange::ExportRequest exportRequest(Workspace& ws, const Args& args) {
    exchange::ExportRequest request;
    request.cases = casesArg(ws, args);
    request.recipientCode = upperAscii(args.required("to"));
    request.recipientCountry = countryArg("to-country", args.required("to-country"));
    request.purpose = codeArg(vocab::List::ConsentPurpose, "purpose", args.required("purpose"));
    request.tlp = codeArg(vocab::List::Tlp, "tlp", args.required("tlp"));
    request.handlingCode = codeArg(vocab::List::HandlingCode, "handling", args.required("handling"));
    request.profile = profileArg(args);
    if (const auto fallback = args.value("if-no-consent")) {
        if (*fallback == "refuse")
            request.onMissingConsent = exchange::ConsentFallback::Refuse;
        else if (*fallback != "pseudonymise")
            throw UsageError("--if-no-consent must be pseudonymise or refuse, not '" + *fallback + "'");
    }
    request.encrypt = args.flag("encrypt");
    return request;
}

/// Records per kind, e.g. {"case": 1, "person": 3}, in the order they first appear.
std::vector<std::pair<std::string, std::size_t>> countByKind(const std::vector<exchange::PreviewItem>& items) {
    std::vector<std::pair<std::string, std::size_t>> counts;
    for (const auto& item : items) {
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == item.kind; });
        if (it == counts.end())
            counts.emplace_back(item.kind, 1);
        else
            ++it->second;
    }
    return counts;
}

std::string countsText(const std::vector<std::pair<std::string, std::size_t>>& counts) {
    std::vector<std::string> parts;
    for (const auto& [kind, n] : counts)
        parts.push_back(kind + " " + std::to_string(n));
    return parts.empty() ? std::string("nothing") : join(parts);
}

Poco::JSON::Object::Ptr blockerJson(const exchange::ExportBlocker& b) {
    auto o = jsonObject();
    o->set("reason", b.reason);
    o->set("kind", b.kind);
    o->set("uuid", b.uuid);
    o->set("caseUuid", b.caseUuid);
    o->set("caseReference", b.caseReference);
    o->set("detail", b.detail);
    return o;
}

Poco::JSON::Object::Ptr approvalJson(const exchange::ExportApproval& a) {
    auto o = jsonObject();
    o->set("id", a.id);
    o->set("requestDigest", a.requestDigest);
    o->set("approvedBy", a.approvedBy);
    o->set("approvedByUuid", a.approvedByUuid);
    o->set("approvedAt", a.approvedAt);
    o->set("note", a.note);
    o->set("usedAt", a.usedAt.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(a.usedAt));
    o->set("pending", a.pending());
    return o;
}

std::string approvalText(const exchange::ExportApproval& a) {
    std::string text = "approval " + std::to_string(a.id) + " by " +
                       (a.approvedBy.empty() ? std::string("a former user") : a.approvedBy) + " at " + a.approvedAt;
    if (!a.note.empty())
        text += ": " + ellipsize(oneLine(a.note), 80);
    return text;
}

Poco::JSON::Object::Ptr previewJson(const ExportPreview& p) {
    auto o = jsonObject();
    o->set("sender", partyJson(p.sender));
    o->set("recipient", partyJson(p.recipient));
    o->set("purpose", p.purpose);
    o->set("tlp", p.tlp);
    o->set("handlingCode", p.handlingCode);
    o->set("profile", exchange::profileName(p.profile));
    o->set("allowed", p.allowed());
    auto items = jsonArray();
    for (const auto& i : p.items) {
        auto item = jsonObject();
        item->set("kind", i.kind);
        item->set("uuid", i.uuid);
        item->set("caseUuid", i.caseUuid);
        item->set("label", i.label);
        item->set("pseudonymised", i.pseudonymised);
        item->set("size", i.size);
        items->add(item);
    }
    o->set("items", items);
    auto counts = jsonObject();
    for (const auto& [kind, n] : countByKind(p.items))
        counts->set(kind, n);
    o->set("counts", counts);
    auto victims = jsonArray();
    for (const auto& v : p.victims) {
        auto victim = jsonObject();
        victim->set("caseUuid", v.caseUuid);
        victim->set("caseReference", v.caseReference);
        victim->set("personUuid", v.personUuid);
        victim->set("decision", exchange::victimTreatmentName(v.treatment));
        victim->set("reason", v.reason);
        victim->set("consentUuid", v.consentUuid);
        victim->set("pseudonym", v.pseudonym);
        victims->add(victim);
    }
    o->set("victims", victims);
    auto blockers = jsonArray();
    for (const auto& b : p.blockers)
        blockers->add(blockerJson(b));
    o->set("blockers", blockers);
    auto withheld = jsonArray();
    for (const auto& w : p.withheld)
        withheld->add(blockerJson(w));
    o->set("withheld", withheld);
    o->set("attachmentBytes", p.attachmentBytes);
    o->set("strictestHandlingCode", p.strictestHandlingCode);
    o->set("needsApproval", p.needsApproval);
    o->set("requestDigest", p.requestDigest);
    o->set("approval", p.approval ? Poco::Dynamic::Var(approvalJson(*p.approval)) : Poco::Dynamic::Var());
    return o;
}

std::string blockerText(const exchange::ExportBlocker& b) {
    std::string text = b.reason + ": " + b.kind + " " + b.uuid;
    if (!b.caseReference.empty())
        text += " in case " + b.caseReference;
    if (!b.detail.empty())
        text += " (" + oneLine(b.detail) + ")";
    return text;
}

void printPreview(std::ostream& out, const ExportPreview& p, Workspace& ws) {
    out << "Export preview: " << agencyText(p.sender) << " -> " << agencyText(p.recipient) << '\n';
    Fields f;
    f.add("Profile", std::string(exchange::profileName(p.profile)));
    f.add("Purpose", p.purpose);
    f.add("TLP", "TLP:" + p.tlp);
    f.add("Handling", p.handlingCode);
    f.add("Recipient certificate", p.recipient.fingerprint);
    f.add("Records", countsText(countByKind(p.items)));
    f.add("Approval", !p.needsApproval ? std::string("not needed")
                      : p.approval     ? "needed (" + p.strictestHandlingCode + (p.tlp == "RED" ? ", TLP:RED" : "") +
                                         "), given: " + approvalText(*p.approval)
                                       : "needed (" + p.strictestHandlingCode + (p.tlp == "RED" ? ", TLP:RED" : "") +
                                         "), none yet; request digest " + p.requestDigest);
    f.print(out);

    Table records({"KIND", "UUID", "LABEL"});
    std::string currentCase;
    const auto flush = [&](const std::string& title) {
        if (records.empty())
            return;
        printHeading(out, title, records.size());
        records.print(out);
        records = Table({"KIND", "UUID", "LABEL"});
    };
    for (const auto& item : p.items) {
        if (item.caseUuid != currentCase) {
            flush(currentCase.empty() ? "Shared records" : "Case " + findCase(ws, currentCase).reference);
            currentCase = item.caseUuid;
        }
        std::string label = ellipsize(item.label, 50);
        if (item.pseudonymised)
            label += " (pseudonymised)";
        records.addRow({item.kind, item.uuid, label});
    }
    flush(currentCase.empty() ? "Shared records" : "Case " + findCase(ws, currentCase).reference);

    printHeading(out, "Victims", p.victims.size());
    if (!p.victims.empty()) {
        Table victims({"CASE", "PERSON UUID", "DECISION", "REASON", "PSEUDONYM"});
        for (const auto& v : p.victims)
            victims.addRow({v.caseReference, v.personUuid, exchange::victimTreatmentName(v.treatment), v.reason,
                            v.pseudonym});
        victims.print(out);
    }
    printHeading(out, "Withheld", p.withheld.size());
    for (const auto& w : p.withheld)
        out << "  " << blockerText(w) << '\n';
    printHeading(out, "Blockers", p.blockers.size());
    for (const auto& b : p.blockers)
        out << "  " << blockerText(b) << '\n';
}

/// Prints every blocker on stderr; exit status 1. For a missing approval, also the command a
/// supervisor runs to approve exactly this request.
int reportBlockers(const Invocation& inv, const ExportPreview& p, const exchange::ExportRequest& request,
                   Workspace& ws, const Args& args) {
    for (const auto& b : p.blockers)
        inv.err << "lintas-cli: error: export blocked: " << blockerText(b) << '\n';
    if (std::any_of(p.blockers.begin(), p.blockers.end(), [](const auto& b) { return b.reason == "needs-approval"; })) {
        std::string cases;
        for (const auto& c : request.cases)
            cases += (cases.empty() ? "" : ",") + findCase(ws, c.caseUuid).reference;
        inv.err << "lintas-cli: a supervisor (another user than you) approves it with:\n  lintas-cli bundle approve --db "
                << args.required("db") << " --user SUPERVISOR --cases " << cases << " --to " << p.recipient.fingerprint
                << " --profile " << exchange::profileName(p.profile) << " --tlp " << p.tlp << " --handling "
                << p.handlingCode << " --note TEXT\n";
    }
    inv.err << "lintas-cli: error: the export is refused (" << plural(p.blockers.size(), "blocker", "blockers")
            << "); nothing was written\n";
    return kExitFailure;
}

int exportBundle(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,
                                         kJsonOption,
                                         OptionSpec{"to"},
                                         OptionSpec{"to-country"},
                                         OptionSpec{"purpose"},
                                         OptionSpec{"tlp"},
                                         OptionSpec{"handling"},
                                         OptionSpec{"profile"},
                                         OptionSpec{"case", OptionSpec::Kind::Multi},
                                         OptionSpec{"cases-file"},
                                         OptionSpec{"if-no-consent"},
                                         OptionSpec{"encrypt", OptionSpec::Kind::Flag},
                                         OptionSpec{"preview", OptionSpec::Kind::Flag},
                                         OptionSpec{"out"},
                                         OptionSpec{"passphrase-fd"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const bool preview = args.flag("preview");
    if (preview == args.has("out"))
        throw UsageError(preview ? "--preview writes nothing: leave out --out" : "missing --out FILE (or --preview)");
    auto ws = openWorkspace(args);
    const auto request = exportRequest(*ws, args);
    const ExportPreview previewed = unwrap(ws->bundles.previewExport(request));
    if (preview) {
        if (args.flag("json"))
            printJson(inv.out, previewJson(previewed));
        else {
            printPreview(inv.out, previewed, *ws);
            inv.out << "\nPreview only: nothing was written.\n";
        }
        return previewed.allowed() ? kExitOk : reportBlockers(inv, previewed, request, *ws, args);
    }
    if (!previewed.allowed())
        return reportBlockers(inv, previewed, request, *ws, args);
    const exchange::Identity signer = unlockIdentity(*ws, args, inv.err);
    const auto result = unwrap(ws->bundles.exportBundle(request, signer, *args.value("out")));
    const auto counts = countByKind(result.preview.items);
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("file", result.path);
        o->set("fileSha256", result.fileSha256);
        o->set("fileSize", result.fileSize);
        o->set("bundleUuid", result.manifest.bundleUuid);
        o->set("sequence", result.manifest.sequence);
        o->set("encrypted", request.encrypt);
        o->set("approvalId", result.approvalId);
        o->set("preview", previewJson(result.preview));
        printJson(inv.out, o);
        return kExitOk;
    }
    inv.out << "Exported bundle " << result.manifest.sequence << " to " << agencyText(result.manifest.recipient) << ": "
            << result.path << '\n';
    Fields f;
    f.add("Bundle", result.manifest.bundleUuid);
    f.add("Sequence", std::to_string(result.manifest.sequence));
    f.add("SHA-256", result.fileSha256);
    f.add("Size", plural(result.fileSize, "byte", "bytes"));
    f.add("Encrypted", std::string(request.encrypt ? "yes, to the recipient's certificate" : "no"));
    f.add("Profile", std::string(exchange::profileName(result.manifest.profile)));
    f.add("Markings", "TLP:" + result.manifest.tlp + ", " + result.manifest.handlingCode + ", purpose " +
                          result.manifest.purpose);
    f.add("Records", countsText(counts));
    if (result.preview.approval)
        f.add("Approved", approvalText(*result.preview.approval));
    std::map<std::string, std::size_t> decisions;
    for (const auto& v : result.preview.victims)
        ++decisions[exchange::victimTreatmentName(v.treatment)];
    std::vector<std::string> decisionParts;
    for (const auto& [decision, n] : decisions)
        decisionParts.push_back(std::to_string(n) + " " + decision);
    f.add("Victims", decisionParts.empty() ? std::string("none") : join(decisionParts));
    f.print(inv.out);
    inv.out << "Send the file to " << agencyText(result.manifest.recipient)
            << "; they check it with 'lintas-cli bundle verify' or openssl (docs/bundle-format.md).\n";
    return kExitOk;
}

// ---- approvals -----------------------------------------------------------------------------

int approve(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,
                                         kJsonOption,
                                         OptionSpec{"to"},
                                         OptionSpec{"to-country"},
                                         OptionSpec{"tlp"},
                                         OptionSpec{"handling"},
                                         OptionSpec{"profile"},
                                         OptionSpec{"case", OptionSpec::Kind::Multi},
                                         OptionSpec{"cases", OptionSpec::Kind::Multi},
                                         OptionSpec{"cases-file"},
                                         OptionSpec{"note"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const auto request = approvalRequest(*ws, args);
    const std::string note = args.value("note").value_or("");
    const std::int64_t id = unwrap(ws->bundles.approveExport(request, note));
    const std::string digest = unwrap(ws->bundles.requestDigest(request));
    const auto all = unwrap(ws->bundles.approvals(false));
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& a) { return a.id == id; });
    // The recipient certificate the approval names: the one given, or the agency's newest trusted
    // one (the rule the export applies).
    const exchange::PartnerCertificate recipient = [&]() {
        if (!request.recipientFingerprint.empty())
            return unwrap(ws->trust.byFingerprint(request.recipientFingerprint));
        std::optional<exchange::PartnerCertificate> newest;
        for (auto& c : unwrap(ws->trust.forAgency(request.recipientCode, request.recipientCountry)))
            if (c.state == exchange::TrustState::Trusted &&
                (!newest || c.addedAt > newest->addedAt || (c.addedAt == newest->addedAt && c.id > newest->id)))
                newest = std::move(c);
        if (!newest)
            throw CommandError("--to", "no trusted certificate for the recipient agency");
        return *newest;
    }();
    std::vector<std::string> references;
    for (const auto& c : request.cases)
        references.push_back(findCase(*ws, c.caseUuid).reference);
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("approvalId", id);
        o->set("requestDigest", digest);
        auto cases = jsonArray();
        for (std::size_t i = 0; i < request.cases.size(); ++i) {
            auto c = jsonObject();
            c->set("uuid", request.cases[i].caseUuid);
            c->set("reference", references[i]);
            cases->add(c);
        }
        o->set("cases", cases);
        o->set("recipient", partyJson(BundleParty{recipient.agencyCode, recipient.country, recipient.fingerprint}));
        o->set("profile", exchange::profileName(request.profile));
        o->set("tlp", request.tlp);
        o->set("handlingCode", request.handlingCode);
        o->set("note", note);
        o->set("approvedAt", it != all.end() ? it->approvedAt : std::string());
        printJson(inv.out, o);
        return kExitOk;
    }
    inv.out << "Approved export request " << digest << " (approval " << id << ")\n";
    Fields f;
    f.add("Cases", join(references));
    f.add("Recipient", recipient.country + "/" + recipient.agencyCode + ", certificate " + recipient.fingerprint);
    f.add("Profile", std::string(exchange::profileName(request.profile)));
    f.add("Markings", "TLP:" + request.tlp + ", " + request.handlingCode);
    f.add("Note", oneLine(note));
    f.print(inv.out);
    inv.out << "The export of exactly this request may now go once, by another user than you.\n";
    return kExitOk;
}

int approvals(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"pending", OptionSpec::Kind::Flag}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const auto list = unwrap(ws->bundles.approvals(args.flag("pending")));
    if (args.flag("json")) {
        auto arr = jsonArray();
        for (const auto& a : list)
            arr->add(approvalJson(a));
        auto o = jsonObject();
        o->set("approvals", arr);
        printJson(inv.out, o);
        return kExitOk;
    }
    if (list.empty()) {
        inv.out << (args.flag("pending") ? "No pending export approvals.\n" : "No export approvals.\n");
        return kExitOk;
    }
    Table t({"ID", "APPROVED AT", "BY", "STATUS", "REQUEST DIGEST", "NOTE"});
    for (const auto& a : list)
        t.addRow({std::to_string(a.id), a.approvedAt, a.approvedBy.empty() ? std::string("?") : a.approvedBy,
                  a.pending() ? std::string("pending") : "used " + a.usedAt, a.requestDigest,
                  ellipsize(oneLine(a.note), 50)});
    t.print(inv.out);
    inv.out << plural(list.size(), "approval", "approvals") << '\n';
    return kExitOk;
}

// ---- verify --------------------------------------------------------------------------------

Poco::JSON::Object::Ptr verifiedJson(VerifiedBundle& bundle, const std::string& file) {
    const auto& m = bundle.manifest();
    auto o = jsonObject();
    o->set("verdict", "verified");
    o->set("file", file);
    o->set("fileSha256", bundle.fileSha256());
    o->set("encrypted", bundle.wasEncrypted());
    auto signer = jsonObject();
    signer->set("agencyCode", bundle.signer().agencyCode);
    signer->set("country", bundle.signer().country);
    signer->set("agencyName", bundle.signer().agencyName);
    signer->set("fingerprint", bundle.signerFingerprint());
    o->set("signer", signer);
    auto manifest = jsonObject();
    manifest->set("bundleUuid", m.bundleUuid);
    manifest->set("sequence", m.sequence);
    manifest->set("createdAt", m.createdAt);
    manifest->set("sender", partyJson(m.sender));
    manifest->set("recipient", partyJson(m.recipient));
    manifest->set("purpose", m.purpose);
    manifest->set("tlp", m.tlp);
    manifest->set("handlingCode", m.handlingCode);
    manifest->set("profile", exchange::profileName(m.profile));
    manifest->set("generator", m.generator);
    o->set("manifest", manifest);
    auto entries = jsonObject();
    entries->set("total", m.entries.size());
    entries->set("cases", bundle.caseUuids().size());
    entries->set("organisations", bundle.organisationUuids().size());
    entries->set("attachments", bundle.attachmentEntries().size());
    o->set("entries", entries);
    return o;
}

void printVerified(std::ostream& out, VerifiedBundle& bundle) {
    const auto& m = bundle.manifest();
    const auto& signer = bundle.signer();
    out << "VERIFIED: signed by " << signer.country << "/" << signer.agencyCode << " - " << oneLine(signer.agencyName)
        << '\n'
        << "Signer certificate SHA-256 fingerprint (as pinned in your trust store):\n";
    printFingerprint(out, bundle.signerFingerprint());
    out << '\n';
    Fields f;
    f.add("Bundle", m.bundleUuid);
    f.add("Sequence", std::to_string(m.sequence));
    f.add("Created", m.createdAt);
    f.add("Sender", agencyText(m.sender));
    f.add("Recipient", agencyText(m.recipient));
    f.add("Purpose", m.purpose);
    f.add("TLP", "TLP:" + m.tlp);
    f.add("Handling", m.handlingCode);
    f.add("Profile", std::string(exchange::profileName(m.profile)));
    f.add("Generator", oneLine(m.generator));
    f.add("File SHA-256", bundle.fileSha256());
    f.add("Encrypted", std::string(bundle.wasEncrypted() ? "yes" : "no"));
    f.add("Entries", plural(bundle.caseUuids().size(), "case", "cases") + ", " +
                         plural(bundle.organisationUuids().size(), "organisation", "organisations") + ", " +
                         plural(bundle.attachmentEntries().size(), "attachment", "attachments") + " (" +
                         std::to_string(m.entries.size()) + " in all)");
    f.print(out);
}

int verify(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"passphrase-fd"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "FILE");
    const std::string file = args.positionals().front();
    auto ws = openWorkspace(args);
    Error why;
    auto bundle = verifyBundle(*ws, args, file, inv.err, why);
    if (!bundle)
        return reportRejected(inv, args, file, why);
    if (args.flag("json"))
        printJson(inv.out, verifiedJson(*bundle, file));
    else
        printVerified(inv.out, *bundle);
    return kExitOk;
}

// ---- import --------------------------------------------------------------------------------

Poco::JSON::Object::Ptr countsJson(const ImportCounts& c) {
    auto o = jsonObject();
    o->set("new", c.added);
    o->set("update", c.updated);
    o->set("unchanged", c.unchanged);
    o->set("conflict", c.conflicts);
    o->set("refused", c.refused);
    o->set("conflictFields", c.conflictFields);
    o->set("attachmentBytes", c.attachmentBytes);
    return o;
}

Poco::JSON::Array::Ptr itemsJson(const std::vector<ImportItem>& items) {
    auto arr = jsonArray();
    for (const auto& i : items) {
        auto o = jsonObject();
        o->set("action", exchange::importActionName(i.action));
        o->set("kind", i.kind);
        o->set("uuid", i.uuid);
        o->set("caseUuid", i.caseUuid);
        o->set("label", i.label);
        o->set("conflictingFields", jsonStrings(i.conflictingFields));
        o->set("refusal", i.refusal);
        o->set("pseudonymised", i.pseudonymised);
        arr->add(o);
    }
    return arr;
}

std::string countsLine(const ImportCounts& c) {
    return std::to_string(c.added) + " new, " + std::to_string(c.updated) + " updated, " +
           std::to_string(c.unchanged) + " unchanged, " + plural(static_cast<std::size_t>(c.conflicts), "conflict", "conflicts") +
           (c.refused > 0 ? " (" + std::to_string(c.refused) + " refused)" : std::string());
}

void printItems(std::ostream& out, const std::vector<ImportItem>& items) {
    Table t({"ACTION", "KIND", "UUID", "LABEL", "DETAIL"});
    for (const auto& i : items) {
        std::string detail = i.refusal.empty() ? join(i.conflictingFields) : "refused: " + i.refusal;
        std::string label = ellipsize(i.label, 40);
        if (i.pseudonymised)
            label += " (pseudonymised)";
        t.addRow({exchange::importActionName(i.action), i.kind, i.uuid, label, detail});
    }
    t.print(out);
}

std::map<std::string, std::string> caseLinksArg(Workspace& ws, const Args& args) {
    std::map<std::string, std::string> links;
    for (const auto& link : args.values("link")) {
        const auto eq = link.find('=');
        if (eq == std::string::npos)
            throw UsageError("--link needs PARTNER_CASE_UUID=CASE, not '" + link + "'");
        links[uuidArg("link", link.substr(0, eq))] = findCase(ws, link.substr(eq + 1)).meta.uuid;
    }
    return links;
}

int import(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,
                                         kJsonOption,
                                         OptionSpec{"dry-run", OptionSpec::Kind::Flag},
                                         OptionSpec{"source-grade"},
                                         OptionSpec{"info-grade"},
                                         OptionSpec{"link", OptionSpec::Kind::Multi},
                                         OptionSpec{"passphrase-fd"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "FILE");
    const std::string file = args.positionals().front();
    auto ws = openWorkspace(args);
    exchange::ImportOptions options;
    if (const auto grade = args.value("source-grade"))
        options.sourceGrade = codeArg(vocab::List::SourceReliability, "source-grade", *grade);
    if (const auto grade = args.value("info-grade"))
        options.infoGrade = codeArg(vocab::List::InformationCredibility, "info-grade", *grade);
    options.caseLinks = caseLinksArg(*ws, args);

    Error why;
    auto bundle = verifyBundle(*ws, args, file, inv.err, why);
    if (!bundle)
        return reportRejected(inv, args, file, why);
    const auto& m = bundle->manifest();

    if (args.flag("dry-run")) {
        const auto preview = unwrap(ws->bundles.previewImport(*bundle));
        if (args.flag("json")) {
            auto o = verifiedJson(*bundle, file);
            o->set("dryRun", true);
            o->set("counts", countsJson(preview.counts));
            o->set("items", itemsJson(preview.items));
            printJson(inv.out, o);
            return kExitOk;
        }
        inv.out << "Import preview of bundle " << m.bundleUuid << " (sequence " << m.sequence << ") from "
                << agencyText(m.sender) << ", verified\n";
        if (preview.statistics) {
            const auto& s = *preview.statistics;
            const auto count = [](const std::optional<std::int64_t>& n) {
                return n ? std::to_string(*n) : std::string("suppressed");
            };
            inv.out << "Statistics: " << count(s.cases) << " cases, " << count(s.victims) << " victims, "
                    << count(s.suspects) << " suspects (counts below " << s.threshold << " suppressed)\n";
        } else {
            printItems(inv.out, preview.items);
        }
        inv.out << countsLine(preview.counts) << '\n' << "Dry run: nothing was written.\n";
        return kExitOk;
    }

    auto applied = ws->bundles.applyImport(*bundle, options);
    if (!applied) // the core has recorded the rejection in the exchange log
        return reportRejected(inv, args, file, applied.error());
    const auto& result = *applied;
    if (args.flag("json")) {
        auto o = verifiedJson(*bundle, file);
        o->set("dryRun", false);
        o->set("counts", countsJson(result.counts));
        o->set("items", itemsJson(result.items));
        auto ids = jsonArray();
        for (const auto id : result.conflictIds)
            ids->add(id);
        o->set("conflictIds", ids);
        o->set("logId", result.logId);
        printJson(inv.out, o);
        return kExitOk;
    }
    inv.out << "Imported bundle " << m.bundleUuid << " (sequence " << m.sequence << ") from " << agencyText(m.sender)
            << '\n'
            << countsLine(result.counts) << '\n';
    if (!result.conflictIds.empty()) {
        std::vector<std::string> ids;
        for (const auto id : result.conflictIds)
            ids.push_back(std::to_string(id));
        inv.out << "Conflicts to resolve: " << join(ids) << " (lintas-cli bundle conflicts --db "
                << args.required("db") << ")\n";
    }
    return kExitOk;
}

// ---- receipts ------------------------------------------------------------------------------

Poco::JSON::Object::Ptr receiptJson(const ReceiptInfo& r) {
    auto o = jsonObject();
    o->set("receiptUuid", r.receiptUuid);
    o->set("issuedAt", r.issuedAt);
    o->set("issuer", partyJson(r.issuer));
    auto bundle = jsonObject();
    bundle->set("uuid", r.bundleUuid);
    bundle->set("sequence", r.bundleSequence);
    bundle->set("sender", partyJson(r.bundleSender));
    bundle->set("fileSha256", r.bundleFileSha256);
    o->set("bundle", bundle);
    o->set("verdict", exchange::receiptVerdictName(r.verdict));
    o->set("reason", r.reason);
    o->set("summary", r.summary);
    o->set("file", r.path);
    o->set("sentLogId", r.sentLogId);
    return o;
}

int receipt(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,
                                         kJsonOption,
                                         OptionSpec{"bundle"},
                                         OptionSpec{"file"},
                                         OptionSpec{"accept", OptionSpec::Kind::Flag},
                                         OptionSpec{"reject", OptionSpec::Kind::Flag},
                                         OptionSpec{"reason"},
                                         OptionSpec{"out"},
                                         OptionSpec{"passphrase-fd"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    if (args.has("bundle") == args.has("file"))
        throw UsageError("name the bundle with exactly one of --bundle UUID and --file FILE");
    if (args.flag("accept") == args.flag("reject"))
        throw UsageError("give exactly one of --accept and --reject");
    if (args.flag("accept") && args.has("reason"))
        throw UsageError("--reason goes with --reject");
    const std::string out = args.required("out");
    exchange::ReceiptRequest request;
    if (const auto uuid = args.value("bundle"))
        request.bundleUuid = uuidArg("bundle", *uuid);
    if (const auto file = args.value("file")) {
        auto hash = exchange::sha256FileHex(*file);
        if (!hash)
            throw CommandError(*file, "cannot open the file");
        request.fileSha256 = *hash;
    }
    request.verdict = args.flag("accept") ? exchange::ReceiptVerdict::Accepted : exchange::ReceiptVerdict::Rejected;
    request.reason = args.value("reason").value_or("");
    auto ws = openWorkspace(args);
    const exchange::Identity signer = unlockIdentity(*ws, args, inv.err);
    const auto written = unwrap(ws->bundles.writeReceipt(request, signer, out));
    if (args.flag("json")) {
        printJson(inv.out, receiptJson(written));
        return kExitOk;
    }
    inv.out << "Wrote a signed receipt (" << exchange::receiptVerdictName(written.verdict) << ") to " << written.path
            << '\n';
    Fields f;
    f.add("Receipt", written.receiptUuid);
    f.add("Bundle", written.bundleUuid.empty() ? std::string("(unknown: rejected before its manifest was trusted)")
                                                : written.bundleUuid);
    f.add("Bundle SHA-256", written.bundleFileSha256);
    if (!written.bundleSender.code.empty())
        f.add("For", agencyText(written.bundleSender));
    f.add("Reason", oneLine(written.reason));
    f.print(inv.out);
    return kExitOk;
}

int receiptVerify(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "FILE");
    const std::string file = args.positionals().front();
    auto ws = openWorkspace(args);
    auto verified = ws->bundles.verifyReceipt(file);
    if (!verified) {
        if (verified.error().code == ErrorCode::Io)
            throw CommandError(file, errorPhrase(ErrorCode::Io));
        return reportRejected(inv, args, file, verified.error());
    }
    const ReceiptInfo& r = *verified;
    if (args.flag("json")) {
        auto o = receiptJson(r);
        o->set("verified", true);
        printJson(inv.out, o);
        return kExitOk;
    }
    inv.out << "VERIFIED: receipt signed by " << agencyText(r.issuer) << ": bundle "
            << exchange::receiptVerdictName(r.verdict) << '\n'
            << "Signer certificate SHA-256 fingerprint (as pinned in your trust store):\n";
    printFingerprint(inv.out, r.issuer.fingerprint);
    inv.out << '\n';
    Fields f;
    f.add("Receipt", r.receiptUuid);
    f.add("Issued", r.issuedAt);
    f.add("Bundle", r.bundleUuid);
    if (r.bundleSequence > 0)
        f.add("Sequence", std::to_string(r.bundleSequence));
    f.add("Bundle SHA-256", r.bundleFileSha256);
    f.add("Reason", oneLine(r.reason));
    f.add("Summary", r.summary == "{}" ? std::string() : oneLine(r.summary));
    f.add("Sent by us", r.sentLogId > 0 ? "yes (exchange log entry " + std::to_string(r.sentLogId) + ")"
                                        : std::string("no: no bundle with this file hash was sent to this agency"),
          true);
    f.print(inv.out);
    return kExitOk;
}

// ---- log and conflicts ---------------------------------------------------------------------

int exchangeLog(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"direction"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    exchange::ExchangeLogQuery query;
    if (const auto direction = args.value("direction")) {
        if (*direction != "sent" && *direction != "received")
            throw UsageError("--direction must be sent or received, not '" + *direction + "'");
        query.direction = *direction;
    }
    auto ws = openWorkspace(args);
    const auto entries = unwrap(ws->bundles.exchangeLog(query));
    if (args.flag("json")) {
        auto arr = jsonArray();
        for (const ExchangeLogEntry& e : entries) {
            auto o = jsonObject();
            o->set("id", e.id);
            o->set("at", e.at);
            o->set("direction", e.direction);
            o->set("verdict", e.verdict);
            o->set("bundleUuid", e.bundleUuid);
            o->set("sequence", e.sequence ? Poco::Dynamic::Var(*e.sequence) : Poco::Dynamic::Var());
            o->set("peerCode", e.peerCode);
            o->set("peerCountry", e.peerCountry);
            o->set("signerFingerprint", e.signerFingerprint);
            o->set("reason", e.reason);
            o->set("profile", e.profile);
            o->set("purpose", e.purpose);
            o->set("tlp", e.tlp);
            o->set("handlingCode", e.handlingCode);
            o->set("fileName", e.fileName);
            o->set("fileSha256", e.fileSha256);
            o->set("summary", e.summary);
            arr->add(o);
        }
        auto o = jsonObject();
        o->set("entries", arr);
        printJson(inv.out, o);
        return kExitOk;
    }
    if (entries.empty()) {
        inv.out << "No bundles sent or received yet.\n";
        return kExitOk;
    }
    Table t({"AT", "DIRECTION", "VERDICT", "PARTNER", "SEQ", "BUNDLE", "FILE", "REASON"});
    for (const auto& e : entries)
        t.addRow({e.at, e.direction, e.verdict, e.peerCode.empty() ? std::string("?") : e.peerCountry + "/" + e.peerCode,
                  e.sequence ? std::to_string(*e.sequence) : std::string(), e.bundleUuid, ellipsize(e.fileName, 40),
                  ellipsize(e.reason, 80)});
    t.print(inv.out);
    inv.out << plural(entries.size(), "entry", "entries") << '\n';
    return kExitOk;
}

Poco::JSON::Object::Ptr conflictJson(const ImportConflict& c) {
    auto o = jsonObject();
    o->set("id", c.id);
    o->set("state", exchange::conflictStateName(c.state));
    o->set("bundleUuid", c.bundleUuid);
    o->set("kind", c.kind);
    o->set("recordUuid", c.recordUuid);
    o->set("recordLabel", c.recordLabel);
    o->set("caseUuid", c.caseUuid);
    o->set("field", c.field);
    o->set("ours", c.ours);
    o->set("theirs", c.theirs);
    o->set("createdAt", c.createdAt);
    o->set("resolvedAt", c.resolvedAt);
    return o;
}

int conflicts(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"all", OptionSpec::Kind::Flag}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const auto list = unwrap(ws->bundles.conflicts(!args.flag("all")));
    if (args.flag("json")) {
        auto arr = jsonArray();
        for (const auto& c : list)
            arr->add(conflictJson(c));
        auto o = jsonObject();
        o->set("conflicts", arr);
        printJson(inv.out, o);
        return kExitOk;
    }
    if (list.empty()) {
        inv.out << (args.flag("all") ? "No import conflicts.\n" : "No open import conflicts.\n");
        return kExitOk;
    }
    Table t({"ID", "STATE", "KIND", "RECORD", "FIELD", "OURS", "THEIRS"});
    for (const auto& c : list)
        t.addRow({std::to_string(c.id), exchange::conflictStateName(c.state), c.kind, ellipsize(c.recordLabel, 30),
                  c.field, ellipsize(c.ours, 40), ellipsize(c.theirs, 40)});
    t.print(inv.out);
    inv.out << plural(list.size(), "conflict", "conflicts") << '\n';
    return kExitOk;
}

int resolve(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"conflict"},
                                         OptionSpec{"keep-ours", OptionSpec::Kind::Flag},
                                         OptionSpec{"take-theirs", OptionSpec::Kind::Flag}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const auto id = args.integer("conflict", 1, INT64_MAX);
    if (!id)
        throw UsageError("missing option --conflict");
    if (args.flag("keep-ours") == args.flag("take-theirs"))
        throw UsageError("give exactly one of --keep-ours and --take-theirs");
    const auto choice =
        args.flag("take-theirs") ? exchange::ConflictChoice::TakeTheirs : exchange::ConflictChoice::KeepOurs;
    auto ws = openWorkspace(args);
    if (const Status resolved = ws->bundles.resolveConflict(*id, choice); !resolved) {
        // The shared phrase of IllegalTransition speaks of referrals; say what it means here.
        if (resolved.error().code == ErrorCode::IllegalTransition)
            throw CommandError("--conflict", "already resolved");
        throw CommandError(resolved.error());
    }
    const auto all = unwrap(ws->bundles.conflicts(false));
    const auto it = std::find_if(all.begin(), all.end(), [&](const ImportConflict& c) { return c.id == *id; });
    if (it == all.end())
        throw CommandError("--conflict", "not found after resolving");
    if (args.flag("json")) {
        printJson(inv.out, conflictJson(*it));
        return kExitOk;
    }
    inv.out << "Conflict " << it->id << " resolved (" << exchange::conflictStateName(it->state) << "): " << it->kind
            << " " << oneLine(it->recordLabel) << ", field " << it->field << " = "
            << ellipsize(choice == exchange::ConflictChoice::TakeTheirs ? it->theirs : it->ours, 60) << '\n';
    return kExitOk;
}

} // namespace

const std::string_view kBundleHelp = R"~(Usage: lintas-cli bundle SUBCOMMAND --db PATH [OPTIONS]

Signed case bundles exchanged with partner agencies (docs/bundle-format.md): export cases to a
trusted partner, verify and import what a partner sent, answer with signed receipts, and resolve
fields edited on both sides.

Subcommands:
  export          Export cases as a signed bundle (--preview shows what would leave)
  verify          Check a received bundle: signature, trust, recipient, replay, hashes
  import          Verify and import a bundle (--dry-run shows what it would do)
  receipt         Write a signed receipt (accepted or rejected) for a received bundle
  receipt-verify  Check a receipt a partner sent back
  approve         A supervisor approves one export (H2 or TLP:RED exports need it)
  approvals       Supervisors' approvals of exports, pending and used
  log             The exchange log: bundles sent, imported and rejected
  conflicts       Fields changed both here and by a partner
  resolve         Keep ours or take theirs for one conflict

Exit status: 0 success, 1 failure (e.g. an export blocked by consent or handling codes),
2 wrong command line, 3 a bundle or receipt was REJECTED (the reason is on stderr).

Run 'lintas-cli bundle SUBCOMMAND --help' for the options of each.
)~";

int bundleGroup(Invocation& inv) {
    static const std::array<Command, 10> kSubcommands{{
        {"export", "Export a signed bundle", kExportHelp, exportBundle},
        {"approve", "Approve an export (supervisor)", kApproveHelp, approve},
        {"approvals", "Export approvals", kApprovalsHelp, approvals},
        {"verify", "Verify a received bundle", kVerifyHelp, verify},
        {"import", "Import a received bundle", kImportHelp, import},
        {"receipt", "Write a signed receipt", kReceiptHelp, receipt},
        {"receipt-verify", "Verify a receipt", kReceiptVerifyHelp, receiptVerify},
        {"log", "The exchange log", kLogHelp, exchangeLog},
        {"conflicts", "Import conflicts", kConflictsHelp, conflicts},
        {"resolve", "Resolve an import conflict", kResolveHelp, resolve},
    }};
    return runGroup(inv, kBundleHelp, kSubcommands);
}

} // namespace lintas::cli::commands

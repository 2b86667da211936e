#include "CliError.h"
#include "CommandSupport.h"
#include "ExchangeSupport.h"
#include "Output.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {
namespace {

using exchange::PartnerCertificate;
using exchange::TrustState;

constexpr std::string_view kAddHelp =
    R"~(Usage: lintas-cli trust add --db PATH --cert FILE --agency-code CODE --country ISO3
                       --agency-name NAME [--note TEXT] [--json]

Pin a partner agency's certificate (PEM or DER, as made by 'lintas-cli identity export-cert')
in the trust store. Bundles from that agency are verified against exactly this certificate:
trust is per partner, and no certificate authority is trusted for everyone.

The command prints the certificate's SHA-256 fingerprint. Before relying on it, confirm the
fingerprint with the partner by phone or in person: they read theirs from 'lintas-cli identity
show', you compare pair by pair. A file can be swapped on its way to you; a voice you know
cannot. If it does not match, revoke the entry at once.

Refused: a certificate that has expired, one whose keyUsage does not allow digitalSignature,
one whose country (C) is not the agency's country, your own agency, and a certificate already
in the store. The partner agency is recorded when it is new.

Options:
  --db PATH              the database
  --cert FILE            the partner's certificate, PEM or DER
  --agency-code CODE     the partner agency's code (e.g. TATIP)
  --country ISO3         the partner agency's country, ISO 3166-1 alpha-3 (e.g. THA)
  --agency-name NAME     the partner agency's name (used when the agency is new)
  --note TEXT            e.g. "fingerprint confirmed by phone with the duty officer"
  --json                 print the stored entry as JSON
  --help                 show this help

Example:
  lintas-cli trust add --db cases.lintas --cert THA-TATIP.pem --agency-code TATIP --country THA \
      --agency-name "Thailand anti-trafficking police (synthetic)"
)~";

constexpr std::string_view kListHelp = R"~(Usage: lintas-cli trust list --db PATH [--json]

List the partner certificates in the trust store, by country and agency: state (trusted or
revoked), expiry (expired ones are marked and no longer used) and SHA-256 fingerprint.
)~";

constexpr std::string_view kRevokeHelp =
    R"~(Usage: lintas-cli trust revoke --db PATH --fingerprint FP --reason TEXT [--json]

Stop trusting a partner certificate: bundles signed with it are refused from now on. The entry
stays listed, with the time and reason of the revocation. FP is the SHA-256 fingerprint as
'trust list' shows it; colons and letter case do not matter.

Options:
  --db PATH            the database
  --fingerprint FP     the certificate's SHA-256 fingerprint
  --reason TEXT        why (e.g. "key reported lost by the partner")
  --json               print the revoked entry as JSON
  --help               show this help
)~";

Poco::JSON::Object::Ptr partnerJson(const PartnerCertificate& p, const std::string& now) {
    auto o = jsonObject();
    o->set("fingerprint", p.fingerprint);
    o->set("agencyCode", p.agencyCode);
    o->set("country", p.country);
    o->set("agencyName", p.agencyName);
    o->set("state", exchange::trustStateName(p.state));
    o->set("notBefore", p.certificate.notBefore);
    o->set("notAfter", p.certificate.notAfter);
    o->set("expired", p.certificate.notAfter < now);
    o->set("addedAt", p.addedAt);
    o->set("revokedAt", jsonOptional(p.revokedAt.empty() ? std::nullopt : std::optional(p.revokedAt)));
    o->set("revokedReason", p.revokedReason);
    o->set("note", p.note);
    o->set("certificate", toJson(p.certificate));
    return o;
}

std::string agencyLabel(const PartnerCertificate& p) { return p.country + "/" + p.agencyCode; }

int add(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,           kJsonOption,         OptionSpec{"cert"},
                                         OptionSpec{"agency-code"}, OptionSpec{"country"}, OptionSpec{"agency-name"},
                                         OptionSpec{"note"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string file = args.required("cert");
    const std::string code = upperAscii(args.required("agency-code"));
    const std::string country = countryArg("country", args.required("country"));
    const std::string name = args.required("agency-name");
    auto ws = openWorkspace(args);
    auto added = ws->trust.add(readInputFile(file), code, country, name, args.value("note").value_or(""));
    if (!added) {
        Error e = added.error();
        // Whatever is wrong with the certificate is told under the name of the file it came from.
        if (e.field == "certificate")
            e.field = file;
        throw CommandError(e);
    }
    const PartnerCertificate& p = *added;
    if (args.flag("json")) {
        printJson(inv.out, partnerJson(p, ws->context().now()));
        return 0;
    }
    inv.out << "Added the certificate of " << agencyLabel(p) << " - " << oneLine(p.agencyName)
            << " to the trust store (trusted)\n\n"
            << "SHA-256 fingerprint:\n";
    printFingerprint(inv.out, p.fingerprint);
    inv.out << '\n';
    Fields f;
    f.add("Subject", oneLine(p.certificate.subject));
    f.add("Valid from", p.certificate.notBefore);
    f.add("Valid until", p.certificate.notAfter);
    f.print(inv.out);
    inv.out << "\nConfirm this fingerprint with " << agencyLabel(p)
            << " by phone or in person before you rely on it:\n"
               "they read theirs from 'lintas-cli identity show' and you compare it pair by pair.\n"
               "If it differs, revoke it now:\n"
            << "  lintas-cli trust revoke --db " << args.required("db") << " --fingerprint " << p.fingerprint
            << " --reason \"fingerprint mismatch\"\n";
    return 0;
}

int list(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const auto partners = unwrap(ws->trust.list());
    const std::string now = ws->context().now();
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("now", now);
        auto arr = jsonArray();
        for (const auto& p : partners)
            arr->add(partnerJson(p, now));
        o->set("certificates", arr);
        printJson(inv.out, o);
        return 0;
    }
    if (partners.empty()) {
        inv.out << "No partner certificates. Add one with 'lintas-cli trust add'.\n";
        return 0;
    }
    Table t({"AGENCY", "NAME", "STATE", "EXPIRES", "SHA-256 FINGERPRINT"});
    for (const auto& p : partners)
        t.addRow({agencyLabel(p), ellipsize(p.agencyName, 40), exchange::trustStateName(p.state),
                  expiryText(p.certificate.notAfter, now), p.fingerprint});
    t.print(inv.out);
    inv.out << partners.size() << (partners.size() == 1 ? " certificate\n" : " certificates\n");
    return 0;
}

int revoke(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"fingerprint"}, OptionSpec{"reason"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string fingerprint = args.required("fingerprint");
    const std::string reason = args.required("reason");
    auto ws = openWorkspace(args);
    unwrap(ws->trust.revoke(fingerprint, reason));
    const auto p = unwrap(ws->trust.byFingerprint(fingerprint));
    if (args.flag("json")) {
        printJson(inv.out, partnerJson(p, ws->context().now()));
        return 0;
    }
    inv.out << "Revoked the certificate of " << agencyLabel(p) << " - " << oneLine(p.agencyName) << '\n'
            << "SHA-256 fingerprint:\n";
    printFingerprint(inv.out, p.fingerprint);
    inv.out << "Bundles signed with it are refused from now on.\n";
    return 0;
}

} // namespace

const std::string_view kTrustHelp = R"~(Usage: lintas-cli trust SUBCOMMAND --db PATH [OPTIONS]

The trust store: the certificates of partner agencies, one entry per agency and certificate.
Bundles are verified only against these, never against a certificate that comes with a bundle.

Subcommands:
  add       Pin a partner agency's certificate (shows the fingerprint to confirm)
  list      List partner certificates with state, expiry and fingerprint
  revoke    Stop trusting a partner certificate

Run 'lintas-cli trust SUBCOMMAND --help' for the options of each.
)~";

int trustGroup(Invocation& inv) {
    static const std::array<Command, 3> kSubcommands{{
        {"add", "Pin a partner certificate", kAddHelp, add},
        {"list", "List partner certificates", kListHelp, list},
        {"revoke", "Revoke a partner certificate", kRevokeHelp, revoke},
    }};
    return runGroup(inv, kTrustHelp, kSubcommands);
}

} // namespace lintas::cli::commands

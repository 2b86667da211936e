// Prepares the data of the bundle benchmark (docs/performance.md, "Signed bundles"): two
// agencies' databases, IDN/BARESKRIM (sender) and THA/TATIP (recipient), each with a signing
// identity and the other's certificate trusted, and the sender holding N demo cases with M MB of
// attachments spread over them. scripts/bench-bundle then times lintas-cli against stock tools.
//
// Usage: lintas-bundle-bench-setup DIR [CASES] [ATTACHMENT_MB]
// Writes DIR/idn.db, DIR/tha.db, DIR/attachments/*.bin and DIR/cases.txt (one case UUID per
// line). The identities' passphrase is the benchmark's own, written to DIR/passphrase. Both
// databases are encrypted, with one synthetic user "bench" holding every role; its password is
// written to DIR/password (for `lintas-cli --user bench --password-fd 4 … 4< password`), and its
// key slots use the cheapest Argon2id cost, so that sign-in does not weigh on the timings.

#include "lintas/exchange/Crypto.h"
#include "lintas/service/DemoGenerator.h"
#include "lintas/service/Workspace.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "lintas-bundle-bench-setup: %s\n", what.c_str());
    std::exit(1);
}

template <typename T>
T must(lintas::Result<T> r, const char* what) {
    if (!r)
        fail(std::string(what) + ": " + r.error().toString());
    return std::move(r).value();
}

void must(const lintas::Status& s, const char* what) {
    if (!s)
        fail(std::string(what) + ": " + s.error().toString());
}

constexpr const char* kBenchUser = "bench";
constexpr const char* kBenchPassword = "benchmark password, not a secret";

std::unique_ptr<lintas::Workspace> createAgency(const std::string& path, const char* code, const char* country,
                                                const char* name, std::uint64_t seed) {
    lintas::Agency a;
    a.code = code;
    a.country = country;
    a.name = name;
    lintas::Workspace::Options options;
    options.ids = std::make_shared<lintas::SeededIdGenerator>(seed);
    options.kdf = lintas::security::KdfParams::fastForTests();
    const lintas::FirstUser user{kBenchUser, "Benchmark (synthetic)", kBenchPassword,
                                 lintas::security::RoleSet::all()};
    return must(lintas::Workspace::create(path, a, user, options), "create database");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2)
        fail("usage: lintas-bundle-bench-setup DIR [CASES] [ATTACHMENT_MB]");
    const std::filesystem::path dir = argv[1];
    const int cases = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int attachmentMb = argc > 3 ? std::atoi(argv[3]) : 500;
    if (cases < 1 || attachmentMb < 0)
        fail("CASES must be at least 1 and ATTACHMENT_MB not negative");
    if (std::filesystem::exists(dir / "idn.db"))
        fail((dir / "idn.db").string() + " exists: use an empty directory");
    std::filesystem::create_directories(dir / "attachments");
    const std::string passphrase = "benchmark passphrase, not a secret";
    std::ofstream(dir / "passphrase") << passphrase << '\n';
    std::ofstream(dir / "password") << kBenchPassword << '\n';

    auto idn = createAgency((dir / "idn.db").string(), "BARESKRIM", "IDN", "Bareskrim Polri (benchmark)", 11);
    auto tha = createAgency((dir / "tha.db").string(), "TATIP", "THA", "Anti-Trafficking Division (benchmark)", 12);
    const auto idnId = must(idn->trust.createIdentity(passphrase), "IDN identity");
    const auto thaId = must(tha->trust.createIdentity(passphrase), "THA identity");
    must(idn->trust.add(thaId.certificatePem, "TATIP", "THA", "Anti-Trafficking Division (benchmark)"), "trust THA");
    must(tha->trust.add(idnId.certificatePem, "BARESKRIM", "IDN", "Bareskrim Polri (benchmark)"), "trust IDN");

    must(lintas::generateDemo(*idn, {cases, 1, {}}), "demo cases");
    // The benchmark sends every case, without the supervisor's approval that H2/H3 and TLP:RED
    // exports need (docs/security.md): the demo's cases are set to H1 and TLP:AMBER+STRICT at
    // most, and sent under TLP:AMBER+STRICT. The data volume is what is measured; the markings
    // do not change the work.
    must(idn->db().execute("UPDATE case_file SET handling_code = 'H1' WHERE handling_code IN ('H2', 'H3')"), "H1");
    must(idn->db().execute("UPDATE case_file SET tlp = 'AMBER+STRICT' WHERE tlp = 'RED'"), "TLP");
    std::vector<std::string> caseUuids;
    {
        auto st = must(idn->db().prepare("SELECT uuid FROM case_file ORDER BY id"), "list cases");
        while (must(st->step(), "list cases"))
            caseUuids.push_back(st->text(0));
    }
    std::ofstream list(dir / "cases.txt");
    for (const auto& u : caseUuids)
        list << u << '\n';

    // Incompressible content, one file per case, sizes summing to the requested total. Declared
    // as scanned PDFs: photos of a pseudonymised victim would be withheld from the bundle.
    const std::uint64_t total = static_cast<std::uint64_t>(attachmentMb) * 1024 * 1024;
    const std::uint64_t each = total / caseUuids.size();
    std::mt19937_64 random(42);
    std::vector<char> buffer(static_cast<std::size_t>(each));
    for (std::size_t i = 0; each > 0 && i < caseUuids.size(); ++i) {
        for (std::size_t k = 0; k + 8 <= buffer.size(); k += 8) {
            const std::uint64_t v = random();
            std::memcpy(buffer.data() + k, &v, 8);
        }
        const auto path = dir / "attachments" / ("scan-" + std::to_string(i) + ".bin");
        std::ofstream(path, std::ios::binary).write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        must(idn->notes.attachFile(caseUuids[i], path.string(), "scan-" + std::to_string(i) + ".pdf", "application/pdf"),
             "attach");
    }
    std::printf("%zu cases, %llu bytes of attachments, in %s\n", caseUuids.size(),
                static_cast<unsigned long long>(each * caseUuids.size()), dir.c_str());
    return 0;
}

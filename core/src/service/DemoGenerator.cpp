// Synthetic demonstration data: realistic in shape, deterministic per seed, invented in every
// detail. Everything goes through the services, so every row passes the same validation as a
// user's input. Cases are written in batches, each batch one outer transaction (the services'
// own transactions nest inside it as savepoints), so a cancelled run keeps whole batches only.
//
// Determinism: one std::mt19937_64 (its output is fixed by the C++ standard) drives every choice
// through our own below()/unit() helpers; the standard distributions are avoided because their
// output differs between standard libraries. Nothing iterates an unordered container.

#include "lintas/service/DemoGenerator.h"

#include "lintas/Time.h"
#include "lintas/domain/Geo.h"
#include "lintas/service/Workspace.h"
#include "lintas/store/Database.h"

#include "Support.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <future>
#include <initializer_list>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lintas {
namespace {

#include "DemoNames.inc"
#include "DemoPlaces.inc"

// ------------------------------------------------------------------------------------ random

/// Portable random choices over mt19937_64 (whose sequence the standard fixes).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform in [0, n). Rejection removes the modulo bias; n == 0 gives 0.
    std::uint64_t below(std::uint64_t n) {
        if (n <= 1)
            return 0;
        const std::uint64_t threshold = (~n + 1) % n;  // 2^64 mod n
        std::uint64_t x = m_engine();
        while (x < threshold)
            x = m_engine();
        return x % n;
    }
    std::size_t index(std::size_t n) { return static_cast<std::size_t>(below(n)); }
    /// Uniform in [lo, hi].
    int range(int lo, int hi) {
        if (hi <= lo)
            return lo;
        return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }
    bool chance(int percent) { return static_cast<int>(below(100)) < percent; }
    /// Uniform in [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    /// An index in [0, n) that favours low values, so a few members of a pool recur often.
    std::size_t skewed(std::size_t n) {
        const double u = unit();
        return std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * u * u));
    }
    std::size_t weighted(std::initializer_list<int> weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = static_cast<int>(below(static_cast<std::uint64_t>(total)));
        std::size_t i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return 0;
    }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[index(N)];
    }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[index(items.size())];
    }
    std::string digits(int count) {
        std::string s;
        for (int i = 0; i < count; ++i)
            s += static_cast<char>('0' + below(10));
        return s;
    }
    /// Appends the pieces in order. Building a string with `a() + b()` would leave the order of
    /// the two random draws unspecified, so every multi-draw string goes through here.
    template <typename... Parts>
    static std::string seq(Parts&&... parts) {
        std::string out;
        (out.append(std::string_view(parts)), ...);
        return out;
    }
    /// One word from each list, drawn in order, joined by a space.
    template <std::size_t N, std::size_t M>
    std::string twoWords(const char* const (&a)[N], const char* const (&b)[M]) {
        std::string out = a[index(N)];
        out += ' ';
        out += b[index(M)];
        return out;
    }
    std::string letters(int count) {
        std::string s;
        for (int i = 0; i < count; ++i)
            s += static_cast<char>('A' + below(26));
        return s;
    }

private:
    std::mt19937_64 m_engine;
};

/// Picks one code from `codes` with the matching weight.
std::string weightedCode(Rng& rng, std::initializer_list<std::pair<const char*, int>> codes) {
    int total = 0;
    for (const auto& c : codes)
        total += c.second;
    int r = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
    for (const auto& c : codes) {
        if (r < c.second)
            return c.first;
        r -= c.second;
    }
    return codes.begin()->first;
}

/// Picks `count` distinct codes (weights as above), in the order drawn.
std::vector<std::string> weightedCodes(Rng& rng, int count, std::initializer_list<std::pair<const char*, int>> codes) {
    std::vector<std::string> out;
    for (int attempt = 0; attempt < count * 6 && static_cast<int>(out.size()) < count; ++attempt) {
        std::string c = weightedCode(rng, codes);
        if (std::find(out.begin(), out.end(), c) == out.end())
            out.push_back(std::move(c));
    }
    return out;
}

// ------------------------------------------------------------------------------------ lookups

const Place& placeOf(std::string_view city) {
    for (const auto& p : kPlaces)
        if (city == p.city)
            return p;
    return kPlaces[0];  // unreachable with the tables above
}

const CountryFacts& factsOf(std::string_view country) {
    for (const auto& f : kCountryFacts)
        if (country == f.code)
            return f;
    return kCountryFacts[0];
}

const PartnerAgency* partnerIn(std::string_view country) {
    for (const auto& p : kPartners)
        if (country == p.country)
            return &p;
    return nullptr;
}

const Crossing* crossingBetween(std::string_view from, std::string_view to) {
    for (const auto& c : kCrossings)
        if (from == c.from && to == c.to)
            return &c;
    return nullptr;
}

const char* homeCity(Rng& rng, std::string_view country) {
    for (const auto& h : kHomeCities)
        if (country == h.country)
            return h.cities[rng.index(6)];
    return "Jakarta";
}

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string joined(std::initializer_list<std::string_view> parts, std::string_view sep = " ") {
    std::string out;
    for (auto p : parts) {
        if (p.empty())
            continue;
        if (!out.empty())
            out += sep;
        out += p;
    }
    return out;
}

// ---------------------------------------------------------------------------------------- dates

struct Calendar {
    int today = 0;  // days since 1970-01-01

    [[nodiscard]] std::string date(int day) const { return daysToIsoDate(std::min(day, today)); }
    [[nodiscard]] std::string stamp(int day, int minuteOfDay) const {
        char buf[16];
        std::snprintf(buf, sizeof buf, "T%02d:%02d:00Z", (minuteOfDay / 60) % 24, minuteOfDay % 60);
        return date(day) + buf;
    }
    /// Thai case numbers use the Buddhist Era year.
    [[nodiscard]] static int yearOf(int day) { return std::stoi(daysToIsoDate(day).substr(0, 4)); }
};

// ---------------------------------------------------------------------------------------- names

struct Name {
    std::string salutation;
    std::string given;
    std::string middle;
    std::string family;
    std::vector<Alias> aliases;
};

bool isFamous(const Name& n) {
    const std::string a = lowerAscii(joined({n.given, n.middle, n.family}));
    const std::string b = lowerAscii(joined({n.family, n.given}));
    for (const char* f : kFamousNames)
        if (a == f || b == f)
            return true;
    return false;
}

Name drawName(Rng& rng, std::string_view country, bool female, int age) {
    Name n;
    if (country == "IDN") {
        const int style = static_cast<int>(rng.weighted({30, 15, 45, 10}));
        if (style == 0) {  // one given name only, common across Java
            n.given = female ? rng.pick(kIdnFemaleGiven) : rng.pick(kIdnMaleGiven);
        } else if (style == 1) {  // Javanese single name built from a root and an ending
            n.given = rng.pick(kJavaRoot);
            n.given += female ? rng.pick(kJavaFemaleEnd) : rng.pick(kJavaMaleEnd);
        } else if (style == 2) {
            n.given = female ? rng.pick(kIdnFemaleGiven) : rng.pick(kIdnMaleGiven);
            n.family = female ? rng.pick(kIdnFemaleSecond) : rng.pick(kIdnMaleSecond);
        } else {  // Batak clan name as family name
            n.given = female ? rng.pick(kIdnFemaleGiven) : rng.pick(kIdnMaleGiven);
            n.family = rng.pick(kIdnClan);
        }
    } else if (country == "THA") {
        const NamePart& g = female ? rng.pick(kThaFemaleGiven) : rng.pick(kThaMaleGiven);
        const NamePart& f1 = rng.pick(kThaFamilyFirst);
        const NamePart* f2 = &rng.pick(kThaFamilySecond);
        while (lowerAscii(f1.latin) == f2->latin)
            f2 = &rng.pick(kThaFamilySecond);
        n.given = g.latin;
        n.family = std::string(f1.latin) + f2->latin;
        if (rng.chance(70))
            n.aliases.push_back({std::string(g.native) + " " + f1.native + f2->native, "Thai", n.given + " " + n.family});
        if (rng.chance(35))
            n.aliases.push_back({rng.pick(kThaNickname), "Latn", ""});
    } else if (country == "VNM") {
        n.family = rng.pick(kVnmFamily);
        const std::string middle = female ? rng.pick(kVnmFemaleMiddle) : rng.pick(kVnmMaleMiddle);
        std::string given = female ? rng.pick(kVnmFemaleGiven) : rng.pick(kVnmMaleGiven);
        if (rng.chance(25)) {  // a second given name, e.g. "Thị Thu Hà"
            std::string second = female ? rng.pick(kVnmFemaleGiven) : rng.pick(kVnmMaleGiven);
            if (second != given)
                given = second + " " + given;
        }
        n.given = middle + " " + given;
        // The name as written at home, family name first.
        n.aliases.push_back({n.family + " " + n.given, "Latn", ""});
    } else if (country == "MMR") {
        const auto& parts = female ? kMmrFemale : kMmrMale;
        const std::size_t count = female ? std::size(kMmrFemale) : std::size(kMmrMale);
        const int syllables = static_cast<int>(rng.weighted({45, 55})) + 2;
        std::string latin, native;
        std::size_t last = count;
        for (int i = 0; i < syllables; ++i) {
            std::size_t k = rng.index(count);
            if (i == syllables - 1 && syllables == 3 && rng.chance(30))
                k = last;  // reduplicated last syllable: "Aung Ko Ko"
            else
                while (k == last)
                    k = rng.index(count);
            latin = joined({latin, parts[k].latin});
            native += parts[k].native;
            last = k;
        }
        n.given = latin;  // Burmese names have no family name
        if (rng.chance(85))
            n.aliases.push_back({native, "Mymr", latin});
        if (age >= 40 && rng.chance(50))
            n.salutation = female ? "Daw" : "U";
        else if (rng.chance(25))
            n.salutation = female ? "Ma" : "Ko";
    } else if (country == "KHM") {
        const NamePart& f = rng.pick(kKhmFamily);
        const NamePart& g = female ? rng.pick(kKhmFemaleGiven) : rng.pick(kKhmMaleGiven);
        n.family = f.latin;
        n.given = g.latin;
        if (rng.chance(75))
            n.aliases.push_back({std::string(f.native) + " " + g.native, "Khmr", n.family + " " + n.given});
    } else if (country == "LAO") {
        auto word = [&](int syllables, std::string& native) {
            std::string latin;
            std::size_t last = std::size(kLaoSyllable);
            for (int i = 0; i < syllables; ++i) {
                std::size_t k = rng.index(std::size(kLaoSyllable));
                while (k == last)
                    k = rng.index(std::size(kLaoSyllable));
                latin += i == 0 ? std::string(kLaoSyllable[k].latin) : lowerAscii(kLaoSyllable[k].latin);
                native += kLaoSyllable[k].native;
                last = k;
            }
            return latin;
        };
        std::string givenNative, familyNative;
        n.given = word(2, givenNative);
        n.family = word(rng.range(2, 3), familyNative);
        if (rng.chance(60))
            n.aliases.push_back({givenNative + " " + familyNative, "Laoo", n.given + " " + n.family});
    } else if (country == "MYS") {
        // Malay: personal name + bin/binti + father's name; no family name.
        n.given = female ? rng.pick(kMysFemaleGiven) : rng.pick(kMysMaleGiven);
        n.given += female ? " binti " : " bin ";
        n.given += rng.pick(kMysFather);
    } else if (country == "PHL") {
        n.given = female ? rng.pick(kPhlFemaleGiven) : rng.pick(kPhlMaleGiven);
        n.family = rng.pick(kPhlSurname);
        do {
            n.middle = rng.pick(kPhlSurname);  // mother's maiden surname
        } while (n.middle == n.family);
    } else {  // CHN and anyone else: Chinese names, family name first
        const NamePart& f = rng.pick(kChnFamily);
        const auto& given = female ? kChnFemaleGiven : kChnMaleGiven;
        const std::size_t count = female ? std::size(kChnFemaleGiven) : std::size(kChnMaleGiven);
        const NamePart& g1 = given[rng.index(count)];
        n.family = f.latin;
        std::string native = std::string(f.native) + g1.native;
        n.given = g1.latin;
        if (rng.chance(70)) {
            const NamePart& g2 = given[rng.index(count)];
            n.given += lowerAscii(g2.latin);
            native += g2.native;
        }
        if (rng.chance(70))
            n.aliases.push_back({native, "Hans", n.family + " " + n.given});
    }
    return n;
}

Name makeName(Rng& rng, std::string_view country, bool female, int age) {
    for (int attempt = 0; attempt < 20; ++attempt) {
        Name n = drawName(rng, country, female, age);
        if (!isFamous(n))
            return n;
    }
    return drawName(rng, "IDN", female, age);  // practically unreachable
}

// ---------------------------------------------------------------------------------- identifiers

Identifier ident(std::string type, std::string value, std::optional<std::string> country) {
    Identifier i;
    i.type = std::move(type);
    i.value = std::move(value);
    i.issuingCountry = std::move(country);
    return i;
}

/// A mobile number as people write it in that country (national or international form).
std::string phoneNumber(Rng& rng, std::string_view country) {
    if (country == "IDN") {
        static constexpr const char* kPrefix[] = {"811", "812", "813", "821", "822", "852", "853", "857", "858",
                                                  "877", "878", "895", "896"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(4), c = rng.digits(4);
        return Rng::seq("+62 ", a, "-", b, "-", c);
    }
    if (country == "THA") {
        static constexpr const char* kPrefix[] = {"08", "09", "06"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(1), c = rng.digits(3), d = rng.digits(4);
        return Rng::seq(a, b, "-", c, "-", d);
    }
    if (country == "VNM") {
        static constexpr const char* kPrefix[] = {"09", "03", "08", "07"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(1), c = rng.digits(3), d = rng.digits(4);
        return Rng::seq(a, b, " ", c, " ", d);
    }
    if (country == "MMR") {
        static constexpr const char* kPrefix[] = {"25", "26", "40", "42", "44", "45", "69", "76", "77", "78", "79",
                                                  "96", "97", "98", "99"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(1), c = rng.digits(3), d = rng.digits(3);
        return Rng::seq("09 ", a, b, " ", c, " ", d);
    }
    if (country == "KHM") {
        static constexpr const char* kPrefix[] = {"012", "017", "077", "092", "096", "097", "010", "015", "070",
                                                  "081", "088"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(3), c = rng.digits(3);
        return Rng::seq(a, " ", b, " ", c);
    }
    if (country == "LAO") {
        static constexpr const char* kPrefix[] = {"2", "5", "7", "9"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(3), c = rng.digits(4);
        return Rng::seq("+856 20 ", a, b, " ", c);
    }
    if (country == "MYS") {
        static constexpr const char* kPrefix[] = {"012", "013", "016", "017", "019", "011", "018"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(3), c = rng.digits(4);
        return Rng::seq(a, "-", b, " ", c);
    }
    if (country == "PHL") {
        static constexpr const char* kPrefix[] = {"0917", "0918", "0919", "0927", "0928", "0947", "0955", "0966",
                                                  "0977", "0995", "0998"};
        const std::string a = rng.pick(kPrefix), b = rng.digits(3), c = rng.digits(4);
        return Rng::seq(a, " ", b, " ", c);
    }
    if (country == "SGP") {
        const std::string a = std::to_string(rng.range(8, 9)), b = rng.digits(3), c = rng.digits(4);
        return Rng::seq("+65 ", a, b, " ", c);
    }
    static constexpr const char* kChn[] = {"13", "15", "18", "17"};
    const std::string a = rng.pick(kChn), b = rng.digits(1), c = rng.digits(4), d = rng.digits(4);
    return Rng::seq("+86 ", a, b, " ", c, " ", d);
}

std::string passportNumber(Rng& rng, std::string_view country) {
    std::string prefix;
    int digits = 7;
    if (country == "IDN") {
        static constexpr const char* kLetter[] = {"B", "C", "X", "E"};
        prefix = rng.pick(kLetter);
    } else if (country == "THA") {
        static constexpr const char* kLetters[] = {"AA", "AB", "AC"};
        prefix = rng.pick(kLetters);
    } else if (country == "VNM") {
        prefix = rng.chance(70) ? "C" : "B";
    } else if (country == "MMR") {
        static constexpr const char* kLetters[] = {"MA", "MB", "MC", "MD"};
        prefix = rng.pick(kLetters);
        digits = 6;
    } else if (country == "KHM") {
        prefix = "N";
        digits = 8;
    } else if (country == "LAO") {
        prefix = "P";
    } else if (country == "MYS") {
        prefix = rng.chance(80) ? "A" : "H";
        digits = 8;
    } else if (country == "PHL") {
        const std::string number = rng.digits(7);
        return Rng::seq("P", number, rng.letters(1));
    } else {
        const bool older = rng.chance(50);
        prefix = older ? "E" : "EA";
        digits = older ? 8 : 7;
    }
    return prefix + rng.digits(digits);
}

/// A national identity number in that country's layout, or empty where we do not make one.
std::string nationalId(Rng& rng, std::string_view country, const std::string& birthDate, bool female) {
    const std::string yy = birthDate.substr(2, 2), mm = birthDate.substr(5, 2), dd = birthDate.substr(8, 2);
    if (country == "IDN") {  // NIK: region, birth day (+40 for women), month, year, serial
        static constexpr const char* kRegion[] = {"321201", "320901", "127101", "737101", "537101", "527101"};
        const int day = std::stoi(dd) + (female ? 40 : 0);
        char buf[3];
        std::snprintf(buf, sizeof buf, "%02d", day);
        const std::string region = rng.pick(kRegion);
        return Rng::seq(region, buf, mm, yy, rng.digits(4));
    }
    if (country == "THA") {  // 13 digits with the mod-11 check digit, written 1-2345-67890-12-3
        std::string d = std::to_string(rng.range(1, 8));
        d += rng.digits(11);
        int sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += (d[static_cast<std::size_t>(i)] - '0') * (13 - i);
        d += static_cast<char>('0' + (11 - sum % 11) % 10);
        return d.substr(0, 1) + "-" + d.substr(1, 4) + "-" + d.substr(5, 5) + "-" + d.substr(10, 2) + "-" + d.substr(12, 1);
    }
    if (country == "VNM") {  // CCCD: province, sex/century, year, serial
        const std::string province = rng.digits(2);
        return Rng::seq("0", province, female ? "1" : "0", yy, rng.digits(6));
    }
    if (country == "MYS") {  // MyKad: YYMMDD-PB-###G, G even for women
        static constexpr const char* kState[] = {"01", "10", "14", "12", "07", "03"};
        const int g = static_cast<int>(rng.below(5)) * 2 + (female ? 0 : 1);
        const std::string state = rng.pick(kState);
        return Rng::seq(yy, mm, dd, "-", state, "-", rng.digits(3), std::to_string(g));
    }
    if (country == "PHL") {
        const std::string a = rng.digits(4), b = rng.digits(4), c = rng.digits(4), d = rng.digits(4);
        return Rng::seq(a, "-", b, "-", c, "-", d);
    }
    if (country == "KHM")
        return rng.digits(9);
    return {};
}

std::string handleWord(Rng& rng, std::string_view country) {
    static constexpr const char* kIdn[] = {"loker", "kerja", "lowongan", "info_kerja", "agen", "hrd", "peluang"};
    static constexpr const char* kVnm[] = {"viec_lam", "tuyen_dung", "xkld", "viec_thai", "tuyen_gap"};
    static constexpr const char* kAny[] = {"job", "hr", "admin", "recruit", "cs_job", "work", "career", "hiring"};
    static constexpr const char* kWhere[] = {"thailand", "bangkok", "overseas", "asia", "cambodia", "vip", "official",
                                             "malaysia", "global", "team"};
    std::string first = country == "IDN" && rng.chance(60)   ? rng.pick(kIdn)
                        : country == "VNM" && rng.chance(60) ? rng.pick(kVnm)
                                                             : rng.pick(kAny);
    const std::string where = rng.pick(kWhere);
    return Rng::seq(first, "_", where, rng.digits(rng.range(1, 3)));
}

std::string cryptoWallet(Rng& rng) {  // TRON-style USDT address: 'T' + 33 base58 characters
    static constexpr char kBase58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    std::string s = "T";
    for (int i = 0; i < 33; ++i)
        s += kBase58[rng.index(sizeof kBase58 - 1)];
    return s;
}

std::string bankAccount(Rng& rng, std::string_view country) {
    if (country == "IDN") {
        static constexpr const char* kBank[] = {"BRI", "BNI", "BCA", "MANDIRI"};
        const std::string bank = rng.pick(kBank), a = rng.digits(4), b = rng.digits(6);
        return Rng::seq(bank, " ", a, "-", b);
    }
    if (country == "THA") {
        static constexpr const char* kBank[] = {"KBANK", "SCB", "KTB", "BBL"};
        const std::string bank = rng.pick(kBank), a = rng.digits(3), b = rng.digits(1), c = rng.digits(5),
                          d = rng.digits(1);
        return Rng::seq(bank, " ", a, "-", b, "-", c, "-", d);
    }
    const std::string a = rng.digits(4), b = rng.digits(country == "PHL" ? 3 : 4), c = rng.digits(4);
    return Rng::seq(country == "PHL" ? "GCASH " : "ACC ", a, " ", b, " ", c);
}

// --------------------------------------------------------------------------------- the generator

enum class Kind { Recruiter, Manager, Transporter, Broker };

/// A recurring suspect, reused across cases so cross-case matching has something to find.
/// Created in the store the first time a case uses them.
struct PoolMember {
    Kind kind = Kind::Recruiter;
    Person person;
    std::string uuid;
    std::string key;      ///< origin country (recruiters) or site index (others)
    std::string handle;   ///< main Telegram handle, quoted in notes
    int org = -1;         ///< the compound, employer or agency they belong to
    std::string lastCase; ///< latest case they appeared in
};

struct OrgRec {
    std::string uuid;
    std::string name;
    std::string country;
    std::string city;
    std::string type;
};

struct Provider {
    std::string uuid;
    std::string name;
    std::string country;
    std::vector<std::string> services;
};

struct VictimRec {
    std::string uuid;
    std::string name;
    std::string country;
    int age = 30;
    bool female = false;
    int recruitDay = 0;
    int identifiedDay = 0;
    const Place* home = nullptr;
};

struct SuspectRec {
    std::string uuid;
    std::string name;
    Kind kind = Kind::Recruiter;
    int pool = -1;
    bool abroad = false;
};

/// Sets this connection's page cache (in KiB) for a run and puts the old size back afterwards.
class CacheSizeScope {
public:
    CacheSizeScope(store::Database& db, std::int64_t kib) : m_db(db) {
        if (auto old = db.queryInt("PRAGMA cache_size"); old) {
            m_old = *old;
            m_active = db.execute("PRAGMA cache_size = -" + std::to_string(kib)).ok();
        }
    }
    ~CacheSizeScope() {
        if (m_active)
            (void)m_db.execute("PRAGMA cache_size = " + std::to_string(m_old));
    }
    CacheSizeScope(const CacheSizeScope&) = delete;
    CacheSizeScope& operator=(const CacheSizeScope&) = delete;

private:
    store::Database& m_db;
    std::int64_t m_old = 0;
    bool m_active = false;
};

/// What one batch of cases writes (see "batch staging" below).
struct Batch {
    struct Party {
        std::string caseUuid;
        std::string personUuid;
        std::string role;
        std::string details;
    };
    struct PendingReferral {
        Referral referral;
        std::vector<const char*> path;  ///< states to move through after creation
    };
    std::vector<Case> cases;
    std::vector<Person> persons;
    std::vector<Party> parties;
    std::vector<VictimProfile> victimProfiles;
    std::vector<SuspectProfile> suspectProfiles;
    std::vector<JourneyLeg> legs;
    std::vector<Relationship> relationships;
    std::vector<Note> notes;
    std::vector<PendingReferral> referrals;
    std::vector<Consent> consents;
    std::vector<CaseLink> links;
    std::vector<std::string> newPoolPersons;  ///< recurring suspects first written in this batch
};

class Generator {
public:
    Generator(Workspace& ws, const DemoOptions& options)
        : m_ws(ws), m_options(options), m_rng(options.seed), m_total(std::max(0, options.cases)) {}

    Result<DemoSummary> run();

private:
    Status setup();
    Status setupAgencies();
    Status setupOrganisations();
    void setupPool();
    Status makeCase(int index, int opened);
    Status flush(Batch& b);
    Status prepareStaging();
    void dropStaging();

    Result<std::string> storeOrg(Organisation o, std::vector<OrgRec>* into);
    Result<std::string> stageCase(Case c);
    Result<std::string> stagePerson(Person p);
    Status stageVictimProfile(VictimProfile p);
    Status stageSuspectProfile(SuspectProfile p);
    Status stageParty(const std::string& caseUuid, const std::string& personUuid, const char* role,
                      std::string details = {});
    Status stageLeg(JourneyLeg leg);
    Status stageRelationship(Relationship r);
    Status stageNote(Note n);
    Status stageReferral(Batch::PendingReferral pending);
    Result<std::int64_t> personId(const std::string& uuid) const;
    Result<std::int64_t> caseId(const std::string& uuid) const;
    Person personOf(std::string_view country, bool female, int age, int referenceDay);
    Person suspectPerson(Kind kind, std::string_view country, int referenceDay);
    std::string officer(const char* role) {
        return std::string(role) + "." + m_officerNames[m_rng.index(m_officerNames.size())];
    }
    static std::string siteKey(std::size_t site) {
        std::string key(1, 'S');  // not "S" + …: GCC 12 warns falsely (-Wrestrict) on that form
        key += std::to_string(site);
        return key;
    }
    const OrgRec* orgAt(const std::vector<OrgRec>& orgs, std::string_view city, std::string_view country);
    const Provider* providerFor(std::string_view country, std::string_view service);
    std::string originFor(Scenario s, std::string_view siteCountry);
    std::string relationshipGrade(Relationship& r);

    Workspace& m_ws;
    const DemoOptions& m_options;
    Rng m_rng;
    int m_total;
    Calendar m_cal;
    DemoSummary m_summary;

    std::string m_localCountry;
    std::string m_localCode;
    std::vector<std::string> m_officerNames;
    std::vector<OrgRec> m_compounds;   // scam compounds
    std::vector<OrgRec> m_employers;   // venues, vessels' owners, plantations, factories, households' agents
    std::vector<OrgRec> m_agencies;    // recruitment agencies
    std::vector<OrgRec> m_referrers;   // NGOs that refer cases to the police
    std::vector<Provider> m_providers;
    std::set<std::string> m_orgNames;
    std::vector<PoolMember> m_pool;
    std::map<std::string, std::vector<int>> m_poolIndex;  // kind + key → members
    int m_referralCounter = 0;
    bool m_overdueMade = false;

    // The batch being generated: only the generating thread touches it (see run()).
    Batch* m_gen = nullptr;
    std::string m_todayText;
    // Row ids, known to the writing thread only.
    std::unordered_map<std::string, std::int64_t> m_personIds;      // this batch's persons
    std::unordered_map<std::string, std::int64_t> m_poolPersonIds;  // recurring suspects, all batches
    std::unordered_map<std::string, std::int64_t> m_caseIds;    // this batch's cases
    std::unordered_map<std::string, std::int64_t> m_orgIds;
};

// --------------------------------------------------------------------------------------- setup

Result<std::string> Generator::storeOrg(Organisation o, std::vector<OrgRec>* into) {
    const OrgRec rec{{}, o.name, o.country.value_or(""), o.addresses.empty() ? "" : o.addresses[0].city, o.type};
    auto stored = m_ws.organisations.create(std::move(o));
    if (!stored)
        return stored.error();
    ++m_summary.organisations;
    auto id = m_ws.context().idOf("organisation", stored->meta.uuid, "demo.organisation");
    if (!id)
        return id.error();
    m_orgIds[stored->meta.uuid] = *id;
    if (into) {
        into->push_back(rec);
        into->back().uuid = stored->meta.uuid;
    }
    return stored->meta.uuid;
}

// ------------------------------------------------------------------------------ batch staging
//
// A 100,000-case run writes some ten million rows. Through one service call per row it took about
// 6 ms per case (10 minutes in all): every call is a savepoint, and SQLite 3.40's FTS5 flushes its
// pending index terms at every savepoint and statement journal, so each row that the search
// index covers (case, person, alias, identifier, note) became a one-document index segment plus
// merge work, 40–60 µs each; the referral lifecycle added a savepoint and a reload per step.
//
// So the high-volume records are checked here with the very same validation the services apply
// (their static validate() functions and the same field, date, vocabulary and lifecycle checks;
// the role checks hold by construction), stamped the same way (UUID from the context, created /
// updated now, local origin, version 1) and written once per batch in the services' own column
// layout: cases (reference from the service's own counter statement), persons with aliases,
// identifiers, citizenships and languages, case parties, victim and suspect profiles, journey
// legs, relationships, notes and referrals with their transitions. The rows the search index
// covers go through TEMP staging tables and one INSERT … SELECT per table, so FTS5 indexes a whole
// batch at once. Organisations, agencies, consents and case links still go through the services.
// A test reads everything back through the services and compares it with service-made records.

Result<std::string> Generator::stageCase(Case c) {
    // CaseService::create's checks; the reference is assigned at flush time from the same counter.
    LINTAS_TRY(CaseService::validate(c, m_todayText));
    for (const auto* org : {&c.referringOrganisation, &c.referredOrganisation})
        if (*org && m_orgIds.find(**org) == m_orgIds.end())
            return Error{ErrorCode::ForeignKey, "case.referringOrganisation", "no organisation with that UUID"};
    c.meta.uuid = m_ws.context().newUuid();
    c.meta.version = 1;
    c.meta.originAgency = m_ws.context().localAgencyUuid();
    m_gen->cases.push_back(std::move(c));
    return m_gen->cases.back().meta.uuid;
}

Status Generator::stageVictimProfile(VictimProfile p) {
    // CaseService::setVictimProfile's checks; the victim role is staged with the profile.
    LINTAS_TRY(CaseService::validate(p));
    if (p.identifiedOn && *p.identifiedOn > m_todayText)
        return validationError("victim.identifiedOn", "lies in the future");
    m_gen->victimProfiles.push_back(std::move(p));
    return {};
}

Status Generator::stageSuspectProfile(SuspectProfile p) {
    LINTAS_TRY(CaseService::validate(p));
    if (p.arrestedOn && *p.arrestedOn > m_todayText)
        return validationError("suspect.arrestedOn", "lies in the future");
    m_gen->suspectProfiles.push_back(std::move(p));
    return {};
}

Result<std::string> Generator::stagePerson(Person p) {
    LINTAS_TRY(PersonService::validate(p, m_todayText));
    p.meta.uuid = m_ws.context().newUuid();
    p.meta.version = 1;
    m_gen->persons.push_back(std::move(p));
    return m_gen->persons.back().meta.uuid;
}

Status Generator::stageParty(const std::string& caseUuid, const std::string& personUuid, const char* role,
                             std::string details) {
    // The checks CaseService::addParty applies.
    LINTAS_TRY(detail::requireCode("party.role", vocab::List::PersonRole, role));
    LINTAS_TRY(detail::checkText("party.roleDetails", details, 10000));
    m_gen->parties.push_back({caseUuid, personUuid, role, std::move(details)});
    return {};
}

Status Generator::stageLeg(JourneyLeg leg) {
    LINTAS_TRY(LinkService::validate(leg));
    // LinkService also requires the person to be a victim in the case: legs are only made for
    // the case's own victims (see makeCase), so that holds by construction.
    leg.uuid = m_ws.context().newUuid();
    m_gen->legs.push_back(std::move(leg));
    return {};
}

Status Generator::stageRelationship(Relationship r) {
    LINTAS_TRY(LinkService::validate(r));
    r.uuid = m_ws.context().newUuid();
    m_gen->relationships.push_back(std::move(r));
    return {};
}

Status Generator::stageNote(Note n) {
    LINTAS_TRY(NoteService::validate(n));
    n.uuid = m_ws.context().newUuid();
    m_gen->notes.push_back(std::move(n));
    return {};
}

/// Note and outcome a referral move records, as the generator's officers write them.
std::pair<std::string, std::optional<std::string>> moveText(std::string_view to) {
    if (to == "Declined")
        return {"Provider at capacity", std::nullopt};
    if (to == "Cancelled")
        return {"Victim returned home before the service started", std::nullopt};
    if (to == "Completed")
        return {{}, std::string("Service delivered as planned")};
    return {};
}

Status Generator::stageReferral(Batch::PendingReferral pending) {
    // ReferralService::create's checks, then move()'s for every step of the lifecycle.
    Referral& r = pending.referral;
    r.status = "Requested";
    LINTAS_TRY(ReferralService::validate(r));
    LINTAS_TRY(detail::checkText("referral.byUser", r.officer, 200));
    std::string from = r.status;
    for (const char* to : pending.path) {
        LINTAS_TRY(detail::requireCode("referral.status", vocab::List::ReferralStatus, to));
        const auto [note, outcome] = moveText(to);
        LINTAS_TRY(detail::checkText("referral.note", note));
        if (outcome)
            LINTAS_TRY(detail::checkText("referral.outcome", *outcome));
        if (!referral_rules::canMove(from, to))
            return Error{ErrorCode::IllegalTransition, "referral.status", "cannot move from " + from + " to " + to};
        from = to;
    }
    r.uuid = m_ws.context().newUuid();
    m_gen->referrals.push_back(std::move(pending));
    return {};
}

Result<std::int64_t> Generator::personId(const std::string& uuid) const {
    if (auto it = m_personIds.find(uuid); it != m_personIds.end())
        return it->second;
    if (auto it = m_poolPersonIds.find(uuid); it != m_poolPersonIds.end())
        return it->second;
    return m_ws.context().idOf("person", uuid, "demo.person");
}

Result<std::int64_t> Generator::caseId(const std::string& uuid) const {
    if (auto it = m_caseIds.find(uuid); it != m_caseIds.end())
        return it->second;
    return m_ws.context().idOf("case_file", uuid, "demo.case");
}

Status Generator::prepareStaging() {
    return m_ws.db().execute(
        "CREATE TEMP TABLE IF NOT EXISTS demo_person(seq INTEGER PRIMARY KEY, uuid TEXT, salutation TEXT, "
        "job_title TEXT, given_names TEXT, middle_name TEXT, family_name TEXT, sex TEXT, gender TEXT, birth_date TEXT, "
        "estimated_age INTEGER, age_estimated_on TEXT, deceased INTEGER, marital_status TEXT, "
        "number_of_children INTEGER, education TEXT, street TEXT, city TEXT, state TEXT, postal_code TEXT, "
        "country TEXT, latitude REAL, longitude REAL, created_at TEXT, updated_at TEXT);"
        "CREATE TEMP TABLE IF NOT EXISTS demo_alias(seq INTEGER PRIMARY KEY, person_id INTEGER, name TEXT, "
        "script TEXT, transliteration TEXT);"
        "CREATE TEMP TABLE IF NOT EXISTS demo_identifier(seq INTEGER PRIMARY KEY, person_id INTEGER, type TEXT, "
        "value TEXT, value_norm TEXT, issuing_country TEXT);"
        "CREATE TEMP TABLE IF NOT EXISTS demo_note(seq INTEGER PRIMARY KEY, uuid TEXT, case_id INTEGER, kind TEXT, "
        "occurred_at TEXT, author TEXT, body TEXT, created_at TEXT, updated_at TEXT);"
        "CREATE TEMP TABLE IF NOT EXISTS demo_case(seq INTEGER PRIMARY KEY, uuid TEXT, reference TEXT, title TEXT, "
        "status TEXT, summary TEXT, opened_on TEXT, closed_on TEXT, closure_reason TEXT, owner TEXT, tlp TEXT, "
        "handling_code TEXT, referring_org_id INTEGER, incoming_referral_date TEXT, incoming_referral_reason TEXT, "
        "incoming_referral_details TEXT, referring_case_worker TEXT, referred_org_id INTEGER, "
        "outgoing_referral_date TEXT, outgoing_referral_reason TEXT, outgoing_referral_details TEXT, "
        "referred_case_worker TEXT);"
        "DELETE FROM temp.demo_person; DELETE FROM temp.demo_alias; DELETE FROM temp.demo_identifier; "
        "DELETE FROM temp.demo_note; DELETE FROM temp.demo_case;");
}

void Generator::dropStaging() {
    (void)m_ws.db().execute("DROP TABLE IF EXISTS temp.demo_person; DROP TABLE IF EXISTS temp.demo_alias; "
                            "DROP TABLE IF EXISTS temp.demo_identifier; DROP TABLE IF EXISTS temp.demo_note; "
                            "DROP TABLE IF EXISTS temp.demo_case;");
}

/// Runs `sql` (an INSERT … SELECT over a staging table with ?1/?2 bounding seq) over
/// [0, rows) in chunks. FTS5 collects a statement's index terms in a hash that is flushed at the
/// next statement and whose slot array never shrinks; every later flush (one per case created
/// through CaseService) then walks all the slots. Modest chunks keep that hash small.
Status moveInChunks(store::Database& db, std::string_view sql, std::int64_t rows, std::int64_t chunk,
                    std::optional<std::int64_t> extra = std::nullopt, std::optional<std::string> text = std::nullopt) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    for (std::int64_t from = 0; from < rows; from += chunk) {
        (*st)->bind(1, from).bind(2, from + chunk);
        if (extra)
            (*st)->bind(3, *extra);
        if (text)
            (*st)->bind(4, *text);
        LINTAS_TRY((*st)->exec());
    }
    return {};
}

Status Generator::flush(Batch& b) {
    auto& db = m_ws.db();
    auto& ctx = m_ws.context();
    const std::string now = ctx.now();
    auto prepare = [&](std::string_view sql) { return db.prepare(sql); };
    constexpr std::int64_t kChunk = 4096;  // rows per INSERT … SELECT (notes: a quarter, they are longer)

    // Cases, as CaseService::create writes them: the reference from the same per-agency, per-year
    // counter (same statement), then the row, then its exploitation forms and countries.
    if (!b.cases.empty()) {
        auto bump = prepare("INSERT INTO reference_counter(prefix, year, next) VALUES (?, ?, 2) "
                            "ON CONFLICT(prefix, year) DO UPDATE SET next = next + 1 RETURNING next - 1");
        auto stage = prepare(
            "INSERT INTO temp.demo_case(seq, uuid, reference, title, status, summary, opened_on, closed_on, "
            "closure_reason, owner, tlp, handling_code, referring_org_id, incoming_referral_date, "
            "incoming_referral_reason, incoming_referral_details, referring_case_worker, referred_org_id, "
            "outgoing_referral_date, outgoing_referral_reason, outgoing_referral_details, referred_case_worker) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!bump)
            return bump.error();
        if (!stage)
            return stage.error();
        const std::string prefix = m_localCountry + "-" + m_localCode;
        auto orgId = [&](const std::optional<std::string>& uuid) -> std::optional<std::int64_t> {
            if (!uuid)
                return std::nullopt;
            return m_orgIds.at(*uuid);
        };
        for (std::size_t i = 0; i < b.cases.size(); ++i) {
            Case& c = b.cases[i];
            const int year = std::stoi(c.openedOn.value_or(m_todayText).substr(0, 4));
            (*bump)->bind(1, prefix).bind(2, year);
            auto row = (*bump)->step();
            if (!row)
                return row.error();
            if (!*row)
                return Error{ErrorCode::Internal, "case.reference", "counter returned no row"};
            char number[16];
            std::snprintf(number, sizeof number, "%06lld", static_cast<long long>((*bump)->int64(0)));
            (*bump)->reset();
            c.reference = prefix + "-" + std::to_string(year) + "-" + number;
            auto& s = **stage;
            s.bind(1, static_cast<std::int64_t>(i)).bind(2, c.meta.uuid).bind(3, c.reference).bind(4, c.title);
            s.bind(5, c.status).bind(6, c.summary).bind(7, c.openedOn).bind(8, c.closedOn).bind(9, c.closureReason);
            s.bind(10, c.owner).bind(11, c.tlp).bind(12, c.handlingCode).bind(13, orgId(c.referringOrganisation));
            s.bind(14, c.incomingReferralDate).bind(15, c.incomingReferralReason).bind(16, c.incomingReferralDetails);
            s.bind(17, c.referringCaseWorker).bind(18, orgId(c.referredOrganisation));
            s.bind(19, c.outgoingReferralDate).bind(20, c.outgoingReferralReason);
            s.bind(21, c.outgoingReferralDetails).bind(22, c.referredCaseWorker);
            LINTAS_TRY(s.exec());
        }
        // The case rows' created/updated time is also when their parties are added, so the
        // touch addParty makes (updated_at = now) is already true.
        LINTAS_TRY(moveInChunks(
            db,
            "INSERT INTO case_file(uuid, reference, title, status, summary, opened_on, closed_on, closure_reason, "
            "owner, tlp, handling_code, referring_org_id, incoming_referral_date, incoming_referral_reason, "
            "incoming_referral_details, referring_case_worker, referred_org_id, outgoing_referral_date, "
            "outgoing_referral_reason, outgoing_referral_details, referred_case_worker, origin_agency_id, created_at, "
            "updated_at, version) SELECT uuid, reference, title, status, summary, opened_on, closed_on, "
            "closure_reason, owner, tlp, handling_code, referring_org_id, incoming_referral_date, "
            "incoming_referral_reason, incoming_referral_details, referring_case_worker, referred_org_id, "
            "outgoing_referral_date, outgoing_referral_reason, outgoing_referral_details, referred_case_worker, ?3, "
            "?4, ?4, 1 FROM temp.demo_case WHERE seq >= ?1 AND seq < ?2 ORDER BY uuid",
            static_cast<std::int64_t>(b.cases.size()), kChunk, ctx.localAgencyId(), now));
        auto ids = prepare("SELECT s.seq, c.id FROM temp.demo_case s JOIN case_file c ON c.uuid = s.uuid");
        auto form = prepare("INSERT INTO case_exploitation(case_id, form) VALUES (?, ?)");
        auto country = prepare("INSERT INTO case_country(case_id, country) VALUES (?, ?)");
        for (auto* st : {&ids, &form, &country})
            if (!*st)
                return st->error();
        std::vector<std::int64_t> rowIds(b.cases.size(), 0);
        while (true) {
            auto row = (*ids)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            rowIds[static_cast<std::size_t>((*ids)->int64(0))] = (*ids)->int64(1);
        }
        for (std::size_t i = 0; i < b.cases.size(); ++i) {
            const Case& c = b.cases[i];
            m_caseIds[c.meta.uuid] = rowIds[i];
            for (const auto& f : c.exploitationForms) {
                (*form)->bind(1, rowIds[i]).bind(2, f);
                LINTAS_TRY((*form)->exec());
            }
            for (const auto& k : c.countries) {
                (*country)->bind(1, rowIds[i]).bind(2, k);
                LINTAS_TRY((*country)->exec());
            }
        }
        LINTAS_TRY(db.execute("DELETE FROM temp.demo_case;"));
    }

    // Persons: staged, then moved in one statement, then their new row ids read back.
    if (!b.persons.empty()) {
        auto stage = prepare(
            "INSERT INTO temp.demo_person(seq, uuid, salutation, job_title, given_names, middle_name, family_name, "
            "sex, gender, birth_date, estimated_age, age_estimated_on, deceased, marital_status, number_of_children, "
            "education, street, city, state, postal_code, country, latitude, longitude, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!stage)
            return stage.error();
        for (std::size_t i = 0; i < b.persons.size(); ++i) {
            const Person& p = b.persons[i];
            auto& s = **stage;
            s.bind(1, static_cast<std::int64_t>(i)).bind(2, p.meta.uuid).bind(3, p.salutation).bind(4, p.jobTitle);
            s.bind(5, p.givenNames).bind(6, p.middleName).bind(7, p.familyName).bind(8, p.sex).bind(9, p.gender);
            s.bind(10, p.birthDate).bind(11, p.estimatedAge).bind(12, p.ageEstimatedOn).bind(13, p.deceased ? 1 : 0);
            s.bind(14, p.maritalStatus).bind(15, p.numberOfChildren).bind(16, p.education).bind(17, p.street);
            s.bind(18, p.city).bind(19, p.state).bind(20, p.postalCode).bind(21, p.country).bind(22, p.latitude);
            s.bind(23, p.longitude).bind(24, now).bind(25, now);
            LINTAS_TRY(s.exec());
        }
        LINTAS_TRY(moveInChunks(
            db,
            "INSERT INTO person(salutation, job_title, given_names, middle_name, family_name, sex, gender, "
            "birth_date, estimated_age, age_estimated_on, deceased, marital_status, number_of_children, education, "
            "street, city, state, postal_code, country, latitude, longitude, uuid, origin_agency_id, created_at, "
            "updated_at, version) SELECT salutation, job_title, given_names, middle_name, family_name, sex, gender, "
            "birth_date, estimated_age, age_estimated_on, deceased, marital_status, number_of_children, education, "
            "street, city, state, postal_code, country, latitude, longitude, uuid, ?3, created_at, updated_at, 1 "
            "FROM temp.demo_person WHERE seq >= ?1 AND seq < ?2 ORDER BY uuid",
            static_cast<std::int64_t>(b.persons.size()), kChunk, ctx.localAgencyId()));
        auto ids = prepare("SELECT s.seq, p.id FROM temp.demo_person s JOIN person p ON p.uuid = s.uuid ORDER BY s.seq");
        if (!ids)
            return ids.error();
        std::vector<std::int64_t> rowIds(b.persons.size(), 0);
        while (true) {
            auto row = (*ids)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            rowIds[static_cast<std::size_t>((*ids)->int64(0))] = (*ids)->int64(1);
        }
        for (std::size_t i = 0; i < b.persons.size(); ++i)
            m_personIds[b.persons[i].meta.uuid] = rowIds[i];

        auto alias = prepare("INSERT INTO temp.demo_alias(seq, person_id, name, script, transliteration) "
                             "VALUES (?,?,?,?,?)");
        auto ident = prepare("INSERT INTO temp.demo_identifier(seq, person_id, type, value, value_norm, "
                             "issuing_country) VALUES (?,?,?,?,?,?)");
        auto citizenship = prepare("INSERT INTO person_citizenship(person_id, country, position) VALUES (?,?,?)");
        auto language =
            prepare("INSERT OR IGNORE INTO person_language(person_id, language, position) VALUES (?,?,?)");
        for (auto* st : {&alias, &ident, &citizenship, &language})
            if (!*st)
                return st->error();
        std::int64_t aliasSeq = 0, identSeq = 0;
        for (std::size_t i = 0; i < b.persons.size(); ++i) {
            const Person& p = b.persons[i];
            const std::int64_t id = rowIds[i];
            for (const auto& a : p.aliases) {
                (*alias)->bind(1, aliasSeq++).bind(2, id).bind(3, a.name).bind(4, a.script).bind(5, a.transliteration);
                LINTAS_TRY((*alias)->exec());
            }
            for (const auto& x : p.identifiers) {
                (*ident)->bind(1, identSeq++).bind(2, id).bind(3, x.type).bind(4, x.value).bind(5, x.normalized);
                (*ident)->bind(6, x.issuingCountry);
                LINTAS_TRY((*ident)->exec());
            }
            for (std::size_t k = 0; k < p.citizenships.size(); ++k) {
                (*citizenship)->bind(1, id).bind(2, p.citizenships[k]).bind(3, static_cast<std::int64_t>(k));
                LINTAS_TRY((*citizenship)->exec());
            }
            for (std::size_t k = 0; k < p.languages.size(); ++k) {
                (*language)->bind(1, id).bind(2, p.languages[k]).bind(3, static_cast<std::int64_t>(k));
                LINTAS_TRY((*language)->exec());
            }
        }
        LINTAS_TRY(moveInChunks(db,
                                "INSERT INTO person_alias(person_id, name, script, transliteration) "
                                "SELECT person_id, name, script, transliteration FROM temp.demo_alias "
                                "WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
                                aliasSeq, kChunk));
        LINTAS_TRY(moveInChunks(db,
                                "INSERT INTO identifier(person_id, type, value, value_norm, issuing_country) "
                                "SELECT person_id, type, value, value_norm, issuing_country FROM temp.demo_identifier "
                                "WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
                                identSeq, kChunk));
        LINTAS_TRY(db.execute("DELETE FROM temp.demo_person; DELETE FROM temp.demo_alias; "
                              "DELETE FROM temp.demo_identifier;"));
        m_summary.persons += static_cast<int>(b.persons.size());
    }

    // Case parties, as CaseService::addParty writes them (it also touches the case).
    {
        auto st = prepare("INSERT INTO case_person(case_id, person_id, role, role_details, added_at) VALUES (?,?,?,?,?)");
        if (!st)
            return st.error();
        for (const auto& party : b.parties) {
            auto c = caseId(party.caseUuid);
            if (!c)
                return c.error();
            auto person = personId(party.personUuid);
            if (!person)
                return person.error();
            (*st)->bind(1, *c).bind(2, *person).bind(3, party.role).bind(4, party.details).bind(5, now);
            LINTAS_TRY((*st)->exec());
        }
    }

    // Victim and suspect profiles, as CaseService::setVictimProfile / setSuspectProfile write them.
    {
        auto st = prepare(
            "INSERT OR REPLACE INTO victim_profile(case_id, person_id, trafficking_status, status_decided_by, "
            "relationship_to_trafficker, age_when_trafficked, recruitment_methods, recruitment_apps, "
            "recruitment_location_org_id, control_methods, exploitation_types, sex_exploitation_types, "
            "forced_labour_industry, exploitation_apps, exploitation_location_org_id, identification_method, "
            "identified_on, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        auto orgId = [&](const std::optional<std::string>& uuid) -> std::optional<std::int64_t> {
            if (!uuid)
                return std::nullopt;
            return m_orgIds.at(*uuid);
        };
        for (const auto& p : b.victimProfiles) {
            auto c = caseId(p.caseUuid);
            if (!c)
                return c.error();
            auto person = personId(p.personUuid);
            if (!person)
                return person.error();
            auto& s = **st;
            s.bind(1, *c).bind(2, *person).bind(3, p.traffickingStatus).bind(4, p.statusDecidedBy);
            s.bind(5, p.relationshipToTrafficker).bind(6, p.ageWhenTrafficked);
            s.bind(7, detail::toJsonArray(p.recruitmentMethods)).bind(8, detail::toJsonArray(p.recruitmentApps));
            s.bind(9, orgId(p.recruitmentLocation)).bind(10, detail::toJsonArray(p.controlMethods));
            s.bind(11, detail::toJsonArray(p.exploitationTypes)).bind(12, detail::toJsonArray(p.sexExploitationTypes));
            s.bind(13, p.forcedLabourIndustry).bind(14, detail::toJsonArray(p.exploitationApps));
            s.bind(15, orgId(p.exploitationLocation)).bind(16, p.identificationMethod).bind(17, p.identifiedOn);
            s.bind(18, now);
            LINTAS_TRY(s.exec());
        }
    }
    {
        auto st = prepare(
            "INSERT OR REPLACE INTO suspect_profile(case_id, person_id, roles_in_process, role_details, arrest_status, "
            "arrested_on, charge_status, charges, prosecution_status, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        for (const auto& p : b.suspectProfiles) {
            auto c = caseId(p.caseUuid);
            if (!c)
                return c.error();
            auto person = personId(p.personUuid);
            if (!person)
                return person.error();
            auto& s = **st;
            s.bind(1, *c).bind(2, *person).bind(3, detail::toJsonArray(p.rolesInProcess)).bind(4, p.roleDetails);
            s.bind(5, p.arrestStatus).bind(6, p.arrestedOn).bind(7, p.chargeStatus).bind(8, p.charges);
            s.bind(9, p.prosecutionStatus).bind(10, now);
            LINTAS_TRY(s.exec());
        }
    }

    // Journey legs and relationships, as LinkService writes them. Rows of every big table go in
    // key order (UUID here, ORDER BY in the moves): with random UUIDs and identifier values,
    // inserting in index order keeps consecutive inserts on neighbouring index pages.
    std::sort(b.legs.begin(), b.legs.end(),
              [](const JourneyLeg& x, const JourneyLeg& y) { return x.uuid < y.uuid; });
    std::sort(b.relationships.begin(), b.relationships.end(),
              [](const Relationship& x, const Relationship& y) { return x.uuid < y.uuid; });
    {
        auto st = prepare(
            "INSERT INTO journey_leg(uuid, case_id, person_id, sequence, event_type, country, state, city, street, "
            "postal_code, latitude, longitude, event_date, means_of_travel, border_crossing, documents_used, "
            "description, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        for (const auto& leg : b.legs) {
            auto c = caseId(leg.caseUuid);
            if (!c)
                return c.error();
            auto person = personId(leg.personUuid);
            if (!person)
                return person.error();
            auto& s = **st;
            s.bind(1, leg.uuid).bind(2, *c).bind(3, *person).bind(4, leg.sequence).bind(5, leg.eventType);
            s.bind(6, leg.country).bind(7, leg.state).bind(8, leg.city).bind(9, leg.street).bind(10, leg.postalCode);
            s.bind(11, leg.latitude).bind(12, leg.longitude).bind(13, leg.eventDate).bind(14, leg.meansOfTravel);
            s.bind(15, leg.borderCrossing).bind(16, leg.documentsUsed).bind(17, leg.description);
            s.bind(18, now).bind(19, now);
            LINTAS_TRY(s.exec());
        }
    }
    {
        auto st = prepare(
            "INSERT INTO relationship(uuid, case_id, from_person_id, from_organisation_id, to_person_id, "
            "to_organisation_id, type, source_reliability, information_credibility, note, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        auto endId = [&](PartyKind kind, const std::string& uuid) -> Result<std::int64_t> {
            if (kind == PartyKind::Person)
                return personId(uuid);
            if (auto it = m_orgIds.find(uuid); it != m_orgIds.end())
                return it->second;
            return ctx.idOf("organisation", uuid, "relationship.to");
        };
        for (const auto& r : b.relationships) {
            std::optional<std::int64_t> c;
            if (r.caseUuid) {
                auto id = caseId(*r.caseUuid);
                if (!id)
                    return id.error();
                c = *id;
            }
            auto from = endId(r.fromKind, r.fromUuid);
            if (!from)
                return from.error();
            auto to = endId(r.toKind, r.toUuid);
            if (!to)
                return to.error();
            auto& s = **st;
            s.bind(1, r.uuid).bind(2, c);
            if (r.fromKind == PartyKind::Person)
                s.bind(3, *from).bindNull(4);
            else
                s.bindNull(3).bind(4, *from);
            if (r.toKind == PartyKind::Person)
                s.bind(5, *to).bindNull(6);
            else
                s.bindNull(5).bind(6, *to);
            s.bind(7, r.type).bind(8, r.sourceReliability).bind(9, r.informationCredibility).bind(10, r.note);
            s.bind(11, now).bind(12, now);
            LINTAS_TRY(s.exec());
        }
    }

    // Notes, as NoteService::addNote writes them, through staging for FTS5.
    if (!b.notes.empty()) {
        auto stage = prepare("INSERT INTO temp.demo_note(seq, uuid, case_id, kind, occurred_at, author, body, "
                             "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
        if (!stage)
            return stage.error();
        for (std::size_t i = 0; i < b.notes.size(); ++i) {
            const Note& n = b.notes[i];
            auto c = caseId(n.caseUuid);
            if (!c)
                return c.error();
            auto& s = **stage;
            s.bind(1, static_cast<std::int64_t>(i)).bind(2, n.uuid).bind(3, *c).bind(4, n.kind).bind(5, n.occurredAt);
            s.bind(6, n.author).bind(7, n.body).bind(8, now).bind(9, now);
            LINTAS_TRY(s.exec());
        }
        LINTAS_TRY(moveInChunks(db,
                                "INSERT INTO note(uuid, case_id, kind, occurred_at, author, body, created_at, "
                                "updated_at) SELECT uuid, case_id, kind, occurred_at, author, body, created_at, "
                                "updated_at FROM temp.demo_note WHERE seq >= ?1 AND seq < ?2 ORDER BY uuid",
                                static_cast<std::int64_t>(b.notes.size()), kChunk / 4));
        LINTAS_TRY(db.execute("DELETE FROM temp.demo_note;"));
    }

    // Referrals as ReferralService::create and move() leave them after the staged path: the row in
    // its final state (each state's time stamped now, version counting the moves, the outcome
    // kept as coalesce() keeps it) and one transition per step, the first from nothing.
    {
        auto ins = prepare(
            "INSERT INTO referral(uuid, case_id, victim_id, service, provider_org_id, officer, status, due_date, "
            "outcome, notes, requested_at, accepted_at, started_at, completed_at, declined_at, cancelled_at, "
            "created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        auto transition = prepare("INSERT INTO referral_transition(referral_id, from_status, to_status, at, by_user, "
                                  "note) VALUES (?,?,?,?,?,?)");
        if (!ins)
            return ins.error();
        if (!transition)
            return transition.error();
        for (const auto& pending : b.referrals) {
            const Referral& r = pending.referral;
            auto c = caseId(r.caseUuid);
            if (!c)
                return c.error();
            auto victim = personId(r.victimUuid);
            if (!victim)
                return victim.error();
            std::optional<std::int64_t> provider;
            if (r.providerUuid)
                provider = m_orgIds.at(*r.providerUuid);
            std::string status = r.status, outcome = r.outcome;
            std::optional<std::string> stamp[5];  // accepted, started, completed, declined, cancelled
            static constexpr const char* kStamped[5] = {"Accepted", "InProgress", "Completed", "Declined", "Cancelled"};
            for (const char* to : pending.path) {
                status = to;
                for (int k = 0; k < 5; ++k)
                    if (status == kStamped[k])
                        stamp[k] = now;
                if (auto o = moveText(to).second)
                    outcome = *o;
            }
            auto& s = **ins;
            s.bind(1, r.uuid).bind(2, *c).bind(3, *victim).bind(4, r.service).bind(5, provider).bind(6, r.officer);
            s.bind(7, status).bind(8, r.dueDate).bind(9, outcome).bind(10, r.notes).bind(11, now);
            for (int k = 0; k < 5; ++k)
                s.bind(12 + k, stamp[k]);
            s.bind(17, now).bind(18, now).bind(19, static_cast<std::int64_t>(pending.path.size()) + 1);
            LINTAS_TRY(s.exec());
            const std::int64_t id = db.lastInsertRowId();
            std::optional<std::string> from;
            std::string to = r.status;
            std::string note;
            for (std::size_t k = 0; k <= pending.path.size(); ++k) {
                if (k > 0) {
                    from = to;
                    to = pending.path[k - 1];
                    note = moveText(to).first;
                }
                (*transition)->bind(1, id).bind(2, from).bind(3, to).bind(4, now).bind(5, r.officer).bind(6, note);
                LINTAS_TRY((*transition)->exec());
            }
        }
    }

    // Consents and case links: through the services.
    for (auto& consent : b.consents) {
        auto stored = m_ws.consents.record(std::move(consent));
        if (!stored)
            return stored.error();
    }
    for (auto& link : b.links) {
        auto stored = m_ws.links.addCaseLink(std::move(link));
        if (!stored)
            return stored.error();
    }

    // Only the recurring suspects are referred to again by later batches.
    for (const auto& uuid : b.newPoolPersons)
        m_poolPersonIds[uuid] = m_personIds.at(uuid);
    m_personIds.clear();
    m_caseIds.clear();
    m_summary.cases += static_cast<int>(b.cases.size());
    m_summary.referrals += static_cast<int>(b.referrals.size());
    return {};
}

Status Generator::setupAgencies() {
    auto local = m_ws.agencies.local();
    if (!local)
        return local.error();
    m_localCountry = local->country;
    m_localCode = local->code;
    for (const auto& p : kPartners) {
        if (m_localCountry == p.country && m_localCode == p.code)
            continue;
        auto found = m_ws.agencies.find(p.country, p.code);
        if (!found)
            return found.error();
        if (found->has_value())
            continue;
        Agency a;
        a.code = p.code;
        a.country = p.country;
        a.name = p.name;
        auto added = m_ws.agencies.add(std::move(a));
        if (!added)
            return added.error();
    }
    const OfficerNames* officers = &kOfficers[std::size(kOfficers) - 1];
    for (const auto& o : kOfficers)
        if (m_localCountry == o.country) {
            officers = &o;
            break;
        }
    for (const char* n : officers->names)
        m_officerNames.emplace_back(n);
    return {};
}

Organisation orgAtPlace(Rng& rng, std::string name, std::string type, const Place& place, std::string label) {
    Organisation o;
    o.name = std::move(name);
    o.type = std::move(type);
    o.country = place.country;
    o.notes = "Synthetic demo record.";
    Address a;
    a.label = std::move(label);
    a.city = place.city;
    a.state = place.state;
    a.country = place.country;
    a.latitude = place.lat + (rng.unit() - 0.5) * 0.04;
    a.longitude = place.lon + (rng.unit() - 0.5) * 0.04;
    o.addresses.push_back(std::move(a));
    return o;
}

Status Generator::setupOrganisations() {
    // Scale with the run so big runs have more places, yet a few recur in many cases.
    const int scale = std::clamp(m_total / 500, 0, 40);
    auto unique = [&](auto makeName) {
        std::string name;
        for (int i = 0; i < 50; ++i) {
            name = makeName();
            if (m_orgNames.insert(name).second)
                return name;
        }
        name += " " + std::to_string(m_orgNames.size());
        m_orgNames.insert(name);
        return name;
    };

    // Scam compounds and exploitation venues, a few per site.
    for (const auto& site : kSites) {
        const Place& place = placeOf(site.city);
        const int count = 1 + (site.weight >= 10 ? 2 : 1) + scale * site.weight / 20;
        for (int i = 0; i < count; ++i) {
            Organisation o;
            switch (site.scenario) {
            case Scenario::Scam:
                o = orgAtPlace(m_rng, unique([&] {
                                   return m_rng.twoWords(kCompoundA, kCompoundB) + ", " +
                                          site.city;
                               }),
                               "ScamCompound", place, "compound");
                o.notes = "Synthetic demo record. Suspected online-scam compound; guarded perimeter, dormitories "
                          "and office blocks.";
                break;
            case Scenario::Sexual:
                o = orgAtPlace(m_rng, unique([&] {
                                   return m_rng.twoWords(kVenueA, kVenueB) + " " + site.city;
                               }),
                               "Employer", place, "venue");
                break;
            case Scenario::Fishing:
                o = orgAtPlace(m_rng, unique([&] {
                                   return std::string(m_rng.pick(kFisheryA)) + " Fishery Co., Ltd. (" + site.city + ")";
                               }),
                               "Employer", place, "pier office");
                break;
            case Scenario::Domestic:
                o = orgAtPlace(m_rng, unique([&] {
                                   return std::string(m_rng.pick(kAgencyWordA)) + " Maid Placement " + site.city;
                               }),
                               "RecruitmentAgency", place, "office");
                break;
            case Scenario::Labour:
                o = orgAtPlace(m_rng, unique([&] {
                                   if (std::string_view(site.city) == "Tawau")
                                       return m_rng.twoWords(kPlantationA, kPlantationB) + " Plantation Sdn Bhd";
                                   return m_rng.twoWords(kFactoryA, kFactoryB) + " Co., Ltd. (" + site.city + ")";
                               }),
                               std::string_view(site.city) == "Tawau" ? "Employer" : "CorporateBusiness", place, "site");
                break;
            }
            auto stored = storeOrg(std::move(o), site.scenario == Scenario::Scam ? &m_compounds : &m_employers);
            if (!stored)
                return stored.error();
        }
    }

    // Recruitment agencies (some legitimate-looking fronts) in every origin country.
    for (const auto& h : kHomeCities) {
        const std::string_view country = h.country;
        const int count = 2 + scale / 4;
        for (int i = 0; i < count; ++i) {
            const Place& place = placeOf(h.cities[m_rng.index(6)]);
            std::string name = unique([&] {
                if (country == "IDN") {
                    std::string pt = "PT " + m_rng.twoWords(kIdnAgencyA, kIdnAgencyB);
                    pt += ' ';
                    pt += m_rng.pick(kIdnAgencyC);
                    return pt;
                }
                if (country == "VNM")
                    return "Công ty TNHH Nhân lực " + std::string(m_rng.pick(kAgencyWordA)) + " " +
                           placeOf(h.cities[0]).city;
                if (country == "MYS")
                    return "Agensi Pekerjaan " + m_rng.twoWords(kAgencyWordA, kPlantationB) + " Sdn Bhd";
                if (country == "PHL")
                    return m_rng.twoWords(kAgencyWordA, kAgencyWordB) + " Services Inc.";
                return m_rng.twoWords(kAgencyWordA, kAgencyWordB) + " Co., Ltd.";
            });
            Organisation o = orgAtPlace(m_rng, std::move(name), "RecruitmentAgency", place, "office");
            o.phone = phoneNumber(m_rng, country);
            if (m_rng.chance(50))
            {
                const std::string word = lowerAscii(m_rng.pick(kAgencyWordA));
                o.website = Rng::seq("https://", word, "-jobs", m_rng.digits(2), ".example");
            }
            auto stored = storeOrg(std::move(o), &m_agencies);
            if (!stored)
                return stored.error();
        }
    }

    // Victim-support providers in every origin country and the local one.
    std::vector<std::string> countries;
    for (const auto& h : kHomeCities)
        countries.emplace_back(h.country);
    if (std::find(countries.begin(), countries.end(), m_localCountry) == countries.end())
        countries.push_back(m_localCountry);
    for (const auto& country : countries) {
        const Place& place = placeOf(factsOf(country).airportCity);
        const Place& second = placeOf(homeCity(m_rng, country));
        struct Spec {
            std::string name;
            const char* type;
            std::vector<std::string> services;
            const Place* at;
        };
        const bool idn = country == "IDN", tha = country == "THA";
        std::vector<Spec> specs;
        specs.push_back({idn   ? "Rumah Aman " + std::string(m_rng.pick(kShelterWord)) + " " + place.city
                         : tha ? "Baan " + std::string(m_rng.pick(kShelterWord)) + " Shelter, " + place.city
                               : std::string(place.city) + " " + m_rng.pick(kShelterWord) + " Shelter",
                         "Shelter",
                         {"Shelter", "SocialCare"},
                         &place});
        specs.push_back({std::string(second.city) + " Women's and Children's Shelter", "Shelter", {"Shelter"}, &second});
        specs.push_back({idn ? "Klinik Pratama Sehat Sentosa " + std::string(place.city)
                             : std::string(place.city) + " Community Health Centre",
                         "HealthServiceOrganisation",
                         {"Medical", "Health"},
                         &place});
        specs.push_back({idn ? "Lembaga Bantuan Hukum Buruh Migran " + std::string(place.city)
                             : std::string(factsOf(country).adjective) + " Migrant Legal Aid Network",
                         "LegalService",
                         {"Legal"},
                         &place});
        specs.push_back({std::string(place.city) + " Community Interpreters", "ServiceProvider", {"Interpretation"}, &place});
        specs.push_back({"Migrant Return Assistance Office – " + std::string(place.city),
                         "InternationalOrganisation",
                         {"Repatriation", "Reintegration"},
                         &place});
        specs.push_back({std::string(m_rng.pick(kNgoWord)) + " Foundation (" + factsOf(country).adjective + ")",
                         "NGO",
                         {"Psychosocial", "Reintegration", "Livelihood", "SexualExploitationRehabilitation",
                          "LabourExploitationRehabilitation", "Education", "RightsBasedTraining"},
                         &second});
        for (auto& spec : specs) {
            Organisation o = orgAtPlace(m_rng, unique([&] { return spec.name; }), spec.type, *spec.at, "office");
            o.phone = phoneNumber(m_rng, country);
            o.notes = "Synthetic demo record. Victim-support provider.";
            const bool isNgo = std::string_view(spec.type) == "NGO";
            auto stored = storeOrg(std::move(o), isNgo ? &m_referrers : nullptr);
            if (!stored)
                return stored.error();
            m_providers.push_back({*stored, spec.name, country, spec.services});
        }
    }
    return {};
}

Person Generator::personOf(std::string_view country, bool female, int age, int referenceDay) {
    Person p;
    Name n = makeName(m_rng, country, female, age);
    p.salutation = std::move(n.salutation);
    p.givenNames = std::move(n.given);
    p.middleName = std::move(n.middle);
    p.familyName = std::move(n.family);
    p.aliases = std::move(n.aliases);
    p.sex = female ? "Female" : "Male";
    p.gender = female ? "Feminine" : "Masculine";
    if (m_rng.chance(60)) {
        const int born = referenceDay - age * 365 - m_rng.range(0, 364);
        p.birthDate = daysToIsoDate(born);
    } else {
        p.estimatedAge = age;
        p.ageEstimatedOn = m_cal.date(referenceDay);
    }
    p.citizenships = {std::string(country)};
    const std::string language = factsOf(country).language;
    p.languages = {language};
    if (language != "en" && m_rng.chance(20))
        p.languages.emplace_back("en");
    return p;
}

Person Generator::suspectPerson(Kind kind, std::string_view country, int referenceDay) {
    const bool female = m_rng.chance(kind == Kind::Recruiter ? 40 : kind == Kind::Manager ? 15 : 10);
    Person p = personOf(country, female, m_rng.range(24, 58), referenceDay);
    if (m_rng.chance(kind == Kind::Manager ? 55 : 30))
        p.aliases.push_back({m_rng.pick(kWorkName), "Latn", ""});
    return p;
}

void Generator::setupPool() {
    const int size = std::clamp(m_total / 8, 16, 8000);
    std::vector<std::size_t> scamSites, otherSites;
    for (std::size_t i = 0; i < std::size(kSites); ++i)
        (kSites[i].scenario == Scenario::Scam ? scamSites : otherSites).push_back(i);
    for (int i = 0; i < size; ++i) {
        PoolMember m;
        m.kind = static_cast<Kind>(m_rng.weighted({40, 30, 15, 15}));
        std::string nationality;
        const int referenceDay = m_cal.today - 1000;
        switch (m.kind) {
        case Kind::Recruiter: {
            const Scenario s = static_cast<Scenario>(m_rng.weighted({45, 18, 13, 12, 12}));
            m.key = originFor(s, "");
            nationality = m.key;
            break;
        }
        case Kind::Manager: {
            std::size_t site = m_rng.index(std::size(kSites));
            m.key = siteKey(site);
            const std::string siteCountry = placeOf(kSites[site].city).country;
            nationality = kSites[site].scenario == Scenario::Scam
                              ? weightedCode(m_rng, {{"CHN", 50}, {siteCountry.c_str(), 25}, {"MYS", 8}, {"THA", 8},
                                                     {"VNM", 4}, {"IDN", 5}})
                              : siteCountry;
            if (nationality == "SGP")
                nationality = "CHN";
            break;
        }
        case Kind::Transporter: {
            const std::size_t site = m_rng.pick(scamSites);
            m.key = siteKey(site);
            const char* hub = kSites[site].hubCountry;
            nationality = m_rng.chance(60) && *hub ? hub : placeOf(kSites[site].city).country;
            break;
        }
        case Kind::Broker: {
            const std::size_t site = m_rng.pick(otherSites);
            m.key = siteKey(site);
            nationality = placeOf(kSites[site].city).country;
            if (nationality == "SGP")
                nationality = "MYS";
            break;
        }
        }
        m.person = suspectPerson(m.kind, nationality, referenceDay);
        auto& ids = m.person.identifiers;
        const std::string operating =
            m.kind == Kind::Recruiter ? m.key : std::string(placeOf(kSites[std::stoul(m.key.substr(1))].city).country);
        // Compounds across the Moei and the Mekong run on Thai SIM cards.
        const std::string simCountry = (operating == "MMR" || operating == "LAO") && m_rng.chance(70) ? "THA"
                                       : operating == "SGP"                                        ? "SGP"
                                                                                                   : operating;
        ids.push_back(ident("Phone", phoneNumber(m_rng, simCountry), simCountry));
        m.handle = "@" + handleWord(m_rng, nationality);
        if (m.kind != Kind::Broker || m_rng.chance(50))
            ids.push_back(ident("SocialMediaHandle", m.handle, std::nullopt));
        if (m.kind == Kind::Recruiter && m_rng.chance(50))
            ids.push_back(ident("SocialMediaHandle", "facebook.com/" + lowerAscii(handleWord(m_rng, nationality)),
                                std::nullopt));
        if ((m.kind == Kind::Recruiter || m.kind == Kind::Broker) && m_rng.chance(40))
            ids.push_back(ident("BankAccount", bankAccount(m_rng, nationality), nationality));
        if (m.kind == Kind::Manager && m_rng.chance(50))
            ids.push_back(ident("CryptoWallet", cryptoWallet(m_rng), std::nullopt));
        if (m.kind == Kind::Manager && nationality == "CHN" && m_rng.chance(50))
        {
            const std::string letters = lowerAscii(m_rng.letters(6));
            ids.push_back(ident("SocialMediaHandle", Rng::seq("wxid_", letters, m_rng.digits(4)), std::nullopt));
        }
        if (m.kind == Kind::Recruiter && m_rng.chance(25))
            ids.push_back(ident("Email", lowerAscii(m.handle.substr(1)) + "@mail.example", std::nullopt));
        if (m_rng.chance(40))
            ids.push_back(ident("Passport", passportNumber(m_rng, nationality), nationality));
        m_poolIndex[std::to_string(static_cast<int>(m.kind)) + ":" + m.key].push_back(i);
        m_pool.push_back(std::move(m));
    }
}

Status Generator::setup() {
    store::Transaction tx(m_ws.db());
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(setupAgencies());
    LINTAS_TRY(setupOrganisations());
    return tx.commit();
}

// ------------------------------------------------------------------------------------- helpers

const OrgRec* Generator::orgAt(const std::vector<OrgRec>& orgs, std::string_view city, std::string_view country) {
    std::vector<const OrgRec*> hits;
    for (const auto& o : orgs)
        if ((city.empty() || o.city == city) && (country.empty() || o.country == country))
            hits.push_back(&o);
    if (hits.empty())
        return nullptr;
    return hits[m_rng.skewed(hits.size())];
}

const Provider* Generator::providerFor(std::string_view country, std::string_view service) {
    std::vector<const Provider*> hits;
    for (const auto& p : m_providers)
        if (p.country == country && std::find(p.services.begin(), p.services.end(), service) != p.services.end())
            hits.push_back(&p);
    if (hits.empty())
        return nullptr;
    return hits[m_rng.index(hits.size())];
}

std::string Generator::originFor(Scenario s, std::string_view siteCountry) {
    std::string origin;
    for (int attempt = 0; attempt < 8; ++attempt) {
        switch (s) {
        case Scenario::Scam:
            origin = weightedCode(m_rng, {{"IDN", 20}, {"VNM", 15}, {"PHL", 12}, {"THA", 10}, {"MYS", 8}, {"MMR", 8},
                                          {"LAO", 6}, {"KHM", 5}, {"CHN", 8}});
            break;
        case Scenario::Sexual:
            origin = weightedCode(m_rng, {{"VNM", 20}, {"LAO", 18}, {"MMR", 15}, {"THA", 10}, {"KHM", 10}, {"IDN", 10},
                                          {"PHL", 8}});
            break;
        case Scenario::Fishing:
            origin = weightedCode(m_rng, {{"MMR", 35}, {"KHM", 25}, {"LAO", 10}, {"IDN", 15}, {"THA", 10}, {"PHL", 5}});
            break;
        case Scenario::Domestic:
            origin = weightedCode(m_rng, {{"IDN", 35}, {"PHL", 30}, {"MMR", 20}, {"KHM", 15}});
            break;
        case Scenario::Labour:
            origin = weightedCode(m_rng, {{"IDN", 30}, {"MMR", 30}, {"KHM", 20}, {"LAO", 10}, {"VNM", 10}});
            break;
        }
        // The local agency mostly investigates its own nationals' cases.
        if (m_rng.chance(45)) {
            for (const auto& h : kHomeCities)
                if (m_localCountry == h.country)
                    origin = m_localCountry;
        }
        // Trafficking inside one country happens, but cross-border cases dominate.
        if (origin != siteCountry || m_rng.chance(15))
            return origin;
    }
    return origin;
}

std::string Generator::relationshipGrade(Relationship& r) {
    r.sourceReliability = weightedCode(m_rng, {{"A", 15}, {"B", 45}, {"C", 25}, {"X", 15}});
    r.informationCredibility = weightedCode(m_rng, {{"1", 15}, {"2", 40}, {"3", 30}, {"4", 15}});
    return r.sourceReliability + r.informationCredibility;
}

const char* offerFor(Scenario s) {
    switch (s) {
    case Scenario::Scam: return "a customer-service or online-marketing job";
    case Scenario::Sexual: return "a job as a waitress or hostess";
    case Scenario::Fishing: return "factory or deck-hand work with a monthly wage";
    case Scenario::Domestic: return "a housekeeping job with a legal contract";
    case Scenario::Labour: return "factory or plantation work with a work permit";
    }
    return "a job";
}

// ------------------------------------------------------------------------------------ one case

Status Generator::makeCase(int index, int opened) {
    Rng& rng = m_rng;
    const int age = m_cal.today - opened;
    const bool forceScam = index == 0;  // the very first case is always a scam compound

    // --- what happened ------------------------------------------------------------------
    std::size_t siteIndex = 0;
    {
        int total = 0;
        for (const auto& s : kSites)
            total += s.weight;
        const Scenario wanted =
            forceScam ? Scenario::Scam : static_cast<Scenario>(rng.weighted({45, 18, 13, 12, 12}));
        do {
            int r = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
            siteIndex = 0;
            while (r >= kSites[siteIndex].weight) {
                r -= kSites[siteIndex].weight;
                ++siteIndex;
            }
        } while (kSites[siteIndex].scenario != wanted);
    }
    const Site& site = kSites[siteIndex];
    const Scenario scenario = site.scenario;
    const Place& sitePlace = placeOf(site.city);
    const std::string siteCountry = sitePlace.country;
    const std::string origin = originFor(scenario, siteCountry);
    const CountryFacts& originFacts = factsOf(origin);
    const OrgRec* venue = orgAt(scenario == Scenario::Scam ? m_compounds : m_employers, site.city, siteCountry);
    const OrgRec* agency = (scenario != Scenario::Scam || rng.chance(20)) ? orgAt(m_agencies, "", origin) : nullptr;
    if (scenario == Scenario::Domestic && venue)  // the placement agency at destination is the "employer" of record
        agency = agency ? agency : venue;

    std::vector<std::string> apps;
    if (scenario == Scenario::Scam || rng.chance(45)) {
        apps = weightedCodes(rng, rng.range(1, 2),
                             {{"Facebook", 30}, {"Telegram", 28}, {"TikTok", 12}, {"WhatsApp", 12},
                              {"FacebookMessenger", 8}, {"Line", origin == "THA" ? 20 : 2}, {"Instagram", 3},
                              {"WeChat", origin == "CHN" ? 30 : 1}});
    }
    const std::string mainApp = apps.empty() ? std::string() : apps.front();

    // --- status and dates -----------------------------------------------------------------
    std::string status;
    if (age < 30)
        status = weightedCode(rng, {{"Reported", 40}, {"Active", 30}, {"UnderInvestigation", 30}});
    else if (age < 180)
        status = weightedCode(rng, {{"Reported", 5}, {"Active", 20}, {"UnderInvestigation", 40}, {"FollowUp", 15},
                                    {"ReferredForProsecution", 15}, {"Closed", 5}});
    else if (age < 540)
        status = weightedCode(rng, {{"Active", 10}, {"UnderInvestigation", 20}, {"FollowUp", 10},
                                    {"ReferredForProsecution", 15}, {"InCourt", 20}, {"Closed", 15},
                                    {"ClosedReferred", 10}});
    else
        status = weightedCode(rng, {{"UnderInvestigation", 5}, {"FollowUp", 5}, {"InCourt", 20}, {"Closed", 45},
                                    {"ClosedReferred", 25}});
    const bool closed = status == "Closed" || status == "ClosedReferred";
    const int closedDay = closed ? rng.range(opened + std::min(30, age), m_cal.today) : 0;

    // --- how many people --------------------------------------------------------------------
    const int totalRoles = rng.range(7, 13);
    const int suspects = rng.range(2, 4);
    const int witnesses = rng.range(1, 2);
    const int others = rng.chance(35) ? 1 : 0;
    const int victims = std::max(1, totalRoles - suspects - witnesses - others);

    std::vector<std::string> victimCountries;
    for (int v = 0; v < victims; ++v)
        victimCountries.push_back(rng.chance(88) ? origin : originFor(scenario, siteCountry));

    // --- the case -------------------------------------------------------------------------
    Case c;
    const std::string adjective = originFacts.adjective;
    const std::string venueName = venue ? venue->name : std::string(site.city);
    std::string vessel;
    if (scenario == Scenario::Fishing)
    {
        vessel = (siteCountry == "IDN" ? "KM " : "") + rng.twoWords(kVesselA, kVesselB);
        vessel += " " + std::to_string(rng.range(1, 99));
    }
    switch (scenario) {
    case Scenario::Scam:
        c.title = rng.chance(50) ? "Online job scam: " + std::to_string(victims) + " " + adjective +
                                       " nationals held in a scam compound in " + site.city
                                 : "Forced criminality at " + venueName;
        c.exploitationForms = {"ForcedCriminality"};
        if (rng.chance(30))
            c.exploitationForms.emplace_back("ForcedLabour");
        break;
    case Scenario::Sexual:
        c.title = "Sexual exploitation of " + adjective + " women in " + site.city + " (" + venueName + ")";
        c.exploitationForms = {"SexualExploitation"};
        break;
    case Scenario::Fishing:
        c.title = "Forced labour on fishing vessel " + vessel + ", " + site.city;
        c.exploitationForms = {"ForcedLabour"};
        break;
    case Scenario::Domestic:
        c.title = "Domestic servitude of " + adjective + (victims > 1 ? " workers" : " worker") + " in " + site.city;
        c.exploitationForms = {"Servitude", "ForcedLabour"};
        break;
    case Scenario::Labour:
        c.title = "Forced labour at " + venueName;
        c.exploitationForms = {"ForcedLabour"};
        break;
    }
    c.status = status;
    c.countries = {origin};
    for (int h = 0; h < site.hopCount; ++h) {
        const std::string hopCountry = placeOf(site.approach[h].city).country;
        if (h == 0 && origin == site.hubCountry)
            continue;
        if (origin == siteCountry)
            break;
        if (std::find(c.countries.begin(), c.countries.end(), hopCountry) == c.countries.end())
            c.countries.push_back(hopCountry);
    }
    for (const auto& vc : victimCountries)
        if (std::find(c.countries.begin(), c.countries.end(), vc) == c.countries.end())
            c.countries.push_back(vc);
    if (std::find(c.countries.begin(), c.countries.end(), siteCountry) == c.countries.end())
        c.countries.push_back(siteCountry);
    if (std::find(c.countries.begin(), c.countries.end(), m_localCountry) == c.countries.end() &&
        geo::isCountryCode(m_localCountry))
        c.countries.push_back(m_localCountry);

    std::string transitText;
    for (int h = 0; h + 1 < site.hopCount; ++h)
        transitText += std::string(transitText.empty() ? "" : " and ") + site.approach[h].city;
    c.summary = std::to_string(victims) + " " + adjective + (victims > 1 ? " nationals were" : " national was") +
                " recruited " +
                (mainApp.empty() ? std::string(agency ? "by " + agency->name : "through acquaintances")
                                 : "through " + mainApp + " job advertisements") +
                " offering " + offerFor(scenario) + ". " +
                (transitText.empty() ? std::string() : "They travelled via " + transitText + ". ") + "At " + venueName +
                " in " + site.city + " they were made to " + site.work +
                "; passports were taken and debts for travel and food were imposed. " +
                (scenario == Scenario::Scam ? "Recruiters used Telegram and WhatsApp to stay in contact. "
                                            : std::string()) +
                "Synthetic demo case.";
    c.openedOn = m_cal.date(opened);
    if (closed) {
        c.closedOn = m_cal.date(closedDay);
        if (status == "ClosedReferred") {
            const PartnerAgency* p = partnerIn(siteCountry != m_localCountry ? siteCountry : origin);
            c.closureReason = std::string("Referred to ") + (p ? p->code : "the partner agency") + " in " +
                              (p ? p->country : siteCountry.c_str()) + " for investigation and prosecution";
        } else {
            static constexpr const char* kReasons[] = {
                "Suspects convicted; victims repatriated and reintegrated",
                "Insufficient evidence to charge the remaining suspects",
                "Victims repatriated; suspects abroad remain wanted",
                "Merged into a larger investigation of the same network",
            };
            c.closureReason = rng.pick(kReasons);
        }
    }
    c.owner = officer("inv");
    c.tlp = weightedCode(rng, {{"CLEAR", 3}, {"GREEN", 17}, {"AMBER", 50}, {"AMBER+STRICT", 20}, {"RED", 10}});
    c.handlingCode = c.tlp == "RED" ? "H3" : weightedCode(rng, {{"H0", 10}, {"H1", 25}, {"H2", 50}, {"H3", 15}});
    if (!m_referrers.empty() && rng.chance(20)) {
        const OrgRec& ngo = m_referrers[rng.index(m_referrers.size())];
        c.referringOrganisation = ngo.uuid;
        c.incomingReferralDate = m_cal.date(opened - rng.range(0, 10));
        c.incomingReferralReason = weightedCode(rng, {{"AdditionalServicesRequired", 60},
                                                      {"MigrationOrChangeOfLocation", 25}, {"Other", 15}});
        c.incomingReferralDetails = "Victims met during outreach asked for help contacting the police.";
        c.referringCaseWorker = "Case worker (synthetic)";
    }
    auto staged = stageCase(std::move(c));
    if (!staged)
        return staged.error();
    const Case& storedCase = m_gen->cases.back();
    const std::string caseUuid = *staged;

    // --- victims ------------------------------------------------------------------------------
    std::vector<VictimRec> victimRecs;
    const int femaleShare = scenario == Scenario::Scam       ? 40
                            : scenario == Scenario::Sexual   ? 92
                            : scenario == Scenario::Fishing  ? 3
                            : scenario == Scenario::Domestic ? 90
                                                             : 30;
    const int recruitBase = opened - rng.range(45, 400);
    for (int v = 0; v < victims; ++v) {
        VictimRec rec;
        rec.country = victimCountries[static_cast<std::size_t>(v)];
        rec.female = rng.chance(femaleShare);
        rec.age = scenario == Scenario::Sexual ? rng.range(15, 32) : rng.range(17, 45);
        rec.recruitDay = recruitBase + rng.range(-20, 10);
        // Identified after the exploitation began (at most 28 days after recruitment, see the journey).
        rec.identifiedDay = std::max(rec.recruitDay + 30, opened - rng.range(0, 25));
        Person p = personOf(rec.country, rec.female, rec.age, opened);
        const Place& home = placeOf(homeCity(rng, rec.country));
        rec.home = &home;
        p.city = home.city;
        p.state = home.state;
        p.country = home.country;
        if (rng.chance(30)) {
            p.latitude = home.lat + (rng.unit() - 0.5) * 0.1;
            p.longitude = home.lon + (rng.unit() - 0.5) * 0.1;
        }
        if (rng.chance(50)) {
            p.maritalStatus = weightedCode(rng, {{"Single", 55}, {"Married", 35}, {"Divorced", 6}, {"Separated", 4}});
            if (*p.maritalStatus != "Single" && rng.chance(70))
                p.numberOfChildren = rng.range(0, 3);
            p.education = weightedCode(rng, {{"PrimaryEducation", 25}, {"LowerSecondaryEducation", 30},
                                             {"UpperSecondaryEducation", 30}, {"ShortCycleTertiaryEducation", 8},
                                             {"BachelorsOrEquivalentLevel", 7}});
        }
        if (rng.chance(80))
            p.identifiers.push_back(ident("Phone", phoneNumber(rng, rec.country), rec.country));
        if (rng.chance(55))
            p.identifiers.push_back(ident("Passport", passportNumber(rng, rec.country), rec.country));
        if (p.birthDate && rng.chance(30)) {
            std::string nid = nationalId(rng, rec.country, *p.birthDate, rec.female);
            if (!nid.empty())
                p.identifiers.push_back(ident("NationalId", std::move(nid), rec.country));
        }
        if (rng.chance(20))
            p.identifiers.push_back(
                ident("SocialMediaHandle", "@" + lowerAscii(p.givenNames.substr(0, p.givenNames.find(' '))) + "." +
                                               rng.digits(rng.range(2, 4)),
                      std::nullopt));
        rec.name = p.displayName();
        auto uuid = stagePerson(std::move(p));
        if (!uuid)
            return uuid.error();
        rec.uuid = *uuid;
        LINTAS_TRY(stageParty(caseUuid, rec.uuid, "Victim"));
        victimRecs.push_back(std::move(rec));
    }

    // --- journeys and victim profiles ----------------------------------------------------------
    const PartnerAgency* sitePartner = partnerIn(siteCountry);
    for (const auto& v : victimRecs) {
        VictimProfile vp;
        vp.caseUuid = caseUuid;
        vp.personUuid = v.uuid;
        vp.traffickingStatus = age < 60 ? weightedCode(rng, {{"PossibleVictimOfTrafficking", 60},
                                                             {"ActualVictimOfTrafficking", 35},
                                                             {"NotAVictimOfTrafficking", 5}})
                                        : weightedCode(rng, {{"PossibleVictimOfTrafficking", 25},
                                                             {"ActualVictimOfTrafficking", 70},
                                                             {"NotAVictimOfTrafficking", 5}});
        vp.statusDecidedBy = weightedCode(rng, {{"Police", 50}, {"NGO", 20},
                                                {"CourtOrProsecution", status == "InCourt" || closed ? 30 : 2},
                                                {"NonPoliceGovernmentalOrganization", 10}, {"Other", 3}});
        vp.relationshipToTrafficker = scenario == Scenario::Scam
                                          ? weightedCode(rng, {{"Unaquainted", 70}, {"Acquainted", 25}, {"Familial", 5}})
                                          : weightedCode(rng, {{"Unaquainted", 35}, {"Acquainted", 50}, {"Familial", 15}});
        vp.ageWhenTrafficked = std::max(0, v.age - (opened - v.recruitDay) / 365);
        switch (scenario) {
        case Scenario::Scam:
            vp.recruitmentMethods = weightedCodes(rng, rng.range(1, 2),
                                                  {{"ThroughAnOnlineAdvertisement", 50},
                                                   {"ThroughOnlineSocialNetworks", 35},
                                                   {"ThroughFriendsOrSocialEvents", 15}});
            vp.controlMethods = weightedCodes(rng, rng.range(2, 5),
                                              {{"WithholdsDocuments", 30}, {"DebtBondage", 25}, {"PhysicalAbuse", 20},
                                               {"PhysicalThreats", 20}, {"ExcessiveWorkingHours", 20},
                                               {"FalsePromises", 15}, {"TakesEarnings", 10},
                                               {"RestrictsFinancialAccess", 5}, {"PsychologicalAbuse", 10}});
            vp.exploitationTypes = storedCase.exploitationForms;
            vp.exploitationApps = weightedCodes(rng, rng.range(1, 3),
                                                {{"Telegram", 30}, {"WhatsApp", 25}, {"Facebook", 20}, {"WeChat", 10},
                                                 {"Line", 8}, {"Instagram", 8}, {"TikTok", 5}});
            break;
        case Scenario::Sexual:
            vp.recruitmentMethods = weightedCodes(rng, 1,
                                                  {{"ThroughFriendsOrSocialEvents", 40},
                                                   {"ThroughOnlineSocialNetworks", 35},
                                                   {"ThroughFamilyOrFamilyEvents", 15}, {"AtWork", 10}});
            vp.controlMethods = weightedCodes(rng, rng.range(2, 4),
                                              {{"DebtBondage", 30}, {"WithholdsDocuments", 25}, {"SexualAbuse", 15},
                                               {"ThreatensChildrenFamily", 15}, {"PsychoactiveSubstance", 8},
                                               {"ThreatsLawEnforcement", 15}, {"TakesEarnings", 20}});
            vp.exploitationTypes = {"SexualExploitation"};
            vp.sexExploitationTypes =
                std::string_view(site.city) == "Cebu City"
                    ? std::vector<std::string>{"RemoteInteractiveServices"}
                    : weightedCodes(rng, rng.range(1, 2),
                                    {{"Prostitution", 60}, {"PrivateSexualServices", 25},
                                     {"RemoteInteractiveServices", 10}, {"Pornography", 5}});
            if (rng.chance(40))
                vp.exploitationApps = weightedCodes(rng, 1, {{"WeChat", 30}, {"Line", 30}, {"Telegram", 20},
                                                             {"Facebook", 20}});
            break;
        case Scenario::Fishing:
        case Scenario::Labour:
            vp.recruitmentMethods = weightedCodes(rng, 1,
                                                  {{"ThroughFriendsOrSocialEvents", 40}, {"AtAPlaceOfBusiness", 30},
                                                   {"AtWork", 15}, {"ThroughOnlineSocialNetworks", 15}});
            vp.controlMethods = weightedCodes(rng, rng.range(2, 4),
                                              {{"DebtBondage", 35}, {"WithholdsDocuments", 30},
                                               {"ExcessiveWorkingHours", 30}, {"PhysicalAbuse", 15},
                                               {"TakesEarnings", 20}, {"WithholdsNecessities", 10},
                                               {"ThreatsLawEnforcement", 10}});
            vp.exploitationTypes = {"ForcedLabour"};
            if (v.age < 18)
                vp.exploitationTypes.emplace_back("ChildLabour");
            break;
        case Scenario::Domestic:
            vp.recruitmentMethods = weightedCodes(rng, 1,
                                                  {{"AtAPlaceOfBusiness", 50}, {"ThroughFamilyOrFamilyEvents", 25},
                                                   {"ThroughOnlineSocialNetworks", 25}});
            vp.controlMethods = weightedCodes(rng, rng.range(2, 4),
                                              {{"WithholdsDocuments", 35}, {"ExcessiveWorkingHours", 30},
                                               {"TakesEarnings", 25}, {"PhysicalAbuse", 15},
                                               {"RestrictsMedicalCare", 10}, {"PsychologicalAbuse", 15},
                                               {"WithholdsNecessities", 10}});
            vp.exploitationTypes = {"Servitude", "ForcedLabour"};
            break;
        }
        if (!apps.empty() && (std::find(vp.recruitmentMethods.begin(), vp.recruitmentMethods.end(),
                                        "ThroughAnOnlineAdvertisement") != vp.recruitmentMethods.end() ||
                              std::find(vp.recruitmentMethods.begin(), vp.recruitmentMethods.end(),
                                        "ThroughOnlineSocialNetworks") != vp.recruitmentMethods.end()))
            vp.recruitmentApps = apps;
        if (site.industry && std::find(vp.exploitationTypes.begin(), vp.exploitationTypes.end(), "ForcedLabour") !=
                                 vp.exploitationTypes.end())
            vp.forcedLabourIndustry = site.industry;
        if (agency && v.country == origin)
            vp.recruitmentLocation = agency->uuid;
        if (venue)
            vp.exploitationLocation = venue->uuid;
        vp.identificationMethod = weightedCode(
            rng, {{"PoliceOperation", 20}, {"Hotline", 10}, {"NgoOutreach", 12}, {"BorderScreening", 12},
                  {"EmbassyOrConsulate", 12}, {"FamilyOrCommunity", 12}, {"SelfReferral", 10},
                  {"ForeignAgencyReferral", sitePartner ? 10 : 0}, {"LabourInspection", scenario == Scenario::Scam ? 0 : 8},
                  {"HealthServices", 3}});
        vp.identifiedOn = m_cal.date(v.identifiedDay);
        LINTAS_TRY(stageVictimProfile(std::move(vp)));

        // Journey: recruitment at home, transit hops, exploitation, and sometimes the way home.
        int seq = 0;
        auto leg = [&](const char* type, const Place& place, int day, std::optional<std::string> means,
                       std::string crossing, std::string description) -> Status {
            JourneyLeg l;
            l.caseUuid = caseUuid;
            l.personUuid = v.uuid;
            l.sequence = ++seq;
            l.eventType = type;
            l.country = place.country;
            l.state = place.state;
            l.city = place.city;
            l.latitude = place.lat;
            l.longitude = place.lon;
            l.eventDate = m_cal.date(day);
            l.meansOfTravel = std::move(means);
            l.borderCrossing = std::move(crossing);
            l.description = std::move(description);
            return stageLeg(std::move(l));
        };
        const Place& home = *v.home;
        LINTAS_TRY(leg("Recruitment", home, v.recruitDay, std::nullopt, {},
                       mainApp.empty() ? std::string("Recruited in person with an offer of ") + offerFor(scenario)
                                       : "Answered a " + mainApp + " job advertisement offering " + offerFor(scenario)));
        int day = v.recruitDay + rng.range(3, 20);
        const Crossing* land = crossingBetween(v.country, siteCountry);
        if (v.country != siteCountry) {
            if (site.hopCount > 1) {
                for (int h = 0; h + 1 < site.hopCount; ++h) {
                    const Hop& hop = site.approach[h];
                    const Place& at = placeOf(hop.city);
                    if (h == 0 && v.country == site.hubCountry)
                        continue;
                    if (at.country == v.country && h == 0)
                        continue;
                    LINTAS_TRY(leg("Transit", at, day, std::string(h == 0 && land ? land->means : hop.means),
                                   h == 0 && land ? land->via : "", "Met by a driver and moved on within days"));
                    day += rng.range(1, 4);
                }
            } else if (!land && rng.chance(50)) {
                const Place& airport = placeOf(factsOf(v.country).airportCity);
                if (std::string_view(airport.city) != home.city) {
                    LINTAS_TRY(leg("Transit", airport, day, std::string("Bus"), {}, "Waited at a boarding house for tickets"));
                    day += rng.range(1, 5);
                }
            }
        }
        const Hop& last = site.approach[site.hopCount - 1];
        std::string means = v.country == siteCountry ? "Bus" : land && site.hopCount == 1 ? land->means : last.means;
        std::string crossing = v.country == siteCountry ? "" : land && site.hopCount == 1 ? land->via : last.crossing;
        LINTAS_TRY(leg("Exploitation", sitePlace, day, means, crossing,
                       "Held at " + venueName + " and made to " + site.work));
        if (v.identifiedDay + 5 < m_cal.today && (closed || rng.chance(30)) && v.country != siteCountry) {
            const int back = std::min(m_cal.today, v.identifiedDay + rng.range(5, 60));
            LINTAS_TRY(leg("Return", placeOf(factsOf(v.country).airportCity), back, std::string("Air"), {},
                           "Repatriated after identification"));
        }
    }

    // --- suspects ----------------------------------------------------------------------------
    static constexpr Kind kSlots[5][4] = {
        {Kind::Recruiter, Kind::Manager, Kind::Transporter, Kind::Recruiter},
        {Kind::Recruiter, Kind::Manager, Kind::Broker, Kind::Transporter},
        {Kind::Broker, Kind::Manager, Kind::Recruiter, Kind::Transporter},
        {Kind::Recruiter, Kind::Manager, Kind::Broker, Kind::Recruiter},
        {Kind::Recruiter, Kind::Manager, Kind::Broker, Kind::Transporter},
    };
    std::vector<SuspectRec> suspectRecs;
    std::vector<int> sharedPool;  // pool members that link this case to earlier ones
    for (int s = 0; s < suspects; ++s) {
        SuspectRec rec;
        rec.kind = kSlots[static_cast<int>(scenario)][s];
        const std::string key = rec.kind == Kind::Recruiter ? origin : siteKey(siteIndex);
        const auto found = m_poolIndex.find(std::to_string(static_cast<int>(rec.kind)) + ":" + key);
        const int reuse = rec.kind == Kind::Recruiter ? 55 : rec.kind == Kind::Manager ? 60 : 45;
        int poolIndex = -1;
        if (found != m_poolIndex.end() && rng.chance(reuse)) {
            poolIndex = found->second[rng.skewed(found->second.size())];
            for (const auto& other : suspectRecs)
                if (other.pool == poolIndex)
                    poolIndex = -1;
        }
        const std::string operating = rec.kind == Kind::Recruiter ? origin : siteCountry;
        rec.abroad = operating != m_localCountry;
        if (poolIndex >= 0) {
            PoolMember& m = m_pool[static_cast<std::size_t>(poolIndex)];
            if (m.uuid.empty()) {
                auto uuid = stagePerson(m.person);
                if (!uuid)
                    return uuid.error();
                m.uuid = *uuid;
                m_gen->newPoolPersons.push_back(m.uuid);
            } else {
                sharedPool.push_back(poolIndex);
            }
            rec.uuid = m.uuid;
            rec.name = m.person.displayName();
            rec.pool = poolIndex;
        } else {
            std::string nationality = operating;
            if (rec.kind == Kind::Manager && scenario == Scenario::Scam)
                nationality = weightedCode(rng, {{"CHN", 50}, {siteCountry.c_str(), 30}, {"MYS", 10}, {"THA", 10}});
            if (nationality == "SGP")
                nationality = rng.chance(50) ? "MYS" : "CHN";
            Person p = suspectPerson(rec.kind, nationality, opened);
            if (rng.chance(65))
                p.identifiers.push_back(ident("Phone", phoneNumber(rng, operating), operating));
            if (rng.chance(30))
                p.identifiers.push_back(ident("Passport", passportNumber(rng, nationality), nationality));
            // A second sighting of a known operator under another name: same handle or phone.
            if (found != m_poolIndex.end() && rng.chance(12)) {
                const PoolMember& known = m_pool[static_cast<std::size_t>(found->second[rng.skewed(found->second.size())])];
                for (const auto& id : known.person.identifiers)
                    if (id.type == "SocialMediaHandle" || id.type == "Phone") {
                        bool dup = false;
                        for (const auto& mine : p.identifiers)
                            dup = dup || (mine.type == id.type && mine.value == id.value);
                        if (!dup)
                            p.identifiers.push_back(id);
                        break;
                    }
            }
            rec.name = p.displayName();
            auto uuid = stagePerson(std::move(p));
            if (!uuid)
                return uuid.error();
            rec.uuid = *uuid;
        }
        static constexpr const char* kRoleText[] = {"recruiter", "compound or site manager", "transporter", "broker"};
        LINTAS_TRY(stageParty(caseUuid, rec.uuid, "Suspect", kRoleText[static_cast<int>(rec.kind)]));

        SuspectProfile sp;
        sp.caseUuid = caseUuid;
        sp.personUuid = rec.uuid;
        switch (rec.kind) {
        case Kind::Recruiter:
            sp.rolesInProcess = {"RecruiterOrIntermediary"};
            if (rng.chance(25))
                sp.rolesInProcess.emplace_back("BrokerTravelAgent");
            sp.roleDetails = mainApp.empty() ? "Approached victims in their village and paid for travel"
                                             : "Posted the " + mainApp + " advertisement and bought the tickets";
            break;
        case Kind::Manager:
            sp.rolesInProcess = {"Exploiter"};
            sp.rolesInProcess.emplace_back(scenario == Scenario::Sexual || scenario == Scenario::Domestic
                                               ? "HarbouredIndividual"
                                               : "ControlledIndividual");
            if (scenario == Scenario::Scam && rng.chance(30))
                sp.rolesInProcess.emplace_back("BoughtIndividual");
            sp.roleDetails = scenario == Scenario::Fishing ? "Captain of " + vessel
                             : scenario == Scenario::Domestic
                                 ? std::string("Employer of the household")
                                 : "Team leader at " + venueName;
            break;
        case Kind::Transporter:
            sp.rolesInProcess = {"Transporter"};
            if (rng.chance(40))
                sp.rolesInProcess.emplace_back("Smuggler");
            sp.roleDetails = std::string("Moved victims to ") + site.city;
            break;
        case Kind::Broker:
            sp.rolesInProcess = {"BrokerTravelAgent"};
            if (rng.chance(40))
                sp.rolesInProcess.emplace_back("SoldIndividual");
            sp.roleDetails = "Arranged documents and sold on the victims' debts";
            break;
        }
        // Justice process, consistent with the case's stage; operators abroad are mostly wanted.
        const bool reachable = !rec.abroad || rng.chance(15);
        auto arrest = [&](const char* st) {
            sp.arrestStatus = st;
            sp.arrestedOn = m_cal.date(rng.range(opened, std::max(opened, std::min(m_cal.today, opened + 120))));
        };
        if (!reachable) {
            sp.arrestStatus = rng.chance(70) ? "Wanted" : "NotArrested";
        } else if (status == "InCourt") {
            arrest(rng.chance(70) ? "Detained" : "ReleasedOnBail");
            sp.chargeStatus = "Charged";
            sp.prosecutionStatus = "InCourt";
        } else if (status == "ReferredForProsecution") {
            arrest(rng.chance(60) ? "Detained" : "Arrested");
            sp.chargeStatus = "Charged";
            sp.prosecutionStatus = "Pending";
        } else if (status == "Closed") {
            const std::string outcome =
                weightedCode(rng, {{"Convicted", 55}, {"Acquitted", 10}, {"Dismissed", 10}, {"Appeal", 5},
                                   {"NotProsecuted", 20}});
            if (outcome == "NotProsecuted") {
                sp.arrestStatus = rng.chance(50) ? "Released" : "NotArrested";
                if (sp.arrestStatus == "Released")
                    arrest("Released");
            } else {
                arrest(outcome == "Convicted" || outcome == "Appeal" ? "Detained" : "Released");
                sp.chargeStatus = outcome == "Dismissed" && rng.chance(50) ? "ChargesDropped" : "Charged";
                sp.prosecutionStatus = outcome;
            }
        } else if (status == "ClosedReferred") {
            sp.arrestStatus = rng.chance(60) ? "Wanted" : "NotArrested";
        } else {
            const std::string a = weightedCode(rng, {{"NotArrested", 45}, {"Wanted", 25}, {"Arrested", 18},
                                                     {"Detained", 12}});
            if (a == "Arrested" || a == "Detained") {
                arrest(a.c_str());
                sp.chargeStatus = rng.chance(50) ? "UnderReview" : "NotCharged";
            } else {
                sp.arrestStatus = a;
            }
        }
        if (sp.chargeStatus == "Charged" || sp.chargeStatus == "ChargesDropped")
            sp.charges = factsOf(m_localCountry).charge;
        LINTAS_TRY(stageSuspectProfile(std::move(sp)));
        suspectRecs.push_back(std::move(rec));
    }

    // --- witnesses and others -------------------------------------------------------------
    for (int w = 0; w < witnesses + others; ++w) {
        const bool isWitness = w < witnesses;
        const bool relative = rng.chance(55);
        const std::string country = relative || !isWitness ? origin : siteCountry;
        const bool female = rng.chance(55);
        const int years = rng.range(20, 65);
        Person p = personOf(country == "SGP" ? "MYS" : country, female, years, opened);
        if (rng.chance(70))
            p.identifiers.push_back(ident("Phone", phoneNumber(rng, country), country));
        const std::string uuid = [&]() -> std::string {
            auto stored = stagePerson(std::move(p));
            return stored ? *stored : std::string();
        }();
        if (uuid.empty())
            return Error{ErrorCode::Internal, "demo.person", "could not store a witness"};
        static constexpr const char* kWitnessText[] = {"relative of a victim who reported the disappearance",
                                                       "former worker at the site who escaped earlier",
                                                       "NGO outreach worker", "driver hired for one trip"};
        static constexpr const char* kOtherText[] = {"employer's representative", "landlord of the boarding house",
                                                     "interpreter at the first interview", "money-transfer agent"};
        LINTAS_TRY(stageParty(caseUuid, uuid, isWitness ? "Witness" : "Other",
                                       isWitness ? (relative ? kWitnessText[0] : rng.pick(kWitnessText))
                                                 : rng.pick(kOtherText)));
        if (isWitness && relative) {
            Relationship r;
            r.caseUuid = caseUuid;
            r.fromUuid = uuid;
            r.toUuid = victimRecs[rng.index(victimRecs.size())].uuid;
            r.type = "Family";
            r.sourceReliability = "A";
            r.informationCredibility = "2";
            LINTAS_TRY(stageRelationship(std::move(r)));
        }
    }

    // --- relationships ------------------------------------------------------------------------
    auto relate = [&](PartyKind fromKind, const std::string& from, PartyKind toKind, const std::string& to,
                      const char* type, std::string note) -> Status {
        Relationship r;
        r.caseUuid = caseUuid;
        r.fromKind = fromKind;
        r.fromUuid = from;
        r.toKind = toKind;
        r.toUuid = to;
        r.type = type;
        relationshipGrade(r);
        r.note = std::move(note);
        return stageRelationship(std::move(r));
    };
    const SuspectRec* recruiter = nullptr;
    const SuspectRec* manager = nullptr;
    const SuspectRec* mover = nullptr;
    for (const auto& s : suspectRecs) {
        if (s.kind == Kind::Recruiter && !recruiter)
            recruiter = &s;
        else if (s.kind == Kind::Manager && !manager)
            manager = &s;
        else if ((s.kind == Kind::Transporter || s.kind == Kind::Broker) && !mover)
            mover = &s;
    }
    for (const auto& v : victimRecs) {
        if (recruiter)
            LINTAS_TRY(relate(PartyKind::Person, recruiter->uuid, PartyKind::Person, v.uuid, "Recruited",
                              mainApp.empty() ? "" : "Contact through " + mainApp));
        if (mover && rng.chance(30))
            LINTAS_TRY(relate(PartyKind::Person, mover->uuid, PartyKind::Person, v.uuid, "Transported", {}));
        if (manager && rng.chance(80))
            LINTAS_TRY(relate(PartyKind::Person, manager->uuid, PartyKind::Person, v.uuid,
                              rng.chance(70) ? "Controlled" : "Exploited", {}));
        if (venue && rng.chance(15))
            LINTAS_TRY(relate(PartyKind::Organisation, venue->uuid, PartyKind::Person, v.uuid,
                              scenario == Scenario::Scam ? "Harboured" : "Employed", {}));
    }
    for (std::size_t i = 1; i < suspectRecs.size(); ++i)
        LINTAS_TRY(relate(PartyKind::Person, suspectRecs[i - 1].uuid, PartyKind::Person, suspectRecs[i].uuid,
                          rng.chance(80) ? "Associate" : "Paid", {}));
    if (manager && venue)
        LINTAS_TRY(relate(PartyKind::Person, manager->uuid, PartyKind::Organisation, venue->uuid,
                          rng.chance(50) ? "Manages" : "WorksFor", {}));
    if (recruiter && agency && rng.chance(60))
        LINTAS_TRY(relate(PartyKind::Person, recruiter->uuid, PartyKind::Organisation, agency->uuid, "WorksFor", {}));

    // --- referrals and consents ---------------------------------------------------------------
    for (const auto& v : victimRecs) {
        const int count = rng.chance(50) ? 0 : static_cast<int>(rng.weighted({70, 25, 5})) + 1;
        std::vector<std::string> services;
        for (int k = 0; k < count; ++k) {
            const std::string rehab = scenario == Scenario::Sexual ? "SexualExploitationRehabilitation"
                                                                   : "LabourExploitationRehabilitation";
            std::string service = weightedCode(rng, {{"Shelter", 20}, {"Medical", 15}, {"Psychosocial", 15},
                                                     {"Legal", 12}, {"Repatriation", 12}, {"Reintegration", 10},
                                                     {"Interpretation", 6}, {"Livelihood", 4}, {rehab.c_str(), 6}});
            if (std::find(services.begin(), services.end(), service) != services.end())
                continue;
            services.push_back(service);
            const Provider* provider = providerFor(rng.chance(60) ? m_localCountry : v.country, service);
            if (!provider)
                provider = providerFor(v.country, service);

            static constexpr const char* kStates[] = {"Requested", "Accepted", "InProgress",
                                                      "Completed", "Declined", "Cancelled"};
            std::string target;
            if (m_referralCounter < 6)
                target = kStates[m_referralCounter];  // every state appears even in tiny runs
            else if (closed)
                target = weightedCode(rng, {{"Completed", 75}, {"Declined", 10}, {"Cancelled", 15}});
            else
                target = weightedCode(rng, {{"Requested", 20}, {"Accepted", 15}, {"InProgress", 25},
                                            {"Completed", 25}, {"Declined", 7}, {"Cancelled", 8}});
            ++m_referralCounter;
            const bool open = target == "Requested" || target == "Accepted" || target == "InProgress";

            Referral r;
            r.caseUuid = caseUuid;
            r.victimUuid = v.uuid;
            r.service = service;
            if (provider)
                r.providerUuid = provider->uuid;
            r.officer = officer("vso");
            if (open) {
                const bool overdue = !m_overdueMade || rng.chance(35);
                m_overdueMade = true;
                r.dueDate = daysToIsoDate(overdue ? m_cal.today - rng.range(1, 45) : m_cal.today + rng.range(3, 60));
            } else {
                r.dueDate = daysToIsoDate(v.identifiedDay + rng.range(7, 60));
            }
            r.notes = "Referred after the first interview.";
            Batch::PendingReferral pending{std::move(r), {}};
            auto& path = pending.path;
            if (target == "Accepted")
                path = {"Accepted"};
            else if (target == "InProgress")
                path = {"Accepted", "InProgress"};
            else if (target == "Completed")
                path = {"Accepted", "InProgress", "Completed"};
            else if (target == "Declined")
                path = {"Declined"};
            else if (target == "Cancelled") {
                const int depth = rng.range(0, 2);  // cancelled before or after acceptance, or mid-way
                if (depth >= 1)
                    path.push_back("Accepted");
                if (depth >= 2)
                    path.push_back("InProgress");
                path.push_back("Cancelled");
            }
            LINTAS_TRY(stageReferral(std::move(pending)));
        }

        if (rng.chance(35)) {
            Consent cn;
            cn.personUuid = v.uuid;
            if (rng.chance(80))
                cn.caseUuid = caseUuid;
            cn.purpose = weightedCode(rng, {{"VictimSupport", 35}, {"Investigation", 25}, {"Repatriation", 20},
                                            {"Prosecution", 15}, {"Statistics", 5}});
            const std::string toCountry = siteCountry != m_localCountry ? siteCountry : v.country;
            const PartnerAgency* partner = partnerIn(toCountry);
            if (partner && cn.purpose != "VictimSupport" && cn.purpose != "Statistics")
                cn.recipientAgencyCode = partner->code;
            cn.recipientCountry = toCountry;
            if (cn.purpose == "VictimSupport")
                cn.scope = {"Identity", "Contacts", "Health"};
            else if (cn.purpose == "Investigation")
                cn.scope = {"Identity", "Story", "Photos"};
            else if (cn.purpose == "Repatriation")
                cn.scope = {"Identity", "Contacts", "Location"};
            else if (cn.purpose == "Prosecution")
                cn.scope = rng.chance(20) ? std::vector<std::string>{"All"} : std::vector<std::string>{"Identity", "Story"};
            else
                cn.scope = {"Story"};
            const int given = rng.range(std::min(v.identifiedDay, m_cal.today), m_cal.today);
            cn.givenOn = daysToIsoDate(given);
            if (given < m_cal.today && rng.chance(8))
                cn.withdrawnOn = daysToIsoDate(rng.range(given + 1, m_cal.today));
            cn.recordedBy = officer("vso");
            cn.uuid = m_ws.context().newUuid();
            m_gen->consents.push_back(std::move(cn));
        }
    }

    // --- notes --------------------------------------------------------------------------------
    auto note = [&](const char* kind, int day, std::string body) -> Status {
        Note n;
        n.caseUuid = caseUuid;
        n.kind = kind;
        n.occurredAt = m_cal.stamp(std::min(day, closed ? closedDay : m_cal.today), rng.range(7 * 60, 19 * 60));
        n.author = storedCase.owner;
        n.body = std::move(body);
        return stageNote(std::move(n));
    };
    LINTAS_TRY(note("Event", opened,
                    "Case opened. " + std::to_string(victims) + " " + adjective +
                        (victims > 1 ? " victims" : " victim") + " identified; exploitation at " + venueName + ", " +
                        site.city + "."));
    const VictimRec& first = victimRecs.front();
    LINTAS_TRY(note("Interview", opened + rng.range(0, 10),
                    "Interview with " + first.name + " (through an interpreter): " +
                        (mainApp.empty() ? std::string("recruited by an acquaintance")
                                         : "recruited through a " + mainApp + " advertisement") +
                        " offering " + offerFor(scenario) + "; passport taken on arrival; made to " + site.work + "."));
    if (rng.chance(50) && sitePartner && siteCountry != m_localCountry)
    {
        const int day = opened + rng.range(5, 90);
        const int removed = rng.range(2, 40);
        const int seized = rng.range(5, 200);
        LINTAS_TRY(note("Operation", day,
                        std::string("Joint operation with ") + sitePartner->code + " (" + sitePartner->country +
                            ") at " + site.city + ": " + std::to_string(removed) + " workers removed, " +
                            std::to_string(seized) + " phones and laptops seized."));
    }
    if (status == "InCourt" || (status == "Closed" && rng.chance(50)))
        LINTAS_TRY(note("CourtHearing", opened + rng.range(120, 400),
                        "Hearing at the district court; two victims testified by video link."));
    if (!sharedPool.empty()) {
        const PoolMember& m = m_pool[static_cast<std::size_t>(sharedPool.front())];
        LINTAS_TRY(note("Note", opened + rng.range(1, 30),
                        "Telegram handle " + m.handle + " of suspect " + m.person.displayName() +
                            " also appears in an earlier case; subscriber data requested."));
    }

    // --- links ----------------------------------------------------------------------------------
    if (rng.chance(35)) {
        const std::string foreign = siteCountry != m_localCountry ? siteCountry : origin;
        const PartnerAgency* p = partnerIn(foreign);
        if (p && !(foreign == m_localCountry)) {
            CaseLink l;
            l.caseUuid = caseUuid;
            l.foreignAgencyCode = p->code;
            l.foreignCountry = p->country;
            const int year = Calendar::yearOf(opened);
            l.foreignReference = std::string(p->referencePrefix) +
                                 (std::string_view(p->country) == "THA" ? std::to_string(year + 543) + "/" + rng.digits(4)
                                                                        : std::to_string(year) + "-" + rng.digits(5));
            l.ourContact = officer("lo");
            l.note = "Mutual legal assistance request; information exchanged through the liaison officer.";
            l.uuid = m_ws.context().newUuid();
            m_gen->links.push_back(std::move(l));
        }
    }
    std::vector<std::string> linked;  // two shared suspects may point at the same earlier case
    for (int idx : sharedPool) {
        PoolMember& m = m_pool[static_cast<std::size_t>(idx)];
        if (!m.lastCase.empty() && m.lastCase != caseUuid && linked.size() < 2 &&
            std::find(linked.begin(), linked.end(), m.lastCase) == linked.end() && rng.chance(50)) {
            CaseLink l;
            l.caseUuid = caseUuid;
            l.linkedCaseUuid = m.lastCase;
            l.note = "Shared suspect: " + m.person.displayName() + " (" + m.handle + ")";
            l.ourContact = storedCase.owner;
            l.uuid = m_ws.context().newUuid();
            m_gen->links.push_back(std::move(l));
            linked.push_back(m.lastCase);
        }
    }
    for (const auto& s : suspectRecs)
        if (s.pool >= 0)
            m_pool[static_cast<std::size_t>(s.pool)].lastCase = caseUuid;
    return {};
}

// --------------------------------------------------------------------------------------- run

Result<DemoSummary> Generator::run() {
    auto today = isoDateToDays(m_ws.context().today());
    if (!today)
        return Error{ErrorCode::Internal, "demo.today", "the clock gives no valid date"};
    m_cal.today = *today;
    m_todayText = m_ws.context().today();
    if (m_total == 0)
        return m_summary;

    // A large run touches index pages all over a growing file (UUIDs are random): give this
    // connection a bigger page cache for the run, about 8 KiB per case, 64 MiB to 1 GiB (more was slower).
    const CacheSizeScope cache(m_ws.db(), std::clamp<std::int64_t>(std::int64_t{m_total} * 8, 65536, 1048576));
    LINTAS_TRY(prepareStaging());
    struct StagingScope {
        Generator& generator;
        ~StagingScope() { generator.dropStaging(); }
    } const staging{*this};

    LINTAS_TRY(setup());
    setupPool();

    // Opening dates over the last three years, more of them recent, in calendar order so case
    // references grow with time.
    std::vector<int> opened(static_cast<std::size_t>(m_total));
    for (auto& d : opened) {
        const double u = m_rng.chance(50) ? m_rng.unit() : std::min(m_rng.unit(), m_rng.unit());
        d = m_cal.today - static_cast<int>(u * 1095.0);
    }
    std::sort(opened.begin(), opened.end());

    // Cases are generated and written in batches of up to 500, with progress after each. The
    // outer transaction spans several batches in a large run: the random UUIDs and identifier
    // values spread every batch's inserts over most leaf pages of a dozen indexes, and each
    // commit (with its checkpoint) rewrites every page it dirtied, so committing every 500
    // cases of a 100,000-case run wrote the big indexes out some 200 times. A cancelled run
    // commits what it has done before it stops.
    const int batch = std::clamp(m_total / 10, 1, 500);
    const int perCommit = std::clamp(m_total / 5, batch, 20000);

    // Two threads: while this one writes batch k, another generates batch k+1. Generation draws
    // every UUID and random number, in the same order as a single thread would, and never
    // touches the database; writing touches nothing generation uses (row ids and counts live on
    // this side, UUIDs of consents and links are drawn when they are generated). Each batch is
    // generated only after the previous one is finished, so the data is the same as sequential.
    struct Generated {
        Status status;
        Batch batch;
        int end = 0;
    };
    auto generate = [this, &opened](int from, int to) {
        Generated g;
        g.end = to;
        m_gen = &g.batch;
        for (int i = from; i < to && g.status; ++i)
            g.status = makeCase(i, opened[static_cast<std::size_t>(i)]);
        m_gen = nullptr;
        return g;
    };
    auto launch = [&](int from) {
        return std::async(std::launch::async, generate, from, std::min(m_total, from + batch));
    };
    // Declared last: destroyed (and waited for) first, before anything the generation uses.
    std::future<Generated> next = launch(0);
    int done = 0;
    while (done < m_total) {
        store::Transaction tx(m_ws.db());
        LINTAS_TRY(tx.begun());
        const int commitAt = std::min(m_total, done + perCommit);
        bool stop = false;
        while (done < commitAt && !stop) {
            Generated g = next.get();
            LINTAS_TRY(g.status);
            if (g.end < m_total)
                next = launch(g.end);
            LINTAS_TRY(flush(g.batch));
            done = g.end;
            if (m_options.progress && !m_options.progress(done, m_total)) {
                m_summary.cancelled = done < m_total;
                stop = true;
            }
        }
        LINTAS_TRY(tx.commit());
        if (stop)
            break;
    }
    return m_summary;
}

}  // namespace

Result<DemoSummary> generateDemo(Workspace& ws, const DemoOptions& options) {
    // The signed-in user must be allowed to create cases; the bulk writes below then run as one
    // delegated operation (organisations, agencies, consents and case links go through services
    // that would otherwise ask for permissions an investigator holds anyway).
    LINTAS_TRY(ws.context().require(security::Permission::CaseWrite, "case"));
    if (options.cases < 0)
        return validationError("demo.cases", "must not be negative");
    const Context::Delegation delegation(ws.context());
    Generator generator(ws, options);
    auto summary = generator.run();
    if (!summary)
        return summary;
    // The rows written in bulk (cases, persons, parties, profiles, journeys, relationships, notes,
    // referrals) are not audited one by one: one entry counts them. Synthetic data only.
    if (summary->cases > 0)
        LINTAS_TRY(ws.context().record(security::audit::kCreate, {}, {},
                                       "demo cases=" + std::to_string(summary->cases) +
                                           " persons=" + std::to_string(summary->persons) +
                                           " organisations=" + std::to_string(summary->organisations) +
                                           " referrals=" + std::to_string(summary->referrals)));
    return summary;
}

}  // namespace lintas

#include "Args.h"

#include "CliError.h"

#include <charconv>

namespace lintas::cli {
namespace {

const OptionSpec* findSpec(std::span<const OptionSpec> specs, std::string_view name) {
    for (const auto& s : specs)
        if (s.name == name)
            return &s;
    return nullptr;
}

/// The options of every command that works on a database (one that takes --db): who signs in.
constexpr OptionSpec kSignInSpecs[] = {kUserOption, kPasswordFdOption};

const OptionSpec* findSpecOrSignIn(std::span<const OptionSpec> specs, std::string_view name) {
    if (const OptionSpec* s = findSpec(specs, name))
        return s;
    if (findSpec(specs, "db") != nullptr)
        return findSpec(kSignInSpecs, name);
    return nullptr;
}

std::string trimmed(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        --e;
    return std::string(s.substr(b, e - b));
}

} // namespace

std::optional<std::int64_t> parseInteger(std::string_view text) {
    if (text.empty())
        return std::nullopt;
    std::int64_t v = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (*first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last || first == last)
        return std::nullopt;
    return v;
}

bool Args::wantsHelp(const std::vector<std::string>& tokens) {
    for (const auto& t : tokens) {
        if (t == "--")
            return false;
        if (t == "--help" || t == "-h")
            return true;
    }
    return false;
}

Args::Args(const std::vector<std::string>& tokens, std::span<const OptionSpec> specs) {
    bool optionsEnded = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i];
        if (optionsEnded) {
            m_positionals.push_back(t);
            continue;
        }
        if (t == "--") {
            optionsEnded = true;
            continue;
        }
        if (t.size() > 2 && t.rfind("--", 0) == 0) {
            std::string name = t.substr(2);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name.erase(eq);
            }
            const OptionSpec* spec = findSpecOrSignIn(specs, name);
            if (!spec)
                throw UsageError("unknown option --" + name);
            auto& slot = m_values[name];
            if (spec->kind == OptionSpec::Kind::Flag) {
                if (inlineValue)
                    throw UsageError("option --" + name + " takes no value");
                slot.emplace_back();
                continue;
            }
            if (spec->kind == OptionSpec::Kind::Value && !slot.empty())
                throw UsageError("option --" + name + " is given more than once");
            if (inlineValue) {
                slot.push_back(*inlineValue);
            } else {
                if (i + 1 >= tokens.size())
                    throw UsageError("option --" + name + " needs a value");
                slot.push_back(tokens[++i]);
            }
            continue;
        }
        // "-" alone and negative numbers are arguments; any other "-x" is an option we do not have.
        if (t.size() > 1 && t[0] == '-' && !(t[1] >= '0' && t[1] <= '9'))
            throw UsageError("unknown option " + t);
        m_positionals.push_back(t);
    }
}

bool Args::has(std::string_view name) const {
    return m_values.find(name) != m_values.end();
}

std::optional<std::string> Args::value(std::string_view name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::string Args::required(std::string_view name) const {
    auto v = value(name);
    if (!v)
        throw UsageError("missing required option --" + std::string(name));
    return *v;
}

std::vector<std::string> Args::values(std::string_view name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

std::vector<std::string> Args::list(std::string_view name) const {
    std::vector<std::string> out;
    for (const auto& v : values(name)) {
        std::size_t start = 0;
        for (;;) {
            const auto comma = v.find(',', start);
            std::string item = trimmed(
                std::string_view(v).substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!item.empty())
                out.push_back(std::move(item));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    return out;
}

std::optional<std::int64_t> Args::integer(std::string_view name, std::int64_t min, std::int64_t max) const {
    const auto v = value(name);
    if (!v)
        return std::nullopt;
    const auto n = parseInteger(*v);
    if (!n)
        throw UsageError("option --" + std::string(name) + " needs a whole number, not '" + *v + "'");
    if (*n < min || *n > max)
        throw UsageError("option --" + std::string(name) + " must be between " + std::to_string(min) + " and " +
                         std::to_string(max));
    return n;
}

void Args::expectPositionals(std::size_t min, std::size_t max, std::string_view what) const {
    if (m_positionals.size() < min)
        throw UsageError("missing " + std::string(what));
    if (m_positionals.size() > max)
        throw UsageError("unexpected argument '" + m_positionals[max] + "'");
}

} // namespace lintas::cli

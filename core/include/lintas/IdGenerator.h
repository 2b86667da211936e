#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace lintas {

/// Produces RFC 9562 version-4 UUIDs in canonical lower-case text form.
class IdGenerator {
public:
    virtual ~IdGenerator() = default;
    [[nodiscard]] virtual std::string next() = 0;
};

/// Cryptographically random UUIDs (OpenSSL RAND_bytes).
class RandomIdGenerator final : public IdGenerator {
public:
    [[nodiscard]] std::string next() override;
};

/// Deterministic UUIDs from a seed, for the demo generator and tests.
class SeededIdGenerator final : public IdGenerator {
public:
    explicit SeededIdGenerator(std::uint64_t seed) : m_rng(seed) {}
    [[nodiscard]] std::string next() override;

private:
    std::mt19937_64 m_rng;
};

/// True when `text` is a canonical lower-case UUID (8-4-4-4-12 hex).
[[nodiscard]] bool isUuid(const std::string& text);

}  // namespace lintas

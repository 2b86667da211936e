#pragma once

#include <chrono>
#include <string>

namespace lintas {

/// Source of "now", injected so tests and the demo generator control time.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::chrono::system_clock::time_point now() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] std::chrono::system_clock::time_point now() const override {
        return std::chrono::system_clock::now();
    }
};

/// A clock that only moves when told to.
class FixedClock final : public Clock {
public:
    explicit FixedClock(std::chrono::system_clock::time_point t) : m_now(t) {}
    [[nodiscard]] std::chrono::system_clock::time_point now() const override { return m_now; }
    void set(std::chrono::system_clock::time_point t) { m_now = t; }
    void advance(std::chrono::system_clock::duration d) { m_now += d; }

private:
    std::chrono::system_clock::time_point m_now;
};

}  // namespace lintas

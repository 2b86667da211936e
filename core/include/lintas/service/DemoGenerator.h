#pragma once

#include "lintas/Result.h"

#include <cstdint>
#include <functional>

namespace lintas {

class Workspace;

struct DemoOptions {
    int cases = 100;
    std::uint64_t seed = 1;
    /// Called now and then with (cases done, cases total); return false to cancel. A cancelled run
    /// keeps the batches already committed and reports Cancelled in the summary.
    std::function<bool(int, int)> progress;
};

struct DemoSummary {
    int cases = 0;
    int persons = 0;
    int organisations = 0;
    int referrals = 0;
    bool cancelled = false;
};

/// Fills a workspace with realistic synthetic data, deterministic per seed: ASEAN names by each
/// country's conventions, online recruitment, transit and exploitation journeys (scam compounds
/// in MMR/KHM/LAO among them), suspects shared across cases and countries, referrals in every
/// state including overdue ones, about ten persons per case. Every person is invented.
/// Needs CaseWrite (Forbidden otherwise, audited); runs as a Context::Delegation and leaves one
/// audit entry (create, detail "demo cases=N persons=N organisations=N referrals=N") besides
/// those of the organisations, agencies, consents and case links it stores through the services.
[[nodiscard]] Result<DemoSummary> generateDemo(Workspace& ws, const DemoOptions& options);

}  // namespace lintas

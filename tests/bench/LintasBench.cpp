// lintas-bench: timings of the queries users wait on, measured on a large demo database.
//
//   lintas-bench --db PATH [--cases N] [benchmark flags…]
//
// When PATH does not exist it is created and filled with the demo generator (seed 1, N cases,
// 100,000 by default) first; later runs reuse the file. Not run by ctest: see docs/performance.md.

#include "lintas/service/DemoGenerator.h"
#include "lintas/service/Workspace.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

std::unique_ptr<lintas::Workspace> g_ws;
std::string g_phone;     // a phone number of a person in the database, as entered
std::string g_country;   // its issuing country
std::string g_name;      // a family name present in the database

lintas::Workspace& ws() { return *g_ws; }

void fail(const std::string& what) {
    std::fprintf(stderr, "lintas-bench: %s\n", what.c_str());
    std::exit(1);
}

void BM_SearchName(benchmark::State& state) {
    for (auto _ : state) {
        auto r = ws().search.search(g_name, 20);
        if (!r)
            state.SkipWithError(r.error().toString().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_SearchName)->Unit(benchmark::kMillisecond);

void BM_SearchPrefixTwoWords(benchmark::State& state) {
    const std::string q = "scam comp";
    for (auto _ : state) {
        auto r = ws().search.search(q, 20);
        if (!r)
            state.SkipWithError(r.error().toString().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_SearchPrefixTwoWords)->Unit(benchmark::kMillisecond);

void BM_CaseListFirstPageByUpdate(benchmark::State& state) {
    lintas::CaseQuery q;
    q.limit = 100;
    for (auto _ : state) {
        auto r = ws().cases.list(q);
        if (!r || r->size() != 100)
            state.SkipWithError("case list page failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_CaseListFirstPageByUpdate)->Unit(benchmark::kMillisecond);

void BM_CaseListDeepPageByUpdate(benchmark::State& state) {
    lintas::CaseQuery q;
    q.limit = 100;
    q.offset = 50000;
    for (auto _ : state) {
        auto r = ws().cases.list(q);
        if (!r)
            state.SkipWithError("case list page failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_CaseListDeepPageByUpdate)->Unit(benchmark::kMillisecond);

void BM_ReferralsOverdue(benchmark::State& state) {
    lintas::ReferralQuery q;
    q.overdueOnly = true;
    q.limit = 1000;
    for (auto _ : state) {
        auto r = ws().referrals.list(q);
        if (!r)
            state.SkipWithError(r.error().toString().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ReferralsOverdue)->Unit(benchmark::kMillisecond);

void BM_ReferralsOverdueCount(benchmark::State& state) {
    for (auto _ : state) {
        auto r = ws().referrals.countOverdue();
        if (!r)
            state.SkipWithError(r.error().toString().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ReferralsOverdueCount)->Unit(benchmark::kMillisecond);

void BM_PersonByNormalisedPhone(benchmark::State& state) {
    for (auto _ : state) {
        auto r = ws().persons.findByIdentifier("Phone", g_phone, g_country);
        if (!r || r->empty())
            state.SkipWithError("phone look-up found nothing");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_PersonByNormalisedPhone)->Unit(benchmark::kMicrosecond);

void BM_Statistics(benchmark::State& state) {
    for (auto _ : state) {
        auto r = ws().stats.compute();
        if (!r)
            state.SkipWithError(r.error().toString().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Statistics)->Unit(benchmark::kMillisecond);

// Every figure of the desktop dashboard (24 months), as the Dashboard page asks for them.
void BM_Dashboard(benchmark::State& state) {
    for (auto _ : state) {
        auto r = ws().stats.dashboard(24);
        if (!r)
            state.SkipWithError(r.error().toString().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Dashboard)->Unit(benchmark::kMillisecond);

void prepare(const std::string& path, int cases) {
    if (!std::filesystem::exists(path)) {
        std::fprintf(stderr, "lintas-bench: creating %s with %d demo cases (seed 1)…\n", path.c_str(), cases);
        lintas::Agency a;
        a.code = "BARESKRIM";
        a.country = "IDN";
        a.name = "Bareskrim Polri (demo)";
        lintas::Workspace::Options options;
        options.ids = std::make_shared<lintas::SeededIdGenerator>(1);
        auto created = lintas::Workspace::create(path, a, options);
        if (!created)
            fail(created.error().toString());
        auto demo = lintas::generateDemo(**created, {cases, 1, {}});
        if (!demo)
            fail(demo.error().toString());
    }
    auto opened = lintas::Workspace::open(path);
    if (!opened)
        fail(opened.error().toString());
    g_ws = std::move(opened).value();
    // Pick the look-up values from the data itself, the way a user would have them at hand.
    auto st = ws().db().prepare("SELECT i.value, coalesce(i.issuing_country, (SELECT country FROM person_citizenship "
                                "WHERE person_id = i.person_id LIMIT 1)) FROM identifier i WHERE i.type = 'Phone' "
                                "AND i.person_id IS NOT NULL ORDER BY i.id LIMIT 1 OFFSET 1000");
    if (!st || !(*st)->step().value())
        fail("the database holds no phone numbers");
    g_phone = (*st)->text(0);
    g_country = (*st)->text(1);
    (*st)->reset();
    auto name = ws().db().prepare("SELECT family_name FROM person WHERE family_name <> '' ORDER BY id LIMIT 1 OFFSET 5000");
    if (!name || !(*name)->step().value())
        fail("the database holds no persons");
    g_name = (*name)->text(0);
    (*name)->reset();
}

}  // namespace

int main(int argc, char** argv) {
    std::string db;
    int cases = 100000;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--db=", 5) == 0)
            db = argv[i] + 5;
        else if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            db = argv[++i];
        else if (std::strncmp(argv[i], "--cases=", 8) == 0)
            cases = std::atoi(argv[i] + 8);
        else
            rest.push_back(argv[i]);
    }
    if (db.empty())
        fail("usage: lintas-bench --db PATH [--cases=N] [--benchmark_* flags]");
    prepare(db, cases);
    int n = static_cast<int>(rest.size());
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_ws.reset();
    return 0;
}

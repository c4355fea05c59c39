// Audit benchmarks (issue "Qualification audit", DESIGN.md "Scale"):
//  - one audit of a 30-leaf qualification for a learner with 60 candidates,
//    exact versus a first-fit allocation on the same inputs;
//  - what-if across 1,000 qualifications for a 60-record learner: the ranking
//    alone, with the estimates of one screen of rows, and with every estimate.
// Run: build/default/tests/benchmarks/bench_audit --benchmark_repetitions=5
//      --benchmark_report_aggregates_only=true

#include "audit/auditor.h"
#include "audit/whatif.h"
#include "syntheticdata.h"

#include <benchmark/benchmark.h>

namespace {

using namespace Cairn::Core;
using namespace Cairn::Bench;

const QDate asOf(2026, 11, 28);

struct AuditFixture
{
    Catalogue catalogue;
    LearnerProfile learner;

    explicit AuditFixture(bool dense)
    {
        SyntheticOptions options;
        options.dense = dense;
        catalogue = syntheticCatalogue(options);
        learner = syntheticLearner(catalogue, options);
        // Recent enough that every record counts: 60 candidates everywhere.
        for (Record &record : learner.records)
            record.date = QDate(2025, 6, 1);
    }
};

const AuditFixture &fixture(bool dense = false)
{
    static const AuditFixture realistic(false);
    static const AuditFixture adversarial(true);
    return dense ? adversarial : realistic;
}

void auditOne(benchmark::State &state, Allocator allocator)
{
    const AuditFixture &data = fixture();
    const Auditor auditor(data.catalogue, data.learner, allocator);
    const Qualification &qualification = data.catalogue.qualifications.front();
    double remaining = 0;
    for (auto _ : state) {
        AuditResult result = auditor.audit(qualification, AuditMode::Planned, asOf);
        // The whole result: DoNotOptimize on a lone double (a register
        // constraint) garbled the counter below with Debian's benchmark 1.7.
        benchmark::DoNotOptimize(result);
        remaining = result.remainingCredits;
    }
    state.counters["candidates"] = double(auditor.audit(qualification, AuditMode::Planned, asOf).counted.size());
    state.counters["remaining"] = remaining;
}

void BM_AuditExact(benchmark::State &state)
{
    auditOne(state, allocateOptimally);
}
BENCHMARK(BM_AuditExact)->Unit(benchmark::kMicrosecond);

void BM_AuditFirstFit(benchmark::State &state)
{
    auditOne(state, allocateFirstFit);
}
BENCHMARK(BM_AuditFirstFit)->Unit(benchmark::kMicrosecond);

// Every one of the 1,000 qualifications (30 leaves each, 60 candidates), to
// catch slow outliers that a single audit would hide. Arg 1: the dense,
// adversarial trees.
void auditAll(benchmark::State &state, Allocator allocator)
{
    const AuditFixture &data = fixture(state.range(0) == 1);
    const Auditor auditor(data.catalogue, data.learner, allocator);
    int notProven = 0;
    double remaining = 0;
    for (auto _ : state) {
        notProven = 0;
        remaining = 0;
        for (const Qualification &qualification : data.catalogue.qualifications) {
            const AuditResult result = auditor.audit(qualification, AuditMode::Planned, asOf);
            notProven += result.allocationProvenOptimal ? 0 : 1;
            remaining += result.remainingCredits;
        }
    }
    state.counters["notProvenOptimal"] = notProven;
    state.counters["sumRemaining"] = remaining;
}

void BM_AuditAllExact(benchmark::State &state)
{
    auditAll(state, allocateOptimally);
}
BENCHMARK(BM_AuditAllExact)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_AuditAllFirstFit(benchmark::State &state)
{
    auditAll(state, allocateFirstFit);
}
BENCHMARK(BM_AuditAllFirstFit)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);

// The ranking as the window shows it first: both modes' totals of every
// qualification, no estimates.
void BM_WhatIf1000(benchmark::State &state)
{
    const AuditFixture &data = fixture();
    for (auto _ : state) {
        const Auditor auditor(data.catalogue, data.learner);
        benchmark::DoNotOptimize(rankQualifications(auditor, asOf, AuditMode::Planned, WhatIfDetail::Ranking).size());
    }
}
BENCHMARK(BM_WhatIf1000)->Unit(benchmark::kMillisecond);

// The ranking and then the estimates of the rows on one screen (30), as the
// window fills them in.
void BM_WhatIf1000Screen(benchmark::State &state)
{
    const AuditFixture &data = fixture();
    for (auto _ : state) {
        const Auditor auditor(data.catalogue, data.learner);
        const QList<WhatIfEntry> ranking = rankQualifications(auditor, asOf, AuditMode::Planned, WhatIfDetail::Ranking);
        const CatalogueIndex &index = auditor.index();
        for (qsizetype row = 0; row < 30 && row < ranking.size(); ++row)
            benchmark::DoNotOptimize(
                estimateToFinish(auditor, *index.qualification(ranking[row].qualification), asOf).courses.size());
    }
}
BENCHMARK(BM_WhatIf1000Screen)->Unit(benchmark::kMillisecond);

// Every row with its estimate, as `cairn-cli whatif` prints them.
void BM_WhatIf1000Estimates(benchmark::State &state)
{
    const AuditFixture &data = fixture();
    for (auto _ : state) {
        const Auditor auditor(data.catalogue, data.learner);
        benchmark::DoNotOptimize(rankQualifications(auditor, asOf).size());
    }
}
BENCHMARK(BM_WhatIf1000Estimates)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

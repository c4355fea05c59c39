// The pathways diagram at the scale of DESIGN.md: the catalogue's map (which
// courses fill which qualification, which stacks into which) worked out once,
// then one qualification's graph with at most 80 courses, laid out by dot.
// Run: build/default/tests/benchmarks/bench_pathways

#include "pathways/pathwaygraph.h"
#include "pathways/pathwaylayout.h"
#include "syntheticdata.h"

#include <benchmark/benchmark.h>

namespace {

using namespace Cairn::Core;
using namespace Cairn::Bench;

const Catalogue &catalogue()
{
    static const Catalogue made = [] {
        SyntheticOptions options;
        options.courses = 100'000;
        options.qualifications = 1'000;
        return syntheticCatalogue(options);
    }();
    return made;
}

void BM_PathwayMap100k(benchmark::State &state)
{
    for (auto _ : state) {
        const PathwayMap map(catalogue());
        benchmark::DoNotOptimize(map.stackingRelation().size());
    }
}
BENCHMARK(BM_PathwayMap100k)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_OneQualificationLaidOut(benchmark::State &state)
{
    const PathwayMap map(catalogue());
    int index = 0;
    qsizetype nodes = 0;
    for (auto _ : state) {
        PathwayFilter filter;
        filter.qualification = catalogue().qualifications[(index++ * 37) % 1000].code;
        filter.mostCourses = 80;
        const PathwayGraph graph = map.graph(filter);
        const PathwayLayout layout = layOutPathways(graph, QList<QSizeF>(graph.nodes.size(), QSizeF(170, 36)));
        benchmark::DoNotOptimize(layout.nodes.size());
        nodes = graph.nodes.size();
    }
    state.counters["nodes"] = double(nodes);
}
BENCHMARK(BM_OneQualificationLaidOut)->Unit(benchmark::kMillisecond);

void BM_AllQualificationsLaidOut(benchmark::State &state)
{
    // What "All qualifications" shows at this size: no courses.
    const PathwayMap map(catalogue());
    PathwayFilter filter;
    filter.withCourses = false;
    qsizetype edges = 0;
    for (auto _ : state) {
        const PathwayGraph graph = map.graph(filter);
        const PathwayLayout layout = layOutPathways(graph, QList<QSizeF>(graph.nodes.size(), QSizeF(230, 64)));
        benchmark::DoNotOptimize(layout.nodes.size());
        edges = graph.edges.size();
    }
    state.counters["stackingEdges"] = double(edges);
}
BENCHMARK(BM_AllQualificationsLaidOut)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();

package org.nkkg.cli;

import org.nkkg.bench.Benchmark;
import org.nkkg.bench.Results;
import org.nkkg.bench.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction throughput, build time and memory (1×, 10× and 100× the seed corpus), "
                + "TDB2 loading and query latency, and writes results.md and results.json.",
                "Run it from the project directory on an otherwise idle machine; the full run takes several minutes."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", defaultValue = BuildCommand.DEFAULT_INPUT, description = "Seed corpus (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--queries", defaultValue = "queries", description = "Directory of example .rq queries (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--out", defaultValue = "bench", description = "Where results.md and results.json go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quick", description = "One run of each part and no 100× corpus: a fast check, not figures to publish.")
    boolean quick;

    @Option(names = "--render", description = "Only write results.md again from the results.json in --out (no measuring).")
    boolean render;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of the 1× and 10× child builds and the serve start (default: ${DEFAULT-VALUE}); TDB2 loads run at least 5 times.")
    int runs;

    @Option(names = "--runs-100x", defaultValue = "1", description = "Runs of the 100× build; 0 skips it (default: ${DEFAULT-VALUE}).")
    int runs100x;

    @Option(names = "--wait-idle", defaultValue = "0", paramLabel = "SECONDS",
            description = "Before each part, wait up to this long for the load average to fall under 0.75 per core (default: ${DEFAULT-VALUE}, no wait).")
    int waitIdle;

    @Option(names = "--gazetteer", defaultValue = "data/gazetteer.tsv", description = "Gazetteer (default: ${DEFAULT-VALUE}).")
    Path gazetteer;

    @Option(names = "--base", defaultValue = org.nkkg.rdf.Vocabulary.DEFAULT_BASE, description = "IRI base (default: ${DEFAULT-VALUE}).")
    String base;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        if (render) {
            if (!Files.isRegularFile(out.resolve("results.json"))) {
                System.err.println("nkkg bench: no results.json in " + out);
                return 2;
            }
            Benchmark.render(out);
            System.out.println("written " + out.toAbsolutePath().resolve("results.md"));
            return 0;
        }
        Benchmark.quietRequestLog();
        for (Path p : new Path[]{input, queries, gazetteer}) {
            if (!Files.exists(p)) {
                System.err.println("nkkg bench: not found: " + p + " (run from the project directory)");
                return 2;
            }
        }
        if (runs < 1) {
            System.err.println("nkkg bench: --runs must be at least 1");
            return 2;
        }
        Benchmark.Options o = new Benchmark.Options(Path.of("").toAbsolutePath(), input, queries, gazetteer,
                base, out, quick, runs, runs100x, waitIdle,
                "nkkg " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        Results r = new Benchmark(o, m -> System.err.println("nkkg bench: " + m)).run();
        for (Target t : r.targets()) {
            System.out.printf("%-60s %-22s %s%n", t.name(), t.met() == null ? "not measured" : t.met() ? "met" : "NOT MET", t.measured());
        }
        System.out.println("written to " + out.toAbsolutePath().resolve("results.md") + " and results.json");
        return 0;
    }
}

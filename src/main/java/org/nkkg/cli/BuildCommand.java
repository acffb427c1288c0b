package org.nkkg.cli;

import org.nkkg.build.BuildSummary;
import org.nkkg.corpus.CorpusException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the graph: nkkg.ttl, nkkg.trig, nkkg.nq.gz, void.ttl and links.csv in --out.")
public final class BuildCommand implements Callable<Integer> {
    static final String DEFAULT_INPUT = "data/corpus";
    static final String DEFAULT_OUT = "out";

    @Option(names = "--input", description = "Directory of UTF-8 .txt documents, with or without manifest.json (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_INPUT)
    Path input;

    @Option(names = "--out", description = "Output directory, replaced as a whole at the end (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_OUT)
    Path out;

    @Mixin CommonOptions common;

    @Mixin WikidataOptions wikidata;

    @Override public Integer call() {
        try {
            BuildSummary s = wikidata.apply(common.graphBuild(), common.gazetteer, m -> System.err.println("nkkg: " + m))
                    .build(input, out, common.maxFileBytes(), m -> System.err.println("nkkg: " + m));
            System.out.print(s.render());
            System.out.println("written to    " + out.toAbsolutePath());
            return 0;
        } catch (CorpusException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("nkkg build: " + e.getMessage());
            System.err.println("nothing was written; " + out + " is unchanged");
            return 2;
        } catch (java.io.UncheckedIOException e) {
            System.err.println("nkkg build: " + e.getMessage());
            return 1;
        }
    }
}

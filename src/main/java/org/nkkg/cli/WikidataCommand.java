package org.nkkg.cli;

import org.nkkg.link.wikidata.HttpWikidataClient;
import org.nkkg.link.wikidata.WikidataRefresh;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/** {@code nkkg wikidata <subcommand>}: work on the offline Wikidata index against the live Wikidata. */
@Command(name = "wikidata", mixinStandardHelpOptions = true,
        description = "Checks the offline Wikidata index (the gazetteer) against the live Wikidata.",
        subcommands = {WikidataCommand.Refresh.class, CommandLine.HelpCommand.class})
public final class WikidataCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = {"Checks every QID of the gazetteer against the live item: its P31 must fit the entry's type and one of "
                    + "the entry's names must be a live label or alias. Mismatches lose their QID (kept in a # comment), "
                    + "single-source QIDs that pass become confirmed, p31 and names are refreshed from the item.",
                    "Writes a new file (the curated one is left as it is unless --in-place) and a report."})
    public static final class Refresh implements Callable<Integer> {
        @Option(names = "--gazetteer", defaultValue = "data/gazetteer.tsv", description = "Gazetteer to check (default: ${DEFAULT-VALUE}).")
        Path gazetteer;

        @Option(names = "--out", defaultValue = "data/gazetteer.refreshed.tsv", description = "Refreshed gazetteer (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--report", defaultValue = "data/gazetteer.refresh-report.tsv",
                description = "Report, one line per QID: qid, id, verdict, action, live QID, reason (default: ${DEFAULT-VALUE}).")
        Path report;

        @Option(names = "--endpoint", description = "Wikidata action API (default: https://www.wikidata.org/w/api.php).")
        URI endpoint;

        @Option(names = "--cache", defaultValue = ".cache/wikidata", description = "On-disk cache of answers; delete it to read afresh (default: ${DEFAULT-VALUE}).")
        Path cache;

        @Option(names = "--rate-limit-ms", defaultValue = "1000", description = "Least time between two requests in ms (default: ${DEFAULT-VALUE}).")
        long rateLimitMs;

        @Option(names = "--user-agent", description = "User-Agent with your contact, as Wikimedia asks (default: the project's).")
        String userAgent;

        @Option(names = "--in-place", description = "Replace --gazetteer itself (through a temporary file and an atomic move) instead of writing --out.")
        boolean inPlace;

        @Override public Integer call() {
            if (!Files.isRegularFile(gazetteer)) {
                System.err.println("nkkg wikidata refresh: gazetteer not found: " + gazetteer);
                return 2;
            }
            Path target = inPlace ? gazetteer : out;
            if (!inPlace && target.toAbsolutePath().normalize().equals(gazetteer.toAbsolutePath().normalize())) {
                System.err.println("nkkg wikidata refresh: --out is the gazetteer itself; pass --in-place to replace it");
                return 2;
            }
            HttpWikidataClient.Builder b = HttpWikidataClient.builder().cacheDir(cache)
                    .minInterval(Duration.ofMillis(Math.max(0, rateLimitMs))).log(m -> System.err.println("nkkg: " + m));
            if (endpoint != null) b.endpoint(endpoint);
            if (userAgent != null) b.userAgent(userAgent);
            HttpWikidataClient client = b.build();
            String source = endpoint != null ? endpoint.toString() : HttpWikidataClient.DEFAULT_ENDPOINT.toString();
            try {
                WikidataRefresh.Result r = new WikidataRefresh(client, source, LocalDate.now(ZoneOffset.UTC)).run(gazetteer, target, report);
                System.out.println(r.summary());
                System.out.println("requests sent " + client.requestsSent() + " (cache: " + cache + ")");
                System.out.println("written to    " + target + (report == null ? "" : " and " + report));
                return 0;
            } catch (IOException | IllegalStateException | IllegalArgumentException e) {
                System.err.println("nkkg wikidata refresh: " + e.getMessage());
                System.err.println("nothing was written");
                return 1;
            }
        }
    }
}

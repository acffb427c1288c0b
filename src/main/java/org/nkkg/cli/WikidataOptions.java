package org.nkkg.cli;

import org.nkkg.build.GraphBuild;
import org.nkkg.link.wikidata.HttpWikidataClient;
import org.nkkg.link.wikidata.OnlineLinker;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/** {@code build}'s Wikidata options (a picocli mixin): offline by default, online only when asked. */
public final class WikidataOptions {
    public enum Mode { offline, online }

    @Option(names = "--wikidata", defaultValue = "offline",
            description = "offline: link from the gazetteer only, no network (default); online: also ask Wikidata "
                    + "(wbsearchentities) for names the gazetteer lacks.")
    Mode mode;

    @Option(names = "--wikidata-cache", defaultValue = ".cache/wikidata",
            description = "On-disk cache of Wikidata answers (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--wikidata-endpoint", description = "Wikidata action API (default: https://www.wikidata.org/w/api.php).")
    URI endpoint;

    @Option(names = "--wikidata-rate-limit-ms", defaultValue = "1000",
            description = "Least time between two requests to Wikidata in ms (default: ${DEFAULT-VALUE}).")
    long rateLimitMs;

    @Option(names = "--wikidata-user-agent", description = "User-Agent with your contact, as Wikimedia asks (default: the project's).")
    String userAgent;

    /** The online linking step, or null in offline mode: then nothing that could reach the network is made. */
    OnlineLinker linker(Path gazetteer, Consumer<String> log) {
        if (mode != Mode.online) return null;
        HttpWikidataClient.Builder b = HttpWikidataClient.builder().cacheDir(cache)
                .minInterval(Duration.ofMillis(Math.max(0, rateLimitMs))).log(log);
        if (endpoint != null) b.endpoint(endpoint);
        if (userAgent != null) b.userAgent(userAgent);
        try {
            return new OnlineLinker(b.build(), OnlineLinker.reservedQids(gazetteer), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gazetteer + ": " + e.getMessage(), e);
        }
    }

    /** Adds the online step to {@code build} when asked for. */
    GraphBuild apply(GraphBuild build, Path gazetteer, Consumer<String> log) {
        OnlineLinker l = linker(gazetteer, log);
        return l == null ? build : build.withLinker(l);
    }
}

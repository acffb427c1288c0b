package org.nkkg.cli;

import org.junit.jupiter.api.Test;
import org.nkkg.link.wikidata.OnlineLinker;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class WikidataOptionsTest {
    private static BuildCommand parse(String... args) {
        BuildCommand b = new BuildCommand();
        new CommandLine(b).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return b;
    }

    @Test void offlineByDefaultBuildsNoOnlineStep() {
        BuildCommand b = parse();
        assertEquals(WikidataOptions.Mode.offline, b.wikidata.mode);
        assertNull(b.wikidata.linker(Path.of("data/gazetteer.tsv"), m -> {}), "nothing that could reach the network is made");
    }

    @Test void onlineWhenAsked() {
        BuildCommand b = parse("--wikidata", "online", "--wikidata-endpoint", "http://127.0.0.1:9/w/api.php",
                "--wikidata-cache", "target/unused-cache");
        assertEquals(WikidataOptions.Mode.online, b.wikidata.mode);
        OnlineLinker l = b.wikidata.linker(Path.of("data/gazetteer.tsv"), m -> {});
        assertNotNull(l);
        assertEquals(0.9, l.threshold());
    }

    @Test void unknownModeIsRefused() {
        assertThrows(CommandLine.ParameterException.class, () -> parse("--wikidata", "sometimes"));
    }
}

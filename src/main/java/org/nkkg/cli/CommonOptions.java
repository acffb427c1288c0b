package org.nkkg.cli;

import org.nkkg.build.GraphBuild;
import org.nkkg.corpus.CorpusReader;
import org.nkkg.kb.Gazetteer;
import org.nkkg.rdf.Vocabulary;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Options every command that builds shares (a picocli mixin). */
public final class CommonOptions {
    @Option(names = "--gazetteer", description = "Gazetteer / offline Wikidata index (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/gazetteer.tsv")
    Path gazetteer;

    @Option(names = "--base", description = "Base of every minted IRI (default: ${DEFAULT-VALUE}).",
            defaultValue = Vocabulary.DEFAULT_BASE)
    String base;

    @Option(names = "--public-url", description = "Where the server is reached, for VoID links (default: ${DEFAULT-VALUE}).",
            defaultValue = "http://127.0.0.1:3030")
    String publicUrl;

    @Option(names = "--max-file-mb", description = "Largest input document in MiB (default: ${DEFAULT-VALUE}).",
            defaultValue = "64")
    long maxFileMb;

    GraphBuild graphBuild() {
        if (!Files.isRegularFile(gazetteer)) {
            throw new IllegalArgumentException("gazetteer not found: " + gazetteer + " (run from the project directory or pass --gazetteer)");
        }
        return new GraphBuild(Gazetteer.load(gazetteer), base, publicUrl);
    }

    long maxFileBytes() { return maxFileMb > 0 ? maxFileMb * 1024 * 1024 : CorpusReader.DEFAULT_MAX_BYTES; }
}

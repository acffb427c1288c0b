package org.nkkg.cli;

import org.nkkg.serve.KgServer;
import org.nkkg.store.GraphStore;
import org.nkkg.store.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the graph if needed, loads it into TDB2 and serves it with embedded Fuseki (read-only).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", defaultValue = "nkkg-data", description = "TDB2 data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--input", defaultValue = BuildCommand.DEFAULT_INPUT, description = "Corpus to build when nothing is built (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--out", defaultValue = BuildCommand.DEFAULT_OUT, description = "Build output directory, served at /downloads (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--rebuild", description = "Build again even when a build exists.")
    boolean rebuild;

    @Option(names = "--timeout", defaultValue = "10", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Result row cap (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--allow-update", description = "Allow SPARQL Update and Graph Store writes for the user in NKKG_UPDATE_USER "
            + "with the password in NKKG_UPDATE_PASSWORD or the file named by NKKG_UPDATE_PASSWORD_FILE.")
    boolean allowUpdate;

    @Mixin CommonOptions common;

    @Override public Integer call() throws Exception {
        Path trig = out.resolve("nkkg.trig");
        if (rebuild || !Files.isRegularFile(trig)) {
            System.err.println("nkkg: building " + input + " → " + out);
            int rc = new picocli.CommandLine(new BuildCommand()).execute(buildArgs());
            if (rc != 0) return rc;
        }
        GraphStore store = GraphStore.open(data);
        Path marker = data.resolve("loaded-from.sha256");
        String digest = sha256(trig);
        if (store.isEmpty() || !Files.isRegularFile(marker) || !Files.readString(marker).strip().equals(digest)) {
            LoadReport r = store.load(trig);
            Files.writeString(marker, digest + "\n");
            System.err.printf("nkkg: loaded %,d quads into %s in %d ms%n", r.quads(), r.location(), r.millis());
        }
        KgServer.Builder b = KgServer.builder().host(host).port(port).store(store).downloads(out)
                .baseIri(common.base).queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxResultRows(maxRows);
        if (allowUpdate) {
            String user = System.getenv("NKKG_UPDATE_USER");
            char[] password = password();
            if (user == null || password == null) {
                System.err.println("nkkg serve: --allow-update needs NKKG_UPDATE_USER and NKKG_UPDATE_PASSWORD (or NKKG_UPDATE_PASSWORD_FILE)");
                return 2;
            }
            b.allowUpdate(user, password);
        }
        KgServer server = b.build().start();
        System.out.println("SPARQL endpoint  " + server.baseUrl() + "/nkkg/sparql");
        System.out.println("query page       " + server.baseUrl() + "/");
        System.out.println("downloads        " + server.baseUrl() + "/downloads/nkkg.ttl  nkkg.trig  nkkg.nq.gz");
        System.out.println("VoID             " + server.baseUrl() + "/.well-known/void");
        System.out.println("health           " + server.baseUrl() + "/health");
        System.out.flush();
        server.join();
        return 0;
    }

    private String[] buildArgs() {
        return new String[]{"--input", input.toString(), "--out", out.toString(), "--gazetteer", common.gazetteer.toString(),
                "--base", common.base, "--public-url", common.publicUrl, "--max-file-mb", Long.toString(common.maxFileMb)};
    }

    private static char[] password() throws IOException {
        String p = System.getenv("NKKG_UPDATE_PASSWORD");
        if (p != null && !p.isEmpty()) return p.toCharArray();
        String f = System.getenv("NKKG_UPDATE_PASSWORD_FILE");
        if (f != null && Files.isRegularFile(Path.of(f))) return Files.readString(Path.of(f), StandardCharsets.UTF_8).strip().toCharArray();
        return null;
    }

    private static String sha256(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

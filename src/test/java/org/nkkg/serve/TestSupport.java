package org.nkkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/** Fixture and HTTP utilities for the server tests. */
final class TestSupport {
    private TestSupport() {}

    static {
        // Keep the per-request log lines of the server out of the test output (effective if set before Fuseki
        // creates its loggers).
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    static final String BASE = "https://nkkg.example.org/";
    static final String PASHINYAN = BASE + "id/nikol-pashinyan";

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Write the dumps a build would write: nkkg.trig (the fixture), nkkg.ttl (its union), void.ttl. */
    static Path writeDumps(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path trig = dir.resolve("nkkg.trig");
        try (InputStream in = TestSupport.class.getResourceAsStream("/org/nkkg/serve/fixture.trig")) {
            Files.copy(in, trig);
        }
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(trig.toString());
        try (OutputStream out = Files.newOutputStream(dir.resolve("nkkg.ttl"))) {
            RDFDataMgr.write(out, dsg.getUnionGraph(), Lang.TURTLE);
        }
        Files.writeString(dir.resolve("void.ttl"), """
                @prefix void: <http://rdfs.org/ns/void#> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct:  <http://purl.org/dc/terms/> .
                <https://nkkg.example.org/dataset> a void:Dataset , dcat:Dataset ;
                    dct:title "NKKG test dataset"@en ;
                    void:sparqlEndpoint <http://localhost:3030/nkkg/sparql> ;
                    void:dataDump <http://localhost:3030/downloads/nkkg.nq.gz> ;
                    void:uriSpace "https://nkkg.example.org/" .
                """);
        return trig;
    }

    static HttpRequest.Builder req(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = req(url).GET();
        for ( int i = 0; i + 1 < headers.length; i += 2 )
            b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = req(url).GET();
        for ( int i = 0; i + 1 < headers.length; i += 2 )
            b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** curl --data-urlencode 'query=...' (form POST). */
    static HttpResponse<String> postForm(String url, String name, String value, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = req(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        for ( int i = 0; i + 1 < headers.length; i += 2 )
            b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String contentType, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = req(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for ( int i = 0; i + 1 < headers.length; i += 2 )
            b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Status code of a request sent byte for byte as given (like curl --path-as-is): the path is not normalized. */
    static int rawStatus(int port, String method, String path) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(10_000);
            String req = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUser-Agent: curl/8\r\nAccept: */*\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            byte[] all = s.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            String statusLine = text.lines().findFirst().orElse("");
            String[] parts = statusLine.split(" ");
            if ( parts.length < 2 )
                throw new IOException("No status line: " + statusLine);
            if ( text.contains("root:") )
                throw new AssertionError("File content leaked for " + path);
            return Integer.parseInt(parts[1]);
        }
    }
}

package org.nkkg.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * {@link WikidataClient} over Wikidata's action API ({@code api.php}, wbgetentities and wbsearchentities), polite
 * by construction: a User-Agent naming the project and a contact, one request at a time with a pause between
 * requests (1 s by default), at most 50 ids per request, {@code maxlag} on every request, retries with growing waits
 * on HTTP 429 and 5xx and on maxlag answers (a {@code Retry-After} header is followed), and an on-disk cache so that
 * a second run asks nothing it has asked before.
 *
 * <p>Cache keys: one file per item and language set for wbgetentities ({@code wbgetentities/Q227-<hash>.json}; a batch
 * request only asks for the items not yet cached), one file per search request for wbsearchentities. Delete the cache
 * directory to read everything afresh.
 */
public final class HttpWikidataClient implements WikidataClient {
    public static final URI DEFAULT_ENDPOINT = URI.create("https://www.wikidata.org/w/api.php");
    /** Wikimedia asks for a User-Agent that names the tool and how to reach its operator; set a real contact with --user-agent. */
    public static final String DEFAULT_USER_AGENT =
            "NKKG/0.1.0 (Nagorno-Karabakh Knowledge Graph builder; https://nkkg.example.org/; contact: nkkg-maintainers@example.org) java.net.http";
    /** wbgetentities accepts at most 50 ids per request for ordinary clients. */
    public static final int MAX_IDS_PER_REQUEST = 50;
    private static final String PROPS = "labels|aliases|descriptions|claims";

    private final HttpClient http;
    private final URI endpoint;
    private final String userAgent;
    private final Duration minInterval;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration maxWait;
    private final Duration timeout;
    private final int maxlag;
    private final ResponseCache cache;
    private final Consumer<String> log;
    private final AtomicInteger requests = new AtomicInteger();
    private long lastRequestNanos;
    private boolean anyRequest;

    private HttpWikidataClient(Builder b) {
        this.endpoint = b.endpoint;
        this.userAgent = b.userAgent;
        this.minInterval = b.minInterval;
        this.maxAttempts = b.maxAttempts;
        this.backoff = b.backoff;
        this.maxWait = b.maxWait;
        this.maxlag = b.maxlag;
        this.cache = new ResponseCache(b.cacheDir);
        this.log = b.log;
        this.http = HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = b.timeout;
    }

    public static Builder builder() { return new Builder(); }

    /** HTTP requests sent so far (answers taken from the cache are not requests). */
    public int requestsSent() { return requests.get(); }

    @Override
    public Map<String, WikidataItem> getEntities(List<String> qids, List<String> languages) throws IOException {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(qids));
        for (String q : ids) if (!q.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("not a QID: " + q);
        String langs = String.join("|", languages);
        String variant = ResponseCache.sha256(PROPS + "/" + langs).substring(0, 12);
        Map<String, WikidataItem> found = new LinkedHashMap<>();
        List<String> toFetch = new ArrayList<>();
        for (String q : ids) {
            Optional<ResponseCache.Entry> c = cache.get("wbgetentities/" + q + "-" + variant);
            if (c.isPresent()) found.put(q, WikidataJson.item(q, c.get().body(), c.get().fetched()));
            else toFetch.add(q);
        }
        for (int i = 0; i < toFetch.size(); i += MAX_IDS_PER_REQUEST) {
            List<String> batch = toFetch.subList(i, Math.min(toFetch.size(), i + MAX_IDS_PER_REQUEST));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("action", "wbgetentities");
            params.put("format", "json");
            params.put("ids", String.join("|", batch));
            params.put("props", PROPS);
            params.put("languages", langs);
            params.put("redirects", "yes");
            JsonNode root = call(params);
            Instant now = Instant.now();
            Map<String, JsonNode> nodes = WikidataJson.entityNodes(root);
            for (String q : batch) {
                JsonNode n = nodes.get(q);
                if (n == null) throw new IOException("wbgetentities answer lacks " + q);
                cache.put("wbgetentities/" + q + "-" + variant, "wbgetentities ids=" + q + " languages=" + langs, n, now);
                found.put(q, WikidataJson.item(q, n, now));
            }
        }
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        for (String q : ids) out.put(q, found.get(q));
        return out;
    }

    @Override
    public List<SearchHit> search(String name, String language, int limit) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", "wbsearchentities");
        params.put("format", "json");
        params.put("search", name);
        params.put("language", language);
        params.put("uselang", language);
        params.put("type", "item");
        params.put("limit", Integer.toString(limit));
        String request = query(params);
        String key = "wbsearchentities/" + ResponseCache.sha256(request).substring(0, 32);
        Optional<ResponseCache.Entry> c = cache.get(key);
        if (c.isPresent()) return WikidataJson.searchHits(c.get().body());
        JsonNode root = call(params);
        List<SearchHit> hits = WikidataJson.searchHits(root);
        cache.put(key, request, root, Instant.now());
        return hits;
    }

    /** One API call with pacing and retries; returns the parsed answer, never an {@code error} answer. */
    private synchronized JsonNode call(Map<String, String> params) throws IOException {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (maxlag > 0) p.put("maxlag", Integer.toString(maxlag));
        URI uri = URI.create(endpoint + "?" + query(p));
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", userAgent).header("Accept", "application/json").header("Accept-Encoding", "gzip").build();
        String last = "no answer";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            pace();
            requests.incrementAndGet();
            HttpResponse<InputStream> resp;
            try {
                resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while asking Wikidata");
            } catch (IOException e) {
                last = e.toString();
                if (attempt == maxAttempts) break;
                waitBeforeRetry(backoff(attempt), last);
                continue;
            }
            int status = resp.statusCode();
            byte[] body;
            try (InputStream in = decoded(resp)) {
                body = in.readAllBytes();
            }
            if (status == 429 || status >= 500) {
                last = "HTTP " + status;
                if (attempt == maxAttempts) break;
                waitBeforeRetry(retryAfter(resp).orElse(backoff(attempt)), last);
                continue;
            }
            if (status != 200) throw new IOException("Wikidata answered HTTP " + status + " to " + uri);
            JsonNode root;
            try {
                root = WikidataJson.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IOException("Wikidata answered something that is not JSON to " + uri + ": " + e.getMessage(), e);
            }
            try {
                WikidataJson.checkError(root);
            } catch (WikidataJson.ApiError e) {
                if (!"maxlag".equals(e.code)) throw e;
                last = "maxlag (" + root.path("error").path("lag").asText("?") + " s lagged)";
                if (attempt == maxAttempts) break;
                double lag = root.path("error").path("lag").asDouble(5);
                waitBeforeRetry(retryAfter(resp).orElse(Duration.ofMillis((long) (Math.max(5, lag) * 1000))), last);
                continue;
            }
            return root;
        }
        throw new IOException("Wikidata did not answer after " + maxAttempts + " attempts (" + last + "): " + uri);
    }

    private void pace() throws InterruptedIOException {
        if (anyRequest) {
            long wait = lastRequestNanos + minInterval.toNanos() - System.nanoTime();
            if (wait > 0) sleep(Duration.ofNanos(wait));
        }
        anyRequest = true;
        lastRequestNanos = System.nanoTime();
    }

    private void waitBeforeRetry(Duration d, String why) throws InterruptedIOException {
        Duration w = d.compareTo(maxWait) > 0 ? maxWait : d;
        log.accept("Wikidata: " + why + ", retrying in " + w.toMillis() + " ms");
        sleep(w);
    }

    private Duration backoff(int attempt) {
        long ms = backoff.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(ms, maxWait.toMillis()));
    }

    /** Retry-After in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> resp) {
        Optional<String> h = resp.headers().firstValue("Retry-After");
        if (h.isEmpty()) return Optional.empty();
        String v = h.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static InputStream decoded(HttpResponse<InputStream> resp) throws IOException {
        boolean gzip = resp.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
        return gzip ? new GZIPInputStream(resp.body()) : resp.body();
    }

    private static void sleep(Duration d) throws InterruptedIOException {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Wikidata");
        }
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static final class Builder {
        private URI endpoint = DEFAULT_ENDPOINT;
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration minInterval = Duration.ofSeconds(1);
        private int maxAttempts = 5;
        private Duration backoff = Duration.ofSeconds(2);
        private Duration maxWait = Duration.ofSeconds(120);
        private Duration timeout = Duration.ofSeconds(30);
        private int maxlag = 5;
        private Path cacheDir;
        private Consumer<String> log = m -> {};

        private Builder() {}

        /** The action API (default {@link #DEFAULT_ENDPOINT}). */
        public Builder endpoint(URI u) { this.endpoint = Objects.requireNonNull(u); return this; }

        public Builder userAgent(String ua) {
            if (ua == null || ua.isBlank()) throw new IllegalArgumentException("a User-Agent is required");
            this.userAgent = ua;
            return this;
        }

        /** Least time between the starts of two requests (default 1 s). */
        public Builder minInterval(Duration d) {
            if (d.isNegative()) throw new IllegalArgumentException("negative interval");
            this.minInterval = d;
            return this;
        }

        /** Attempts per request, the first included (default 5). */
        public Builder maxAttempts(int n) {
            if (n < 1) throw new IllegalArgumentException("at least one attempt");
            this.maxAttempts = n;
            return this;
        }

        /** First wait before a retry without Retry-After; doubled on every further retry (default 2 s). */
        public Builder backoff(Duration d) { this.backoff = d; return this; }

        /** Longest single wait, Retry-After included (default 120 s). */
        public Builder maxWait(Duration d) { this.maxWait = d; return this; }

        public Builder timeout(Duration d) { this.timeout = d; return this; }

        /** The maxlag parameter in seconds (default 5, as Wikimedia recommends; 0 = not sent). */
        public Builder maxlag(int seconds) { this.maxlag = seconds; return this; }

        /** Directory of the on-disk cache (created when needed); null = no cache. */
        public Builder cacheDir(Path dir) { this.cacheDir = dir; return this; }

        public Builder log(Consumer<String> l) { this.log = Objects.requireNonNull(l); return this; }

        public HttpWikidataClient build() { return new HttpWikidataClient(this); }
    }
}

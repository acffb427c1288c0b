package org.nkkg.build;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkkg.cli.Queries;
import org.nkkg.kb.Gazetteer;
import org.nkkg.rdf.Vocabulary;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Builds the seed corpus twice and checks the dumps: identical, valid, and answering the example queries. */
class SeedBuildSlowIT {
    static Path tmp, outA, outB;
    static BuildSummary summary;
    static Dataset ds;

    @BeforeAll static void build() throws Exception {
        tmp = Files.createTempDirectory("nkkg-it");
        outA = tmp.resolve("a");
        outB = tmp.resolve("b");
        Gazetteer g = Gazetteer.load(Path.of("data/gazetteer.tsv"));
        summary = new GraphBuild(g, Vocabulary.DEFAULT_BASE, "http://127.0.0.1:3030").build(Path.of("data/corpus"), outA, 64 << 20, m -> {});
        new GraphBuild(g, Vocabulary.DEFAULT_BASE, "http://127.0.0.1:3030").build(Path.of("data/corpus"), outB, 64 << 20, m -> {});
        ds = Queries.load(outA.resolve("nkkg.trig"));
    }

    @AfterAll static void cleanUp() throws Exception {
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test void twoBuildsAreByteIdentical() throws Exception {
        for (String f : List.of("nkkg.ttl", "nkkg.trig", "nkkg.nq.gz", "void.ttl", "links.csv")) {
            assertArrayEquals(Files.readAllBytes(outA.resolve(f)), Files.readAllBytes(outB.resolve(f)), f);
        }
    }

    @Test void turtleParsesWithAnIndependentParserAndMatchesJena() throws Exception {
        try (InputStream in = Files.newInputStream(outA.resolve("nkkg.ttl"))) {
            org.eclipse.rdf4j.model.Model m = Rio.parse(in, "", RDFFormat.TURTLE);
            Model jena = RDFDataMgr.loadModel(outA.resolve("nkkg.ttl").toString());
            assertEquals(jena.size(), m.size());
            assertEquals(summary.triples(), m.size());
        }
    }

    @Test void graphConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport r = ShaclValidator.get().validate(shapes, RDFDataMgr.loadGraph(outA.resolve("nkkg.ttl").toString()));
        if (!r.conforms()) ShLib.printReport(r);
        assertTrue(r.conforms(), "SHACL violations: " + r.getEntries().size());
    }

    /**
     * Real documents are messier than the seeds: pieces of the seeds shuffled, cut mid-sentence and strewn with
     * list marks, colons, quotation marks and dates (a fixed random seed, so the test is repeatable) still build
     * without error into a graph that conforms to the shapes.
     */
    @Test void shuffledPiecesOfTheSeedsStillMakeAConformingGraph() throws Exception {
        java.util.Random rnd = new java.util.Random(20231920);
        Path in = tmp.resolve("shuffled"), out = tmp.resolve("shuffled-out");
        Files.createDirectories(in);
        String[] inserts = {"\n", "\n\n", "- ", "• ", ":", "：", "「", "」", "“", "”", "(", "）", "2023年9月", "19日", "On 20 September",
                "the next day", "次日", "同月", "。", ","};
        StringBuilder manifest = new StringBuilder("{\"documents\": [");
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("data/corpus"))) { seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList(); }
        String[] langs = {"zh-Hans", "en", "zh-Hans", "zh-Hant"};
        for (int i = 0; i < 8; i++) {
            int k = rnd.nextInt(seeds.size());
            String text = Files.readString(seeds.get(k));
            List<String> parts = new ArrayList<>();
            int step = 20 + rnd.nextInt(400);
            for (int j = 0; j < text.length(); j += step) parts.add(text.substring(j, Math.min(text.length(), j + 3 + rnd.nextInt(step))));
            java.util.Collections.shuffle(parts, rnd);
            StringBuilder body = new StringBuilder(String.join("", parts.subList(0, 1 + rnd.nextInt(parts.size()))));
            for (int j = rnd.nextInt(30); j > 0; j--) body.insert(rnd.nextInt(body.length() + 1), inserts[rnd.nextInt(inserts.length)]);
            Files.writeString(in.resolve("z" + i + ".txt"), body);
            String published = i % 2 == 0 ? "\"2023-09-2" + i + "\"" : "null";
            manifest.append(i == 0 ? "" : ",").append("{\"id\": \"z").append(i).append("\", \"file\": \"z").append(i)
                    .append(".txt\", \"language\": \"").append(langs[k]).append("\", \"title\": \"t\", \"kind\": \"")
                    .append(i % 2 == 0 ? "news-item" : "wikipedia-article").append("\", \"published\": ").append(published).append("}");
        }
        Files.writeString(in.resolve("manifest.json"), manifest.append("]}").toString());
        Gazetteer g = Gazetteer.load(Path.of("data/gazetteer.tsv"));
        new GraphBuild(g, Vocabulary.DEFAULT_BASE, "http://127.0.0.1:3030").build(in, out, 64 << 20, m -> {});
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport r = ShaclValidator.get().validate(shapes, RDFDataMgr.loadGraph(out.resolve("nkkg.ttl").toString()));
        if (!r.conforms()) ShLib.printReport(r);
        assertTrue(r.conforms(), "SHACL violations: " + r.getEntries().size());
    }

    @Test void summaryCountsWhatWasBuilt() {
        assertEquals(4, summary.documents());
        assertTrue(summary.entitiesByType().get("State") >= 40);
        assertTrue(summary.wikidataLinks() >= 100);
    }

    // ---- every example query returns the rows a careful reader of the seeds expects -------------------------

    static List<Map<String, String>> rows(String file) throws Exception {
        String q = Files.readString(Path.of("queries", file));
        List<Map<String, String>> out = new ArrayList<>();
        ds.begin(ReadWrite.READ);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                Map<String, String> row = new java.util.HashMap<>();
                s.varNames().forEachRemaining(v -> {
                    var n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                out.add(row);
            });
        } finally {
            ds.end();
        }
        return out;
    }

    static boolean has(List<Map<String, String>> rows, Function<Map<String, String>, Boolean> test) {
        return rows.stream().anyMatch(test::apply);
    }

    @Test void q01WhoCondemned() throws Exception {
        var r = rows("01-who-condemned-the-2023-offensive.rq");
        assertTrue(has(r, x -> "Charles Michel".equals(x.get("speakerLabel"))), r.toString());
        assertTrue(has(r, x -> "Jean Asselborn".equals(x.get("speakerLabel"))));
        assertTrue(has(r, x -> "Emmanuel Macron".equals(x.get("speakerLabel")) && "France".equals(x.get("forLabel"))));
        assertTrue(has(r, x -> x.getOrDefault("quote", "").contains("categorically condemns")));
    }

    @Test void q02Timeline() throws Exception {
        var r = rows("02-timeline-19-september-to-1-october-2023.rq");
        assertTrue(has(r, x -> x.get("date").equals("2023-09-19") && x.get("type").equals("military-operation")
                && x.getOrDefault("agents", "").contains("Azerbaijan") && Integer.parseInt(x.get("documents")) >= 2), r.toString());
        assertTrue(has(r, x -> x.get("date").equals("2023-09-25") && x.get("type").equals("explosion")));
        assertTrue(r.stream().allMatch(x -> x.get("date").compareTo("2023-09-19") >= 0 && x.get("date").compareTo("2023-10-01") <= 0));
    }

    @Test void q03Roles() throws Exception {
        var r = rows("03-people-roles.rq");
        assertTrue(has(r, x -> "Maria Zakharova".equals(x.get("personLabel")) && "spokesperson".equals(x.get("role"))
                && "Ministry of Foreign Affairs of Russia".equals(x.get("inLabel"))), r.toString());
        assertTrue(has(r, x -> "Vladimir Putin".equals(x.get("personLabel")) && "president".equals(x.get("role"))));
    }

    @Test void q04LachinCorridor() throws Exception {
        var r = rows("04-statements-about-the-lachin-corridor.rq");
        assertTrue(has(r, x -> "Alberto Fernández".equals(x.get("speakerLabel")) && "condemn".equals(x.get("stance"))), r.toString());
        assertTrue(has(r, x -> x.get("sentence").contains("拉钦走廊")));
    }

    @Test void q05LabelsInThreeScripts() throws Exception {
        var r = rows("05-labels-of-azerbaijan.rq");
        assertEquals(List.of("Azerbaijan", "阿塞拜疆", "亞塞拜然"), r.stream().map(x -> x.get("label")).toList());
    }

    @Test void q06SupportingSentence() throws Exception {
        var r = rows("06-sentence-supporting-a-statement.rq");
        assertTrue(has(r, x -> x.get("file").equals("002_8721df44206d3224.txt") && x.get("sentence").contains("扎哈罗娃")), r.toString());
        assertTrue(has(r, x -> x.get("file").equals("001_a61aee1dde4651ab.txt") && x.get("sentence").contains("Zakharova")));
        // the offsets really point at the sentence in the original file (code points)
        for (var x : r) {
            int[] cps = Files.readString(Path.of("data/corpus", x.get("file"))).codePoints().toArray();
            String span = new String(cps, Integer.parseInt(x.get("begin")), Integer.parseInt(x.get("end")) - Integer.parseInt(x.get("begin")));
            assertEquals(x.get("sentence"), span);
        }
    }

    @Test void q07WikidataIds() throws Exception {
        var r = rows("07-entities-with-wikidata-ids.rq");
        assertTrue(has(r, x -> "Azerbaijan".equals(x.get("label")) && "Q227".equals(x.get("qid"))));
        assertTrue(has(r, x -> "Stepanakert".equals(x.get("label")) && "Q129352".equals(x.get("qid"))));
        assertTrue(has(r, x -> "Nikol Pashinyan".equals(x.get("label")) && "Q7035479".equals(x.get("qid"))));
        assertFalse(has(r, x -> "Q192820".equals(x.get("qid"))), "a QID known to be wrong");
    }

    @Test void q08StatesByStance() throws Exception {
        var r = rows("08-states-by-stance.rq");
        assertTrue(has(r, x -> x.get("stance").equals("condemn") && x.get("states").contains("France") && x.get("states").contains("Cyprus")), r.toString());
        assertTrue(has(r, x -> x.get("stance").equals("support") && x.get("states").contains("Turkey")));
    }

    @Test void q09FirstWarByYear() throws Exception {
        var r = rows("09-first-war-events-by-year.rq");
        assertTrue(has(r, x -> x.get("year").equals("1991") && x.get("type").equals("referendum")), r.toString());
        assertTrue(has(r, x -> x.get("year").equals("1994") && x.get("type").equals("ceasefire")));
        assertTrue(r.stream().allMatch(x -> Integer.parseInt(x.get("year")) >= 1988 && Integer.parseInt(x.get("year")) <= 1994));
    }

    @Test void q10StepanakertInAllScripts() throws Exception {
        var r = rows("10-mentions-of-stepanakert.rq");
        assertTrue(has(r, x -> x.get("language").equals("en") && x.get("surface").equals("Stepanakert")));
        assertTrue(has(r, x -> x.get("language").equals("zh-Hans") && x.get("surface").equals("斯捷潘纳克特")));
        assertTrue(has(r, x -> x.get("language").equals("zh-Hant") && x.get("surface").equals("斯捷潘納克特")));
        assertTrue(has(r, x -> x.get("language").equals("zh-Hant") && x.get("surface").equals("漢肯德")), "Khankendi is the same city");
    }

    @Test void q11EntitiesPerDocument() throws Exception {
        var r = rows("11-entities-per-document.rq");
        for (String doc : List.of("000_8f3157a13746c8b1", "001_a61aee1dde4651ab", "002_8721df44206d3224", "003_1182cd5d908f488b")) {
            assertTrue(has(r, x -> x.get("doc").endsWith(doc) && x.get("type").equals("State") && Integer.parseInt(x.get("entities")) >= 5), doc);
        }
    }

    @Test void q12BodiesOfStates() throws Exception {
        var r = rows("12-bodies-of-each-state.rq");
        assertTrue(has(r, x -> x.get("stateLabel").equals("Russia") && x.get("bodyLabel").equals("Ministry of Foreign Affairs of Russia")
                && Integer.parseInt(x.get("documents")) >= 2), r.toString());
        assertTrue(has(r, x -> x.get("stateLabel").equals("Azerbaijan") && x.get("bodyLabel").startsWith("Ministry of Defen")));
    }

    @Test void q13CasualtyFigures() throws Exception {
        var r = rows("13-casualty-figures.rq");
        assertTrue(has(r, x -> x.get("measure").equals("killed") && x.get("value").equals("170") && x.get("event").contains("explosion-2023-09-25")), r.toString());
    }

    @Test void q14FederatedQueryParses() throws Exception {
        org.apache.jena.query.QueryFactory.create(Files.readString(Path.of("queries/14-join-with-wikidata.rq")));
    }
}

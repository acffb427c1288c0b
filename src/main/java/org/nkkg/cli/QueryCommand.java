package org.nkkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a .rq file or the query text) against the built graph, without a server.")
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Parameters(index = "0", description = "A .rq file or a SPARQL query.")
    String query;

    @Option(names = "--format", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    Format format;

    @Option(names = "--out", description = "The build output directory (default: ${DEFAULT-VALUE}).", defaultValue = BuildCommand.DEFAULT_OUT)
    Path out;

    @Override public Integer call() throws IOException {
        Path trig = out.resolve("nkkg.trig");
        if (!Files.isRegularFile(trig)) {
            System.err.println("nkkg query: no graph at " + trig + "; run 'build' first");
            return 2;
        }
        String text = query.endsWith(".rq") && Files.isRegularFile(Path.of(query)) ? Files.readString(Path.of(query)) : query;
        Dataset ds = Queries.load(trig);
        ds.begin(org.apache.jena.query.ReadWrite.READ);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(text).build()) {
            if (qe.getQuery().isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                    case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                    default -> ResultSetFormatter.out(System.out, rs, qe.getQuery());
                }
            } else if (qe.getQuery().isAskType()) {
                System.out.println(qe.execAsk());
            } else {
                RDFDataMgr.write(System.out, qe.getQuery().isDescribeType() ? qe.execDescribe() : qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
            }
            return 0;
        } catch (QueryParseException e) {
            System.err.println("nkkg query: " + e.getMessage());
            return 2;
        } finally {
            ds.end();
        }
    }
}

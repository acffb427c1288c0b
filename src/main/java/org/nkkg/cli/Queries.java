package org.nkkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.nio.file.Path;

/** Loads a TriG dump in memory with the union of its named graphs as default graph, as the server does. */
final class Queries {
    private Queries() {}

    static Dataset load(Path trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, trig.toString());
        return DatasetFactory.wrap(new org.apache.jena.sparql.core.DatasetGraphWrapper(dsg) {
            @Override public org.apache.jena.graph.Graph getDefaultGraph() { return dsg.getUnionGraph(); }
        });
    }
}

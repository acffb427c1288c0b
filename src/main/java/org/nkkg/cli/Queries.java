package org.nkkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import java.nio.file.Path;

/**
 * Loads a TriG dump into an in-memory TDB2 dataset whose default graph is the union of its named graphs — the
 * same query semantics as the server's persistent TDB2 store.
 */
public final class Queries {
    private Queries() {}

    public static Dataset load(Path trig) {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, trig.toString()));
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }
}

package org.nkkg.store;

import java.nio.file.Path;

/**
 * Outcome of {@link GraphStore#load(Path)}.
 *
 * @param quads    number of quads in the new database
 * @param millis   time taken by parsing, indexing and switching
 * @param location directory of the new TDB2 database
 */
public record LoadReport(long quads, long millis, Path location) {}

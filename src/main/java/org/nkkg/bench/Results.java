package org.nkkg.bench;

import java.util.List;

/** Everything one benchmark run measured; written as bench/results.json and rendered as bench/results.md. */
public record Results(String generatedAt, String mode, String command, String sourceRevision, Machine machine,
                      java.util.Map<String, String> loadAverage, String notes,
                      List<Target> targets, ExtractionBench.Result extraction, BuildBench.Result build,
                      ScalingBench.Result scaling,
                      StoreBench.Result store, QueryBench.Result queries, double benchSeconds) {}

package org.nkkg.extract;

import org.nkkg.model.Document;
import org.nkkg.model.SourceDoc;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-document stages in order. The order is checked when the pipeline is built: a stage whose required layer
 * no earlier stage provides is refused before any text is read, naming the missing layer.
 * Time spent per stage is counted, for the benchmark.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    public Pipeline(List<Stage> stages) {
        Set<Stage.Layer> have = EnumSet.of(Stage.Layer.SOURCE);
        for (Stage s : stages) {
            for (Stage.Layer need : s.requires()) {
                if (!have.contains(need)) {
                    throw new IllegalStateException("stage '" + s.name() + "' needs layer " + need + ", which no earlier stage provides");
                }
            }
            have.addAll(s.provides());
            nanos.put(s.name(), new long[1]);
        }
        this.stages = List.copyOf(stages);
    }

    public Document process(SourceDoc source) {
        Document d = Document.of(source);
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            d = s.apply(d);
            nanos.get(s.name())[0] += System.nanoTime() - t0;
        }
        return d;
    }

    /** Accumulated nanoseconds per stage since this pipeline was built. */
    public Map<String, Long> timings() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    public List<Stage> stages() { return stages; }
}

package org.nkkg.eval;

import java.util.Map;

/** Renders an evaluation report as Markdown tables (the README quotes them). */
public final class EvalTable {
    private EvalTable() {}

    public static String render(Evaluator.Report r) {
        StringBuilder sb = new StringBuilder();
        table(sb, "Entities per document, by language and type", "language | type", r.entities);
        table(sb, "Merged entities (whole corpus)", "type", r.merged);
        table(sb, "Mentions (exact span and type)", "language | type", r.mentions);
        table(sb, "Entities per document", "document | type", r.entitiesByDoc);
        table(sb, "Events", "language | match", r.events);
        table(sb, "Statements", "language | match", r.statements);
        sb.append("\n### Wikidata links\n\n| precision | coverage | correct | wrong | gold items not linked | links not judged |\n|---|---|---|---|---|---|\n");
        sb.append(String.format("| %.3f | %.3f | %d | %d | %d | %d |%n", r.links.precision(), r.links.recall(), r.links.tp(),
                r.links.fp(), r.links.fn(), r.linkUnjudged));
        return sb.toString();
    }

    private static void table(StringBuilder sb, String title, String key, Map<String, Evaluator.Counts> m) {
        sb.append("\n### ").append(title).append("\n\n| ").append(key).append(" | P | R | F1 | TP | FP | FN |\n|");
        sb.append("---|".repeat(key.split("\\|").length + 6)).append('\n');
        for (var e : m.entrySet()) {
            Evaluator.Counts c = e.getValue();
            sb.append(String.format("| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", e.getKey().replace("|", " | "),
                    c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
        }
    }
}

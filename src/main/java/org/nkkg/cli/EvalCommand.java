package org.nkkg.cli;

import org.nkkg.build.GraphBuild;
import org.nkkg.corpus.CorpusEntry;
import org.nkkg.corpus.CorpusReader;
import org.nkkg.eval.EvalTable;
import org.nkkg.eval.Evaluator;
import org.nkkg.eval.GoldSet;
import org.nkkg.model.CleanText;
import org.nkkg.model.SourceDoc;
import org.nkkg.text.DocumentCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction and linking against the gold annotations: precision, recall, F1 and the error list.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--input", defaultValue = BuildCommand.DEFAULT_INPUT, description = "Corpus (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--gold", defaultValue = "data/gold", description = "Gold directory (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--errors", defaultValue = "out/eval-errors.txt", description = "Where the error list goes (default: ${DEFAULT-VALUE}).")
    Path errors;

    @Mixin CommonOptions common;

    @Override public Integer call() throws Exception {
        GraphBuild build = common.graphBuild();
        GraphBuild.Result result = build.extract(input, common.maxFileBytes(), m -> {});
        CorpusReader reader = new CorpusReader(input, common.maxFileBytes(), m -> {});
        DocumentCleaner cleaner = new DocumentCleaner();
        Map<String, Evaluator.DocText> texts = new HashMap<>();
        for (CorpusEntry e : reader.list()) {
            SourceDoc d = reader.read(e);
            CleanText c = cleaner.clean(d);
            texts.put(d.id(), new Evaluator.DocText(d.id(), d.lang(), c.text(), c.offsets()));
        }
        Evaluator.Report report = new Evaluator().evaluate(GoldSet.load(gold), result.kg(), texts);
        System.out.print(EvalTable.render(report));
        if (errors.getParent() != null) Files.createDirectories(errors.getParent());
        Files.write(errors, report.errors);
        System.out.println("\n" + report.errors.size() + " errors listed in " + errors);
        return 0;
    }
}

package org.nkkg.extract;

import org.nkkg.model.Document;
import org.nkkg.model.Mention;
import org.nkkg.text.DocumentCleaner;
import org.nkkg.text.SentenceSplitter;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.nkkg.extract.Stage.Layer.*;

/** The standard stages, each a thin wrapper that names what it reads and adds around an algorithm class. */
public final class Stages {
    private Stages() {}

    public static List<Stage> standard(Resources res) {
        DocumentCleaner cleaner = new DocumentCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        ChineseMentionExtractor zh = new ChineseMentionExtractor(res);
        EnglishMentionExtractor en = new EnglishMentionExtractor(res);
        Coreference coref = new Coreference(res);
        RoleExtractor roles = new RoleExtractor(res);
        EventExtractor events = new EventExtractor(res);
        StatementExtractor statements = new StatementExtractor(res);
        return List.of(
                stage("clean", Set.of(SOURCE), Set.of(CLEAN), d -> d.withClean(cleaner.clean(d.source()))),
                stage("sentences", Set.of(CLEAN), Set.of(SENTENCES),
                        d -> d.withSentences(splitter.split(d.text(), d.clean().units(), d.lang()))),
                stage("mentions", Set.of(SENTENCES), Set.of(MENTIONS), d -> {
                    List<Mention> ms = d.lang().isChinese() ? zh.extract(d) : en.extract(d);
                    return d.withMentions(coref.resolve(d, ms));
                }),
                stage("roles", Set.of(MENTIONS), Set.of(ROLES), d -> d.withRoles(roles.extract(d))),
                stage("events", Set.of(MENTIONS), Set.of(EVENTS), d -> d.withEvents(events.extract(d))),
                stage("statements", Set.of(MENTIONS, ROLES), Set.of(STATEMENTS), d -> d.withStatements(statements.extract(d))));
    }

    static Stage stage(String name, Set<Stage.Layer> requires, Set<Stage.Layer> provides, UnaryOperator<Document> f) {
        return new Stage() {
            @Override public String name() { return name; }

            @Override public Set<Stage.Layer> requires() { return requires; }

            @Override public Set<Stage.Layer> provides() { return provides; }

            @Override public Document apply(Document doc) { return f.apply(doc); }
        };
    }
}

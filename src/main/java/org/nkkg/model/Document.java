package org.nkkg.model;

import java.util.List;

/**
 * One document and the layers the per-document stages have added so far. Immutable: a stage returns a new
 * record with its layer filled. A layer that is not there yet is null; {@code org.nkkg.extract.Pipeline} checks
 * the order of stages when it is built, so a stage never meets a missing layer at run time.
 */
public record Document(SourceDoc source, CleanText clean, List<Sentence> sentences, List<Mention> mentions,
                       List<RoleMention> roles, List<EventMention> events, List<StatementMention> statements) {

    public static Document of(SourceDoc source) { return new Document(source, null, null, null, null, null, null); }

    public Document withClean(CleanText c) { return new Document(source, c, sentences, mentions, roles, events, statements); }

    public Document withSentences(List<Sentence> s) {
        return new Document(source, clean, List.copyOf(s), mentions, roles, events, statements);
    }

    public Document withMentions(List<Mention> m) {
        return new Document(source, clean, sentences, List.copyOf(m), roles, events, statements);
    }

    public Document withRoles(List<RoleMention> r) {
        return new Document(source, clean, sentences, mentions, List.copyOf(r), events, statements);
    }

    public Document withEvents(List<EventMention> e) {
        return new Document(source, clean, sentences, mentions, roles, List.copyOf(e), statements);
    }

    public Document withStatements(List<StatementMention> s) {
        return new Document(source, clean, sentences, mentions, roles, events, List.copyOf(s));
    }

    public String id() { return source.id(); }

    public Lang lang() { return source.lang(); }

    public String text() { return clean.text(); }

    /** The sentence containing a cleaned-text offset. */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}

package org.nkkg.model;

/** A processed document's metadata, kept after its text is dropped. */
public record DocumentInfo(SourceDoc source, int codePoints, int sentences, int mentions) {
    /** The source without its text (metadata only). */
    public DocumentInfo {
        source = new SourceDoc(source.id(), source.file(), source.lang(), source.title(), source.kind(),
                source.publisher(), source.url(), source.originalTitle(), source.published(), source.retrieved(),
                source.licence(), "");
    }
}

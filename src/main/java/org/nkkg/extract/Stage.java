package org.nkkg.extract;

import org.nkkg.model.Document;

import java.util.Set;

/**
 * One per-document step of the pipeline. It reads the layers it {@link #requires()} and returns a new document
 * with the layers it {@link #provides()}; it never changes its input.
 */
public interface Stage {
    enum Layer { SOURCE, CLEAN, SENTENCES, MENTIONS, ROLES, EVENTS, STATEMENTS }

    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    Document apply(Document doc);
}

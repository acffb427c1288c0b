package org.nkkg.model;

import java.util.List;

/**
 * An attributed speech act, resolved to entity ids. {@code id} is "docId/originalOffset" of its cue.
 * {@code roleId} points to the speaker's {@link Role} when the text gives one.
 */
public record Statement(String id, String docId, String speaker, String onBehalfOf, String roleId, Stance stance,
                        List<String> about, String quote, Lang quoteLang, TimeValue date, MentionRef cue) {}

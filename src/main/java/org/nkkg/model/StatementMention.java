package org.nkkg.model;

import java.util.List;

/**
 * An attributed speech act in one sentence. Entity references are mention keys.
 *
 * @param begin,end  the speech-act cue ("谴责", "condemned") in cleaned-text offsets
 * @param speaker    the person when named, else the organization or state; never null
 * @param onBehalfOf the state or organization the speaker speaks for, or null
 * @param quote      the quoted words when the text quotes, or null
 */
public record StatementMention(int begin, int end, String cue, int sentence, String speaker, String onBehalfOf,
                               RoleType role, String roleLabel, Stance stance, List<String> about,
                               String quote, TimeValue date) {
    public StatementMention {
        about = List.copyOf(about);
    }
}

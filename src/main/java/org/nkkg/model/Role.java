package org.nkkg.model;

import java.util.List;

/** A position a person holds in a state or organization ({@code in} may be null), with where it was read. */
public record Role(String id, String person, RoleType type, String in, List<MentionRef> mentions) {}

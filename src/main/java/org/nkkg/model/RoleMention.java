package org.nkkg.model;

/**
 * "俄罗斯外交部发言人玛丽亚·扎哈罗娃": a person (key) holds a role in a state or organization (key, may be null),
 * as written at the given span (the role words, cleaned-text offsets).
 */
public record RoleMention(String person, RoleType role, String in, String label, int begin, int end) {}

package org.nkkg.corpus;

/** Bad input: the message says which file and what is wrong, in words a user can act on. */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) { super(message); }

    public CorpusException(String message, Throwable cause) { super(message, cause); }
}

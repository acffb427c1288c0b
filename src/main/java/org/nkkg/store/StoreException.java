package org.nkkg.store;

/** A store could not be opened, or a load was refused or failed (the previous graph is still served). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

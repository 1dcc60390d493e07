package org.parkhall.core.internal.store;

/** The database refused or failed a unit of work; nothing of it was written. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

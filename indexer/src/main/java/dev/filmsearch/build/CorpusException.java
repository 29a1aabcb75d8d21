package dev.filmsearch.build;

/** A build cannot start or finish for a reason the user can fix: the message is one clear line. */
public final class CorpusException extends Exception {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.filmsearch.corpus;

import java.io.IOException;

/**
 * A file's bytes stop decoding part-way (a truncated or corrupt {@code .gz}, a read error): thrown by the text of
 * {@link CorpusFile#openText} once every line before the break has been delivered, so a reader keeps them and
 * reports {@link #problem()} for the line the break is in. {@code line} 0 means the file could not be opened.
 */
public final class BrokenTextException extends IOException {
    private final String file;
    private final long line;

    BrokenTextException(String file, long line, IOException cause) {
        super(file + ":" + line + ": " + reason(line, cause), cause);
        this.file = file;
        this.line = line;
    }

    public long line() {
        return line;
    }

    /** The problem to report: the line the break is in, and that everything before it was read. */
    public Problem problem() {
        return new Problem(file, line, reason(line, (IOException) getCause()));
    }

    private static String reason(long line, IOException cause) {
        String why = cause.getMessage() != null ? cause.getMessage()
                : cause instanceof java.io.EOFException ? "the data ends early" : cause.getClass().getSimpleName();
        return line == 0 ? "unreadable: " + why
                : "the file breaks off in this line (" + why + "); the lines before it were read, the rest is lost";
    }
}

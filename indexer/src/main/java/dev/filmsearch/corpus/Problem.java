package dev.filmsearch.corpus;

/**
 * Something wrong in the input, printed as {@code file:line: reason} (line 0 = the whole file).
 * A {@link Kind#REJECTED} problem means the line, row or page was skipped; an {@link Kind#IGNORED_VALUE} problem
 * means the record was kept but one bad value in it was left out (e.g. a year "PG").
 */
public record Problem(String file, long line, String reason, Kind kind) {
    public enum Kind { REJECTED, IGNORED_VALUE }

    /** A skipped line, row or page. */
    public Problem(String file, long line, String reason) {
        this(file, line, reason, Kind.REJECTED);
    }

    /** A kept record with one bad value left out. */
    public static Problem ignoredValue(String file, long line, String reason) {
        return new Problem(file, line, reason, Kind.IGNORED_VALUE);
    }

    public boolean rejected() {
        return kind == Kind.REJECTED;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}

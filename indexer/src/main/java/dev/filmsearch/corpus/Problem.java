package dev.filmsearch.corpus;

/** A malformed line, row or page that was skipped: printed as {@code file:line: reason}. Line 0 = whole file. */
public record Problem(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}

package dev.filmsearch.corpus.titlepage;

/**
 * One line of a title page: its 1-based line number in the file and its text with white space (including
 * no-break spaces) trimmed and collapsed, or null for a blank line.
 */
record PageLine(int number, String text) {

    boolean blank() {
        return text == null;
    }
}

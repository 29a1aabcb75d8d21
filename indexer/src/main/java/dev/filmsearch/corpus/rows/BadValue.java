package dev.filmsearch.corpus.rows;

/** A cell whose value cannot be read as what its field needs; {@code why} ends the problem's reason. */
final class BadValue extends Exception {
    BadValue(String why) {
        super(why, null, false, false);
    }

    String why() {
        return getMessage();
    }
}

package dev.filmsearch.corpus.imdbtsv;

/** A value that cannot be read; its message is the problem reason ("startYear 'abc' is not a number"). */
final class BadValue extends Exception {
    BadValue(String reason) {
        super(reason, null, false, false);
    }
}

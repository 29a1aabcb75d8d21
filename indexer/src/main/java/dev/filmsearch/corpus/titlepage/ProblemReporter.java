package dev.filmsearch.corpus.titlepage;

/** Where the page parsers report a malformed part of the page: the line and a short lower-case reason. */
@FunctionalInterface
interface ProblemReporter {
    void report(int line, String reason);
}

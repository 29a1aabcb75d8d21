package dev.filmsearch.corpus.titlepage;

/** The film a page is about: its id (a {@code tt} id found on the page, else the title-year slug), title, year. */
record FilmLink(String id, String title, Integer year) {
}

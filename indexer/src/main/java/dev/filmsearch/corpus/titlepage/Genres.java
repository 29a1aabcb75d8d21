package dev.filmsearch.corpus.titlepage;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** IMDb's genre names, to tell a genre line ("Biography | Drama") from a line of text. */
final class Genres {
    private static final Set<String> KNOWN = Set.of("Action", "Adult", "Adventure", "Animation", "Biography",
            "Comedy", "Crime", "Documentary", "Drama", "Family", "Fantasy", "Film-Noir", "Game-Show", "History",
            "Horror", "Music", "Musical", "Mystery", "News", "Reality-TV", "Romance", "Sci-Fi", "Short", "Sport",
            "Talk-Show", "Thriller", "War", "Western");

    private Genres() {
    }

    /** The genres of a line made only of IMDb genre names separated by "|" or ","; empty otherwise. */
    static Optional<List<String>> ofLine(String line) {
        List<String> parts = PageText.split(line, "|,");
        return !parts.isEmpty() && KNOWN.containsAll(parts) ? Optional.of(parts) : Optional.empty();
    }
}

package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.Ids;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which film a page is about. The title and year come from the page's first line when it reads "Title (Year)",
 * "Title (Year) - IMDb" or "Title - IMDb", else from "Discuss Title (Year) on the IMDb message boards »". The id is
 * the first {@code tt} id on the page outside the sections about other films or written by users, else the
 * title-year slug.
 */
final class TitleFinder {
    private static final Set<Section.Kind> OTHER_FILMS_OR_USERS =
            Set.of(Section.Kind.RELATED, Section.Kind.REVIEWS, Section.Kind.DID_YOU_KNOW);

    private TitleFinder() {
    }

    static Optional<FilmLink> find(List<Section> sections) {
        Optional<TitleYear> title = firstLine(sections).flatMap(TitleYear::ofPageTitle)
                .or(() -> discussLine(sections));
        return title.map(t -> new FilmLink(Ids.filmId(imdbId(sections), t.title(), t.year()), t.title(), t.year()));
    }

    private static Optional<String> firstLine(List<Section> sections) {
        return sections.getFirst().lines().stream().filter(l -> !l.blank()).findFirst().map(PageLine::text);
    }

    private static Optional<TitleYear> discussLine(List<Section> sections) {
        return sections.stream().flatMap(s -> s.lines().stream()).filter(l -> !l.blank())
                .map(l -> TitleYear.ofDiscussLine(l.text())).flatMap(Optional::stream).findFirst();
    }

    private static String imdbId(List<Section> sections) {
        return sections.stream().filter(s -> !OTHER_FILMS_OR_USERS.contains(s.kind()))
                .flatMap(s -> s.lines().stream()).filter(l -> !l.blank())
                .map(l -> Ids.imdbTitleId(l.text())).filter(id -> id != null).findFirst().orElse(null);
    }
}

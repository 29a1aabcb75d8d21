package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.RelatedFilm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the sections of one page found out about its film, gathered as they are read. Where a fact is given twice
 * the first wins; lists add up. {@link #toFilm} assembles the film.
 */
final class FilmFacts {
    private final List<String> summary = new ArrayList<>();
    private final List<String> storyline = new ArrayList<>();
    private String awards;
    private LocalDate releaseDate;
    private String releaseCountry;
    private Integer runtimeMinutes;
    private Double rating;
    private Long votes;
    private final Set<String> genres = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> languages = new LinkedHashSet<>();
    private final Set<String> keywords = new LinkedHashSet<>();
    private final Set<String> directors = new LinkedHashSet<>();
    private final Set<String> writers = new LinkedHashSet<>();
    private final Set<String> stars = new LinkedHashSet<>();
    private final List<CastMember> cast = new ArrayList<>();
    private final List<RelatedFilm> related = new ArrayList<>();

    void summary(String paragraph) { summary.add(paragraph); }
    void storyline(String paragraph) { storyline.add(paragraph); }
    void awards(String text) { awards = awards == null ? text : awards; }
    void runtime(int minutes) { runtimeMinutes = runtimeMinutes == null ? minutes : runtimeMinutes; }
    void genres(List<String> values) { genres.addAll(values); }
    void countries(List<String> values) { countries.addAll(values); }
    void languages(List<String> values) { languages.addAll(values); }
    void keywords(List<String> values) { keywords.addAll(values); }
    void directors(List<String> names) { directors.addAll(names); }
    void writers(List<String> names) { writers.addAll(names); }
    void stars(List<String> names) { stars.addAll(names); }
    void cast(List<CastMember> members) { cast.addAll(members); }
    void related(List<RelatedFilm> films) { related.addAll(films); }

    void release(LocalDate date, String country) {
        if (releaseDate == null) {
            releaseDate = date;
            releaseCountry = country;
        }
    }

    void rating(double value, Long voteCount) {
        if (rating == null) {
            rating = value;
            votes = voteCount;
        }
    }

    /** The film; without a cast list the "Stars:" names stand in for it (with no characters). */
    Film toFilm(FilmLink link) {
        Film.Builder film = Film.builder(link.title()).id(link.id()).year(link.year())
                .releaseDate(releaseDate, releaseCountry).runtimeMinutes(runtimeMinutes).rating(rating).votes(votes)
                .plot(plot()).awards(awards).genres(List.copyOf(genres)).countries(List.copyOf(countries))
                .languages(List.copyOf(languages)).keywords(List.copyOf(keywords))
                .directors(directors.stream().map(Credit::named).toList())
                .writers(writers.stream().map(Credit::named).toList())
                .related(related);
        if (cast.isEmpty()) {
            stars.forEach(name -> film.castMember(name, null));
        } else {
            film.cast(cast);
        }
        return film.build();
    }

    /**
     * The summary and storyline paragraphs, each once: a paragraph the page repeats, or that another contains
     * (the summary is often the storyline cut short with "..."), is kept only in its fullest form.
     */
    private String plot() {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(summary));
        storyline.stream().filter(p -> !all.contains(p)).forEach(all::add);
        List<String> kept = new ArrayList<>();
        for (String p : all) {
            String core = p.endsWith("...") ? p.substring(0, p.length() - 3).strip() : p;
            boolean inOther = all.stream().anyMatch(q -> !q.equals(p) && q.contains(core));
            if (!inOther) {
                kept.add(p);
            }
        }
        return PageText.joinParagraphs(kept);
    }
}

package dev.filmsearch.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A film. Lists are never null (empty when unknown); scalars are null when unknown. {@code rating} is on the
 * 0–10 scale; {@code releaseCountry} says where {@code releaseDate} applies ("USA"), when the source says so.
 * {@code titleType} (IMDb's: "movie", "tvSeries", "tvEpisode", "short", …), {@code aliases} (other titles by region
 * and language) and {@code episodeOf} (an episode's series) come from IMDb's TSV dumps; they are left out of the
 * stored JSON when null or empty, so records of other sources keep their exact JSON.
 */
public record Film(String id, String title, String originalTitle, Integer year, LocalDate releaseDate,
                   String releaseCountry, List<String> genres, List<Credit> directors, List<Credit> writers,
                   List<CastMember> cast, Double rating, Long votes, Integer runtimeMinutes, List<String> languages,
                   List<String> countries, String plot, List<String> keywords, String awards,
                   List<RelatedFilm> related,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String titleType,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Alias> aliases,
                   @JsonInclude(JsonInclude.Include.NON_NULL) EpisodeOf episodeOf) implements CatalogRecord {

    public Film {
        Text.require(id, "film id");
        Text.require(title, "film title");
        genres = List.copyOf(genres);
        directors = List.copyOf(directors);
        writers = List.copyOf(writers);
        cast = List.copyOf(cast);
        languages = List.copyOf(languages);
        countries = List.copyOf(countries);
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The film's Spanish title: its best Spanish alias ({@link Alias#spanishRank()}), or null when it has none. */
    @JsonIgnore
    public String spanishTitle() {
        return aliases.stream().filter(Alias::spanish).min(Comparator.comparingInt(Alias::spanishRank))
                .map(Alias::title).orElse(null);
    }

    @Override
    public RecordType type() {
        return RecordType.FILM;
    }

    /** A builder whose id defaults to the IMDb id if set, else the title + year slug. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    public Builder toBuilder() {
        Builder b = new Builder(title).id(id).originalTitle(originalTitle).year(year)
                .releaseDate(releaseDate, releaseCountry).rating(rating).votes(votes)
                .runtimeMinutes(runtimeMinutes).plot(plot).awards(awards).titleType(titleType).episodeOf(episodeOf);
        b.genres.addAll(genres);
        b.directors.addAll(directors);
        b.writers.addAll(writers);
        b.cast.addAll(cast);
        b.languages.addAll(languages);
        b.countries.addAll(countries);
        b.keywords.addAll(keywords);
        b.related.addAll(related);
        b.aliases.addAll(aliases);
        return b;
    }

    /** Mutable, single-use builder; readers use it to assemble a film field by field. */
    public static final class Builder {
        private String id;
        private String title;
        private String originalTitle;
        private Integer year;
        private LocalDate releaseDate;
        private String releaseCountry;
        private final List<String> genres = new ArrayList<>();
        private final List<Credit> directors = new ArrayList<>();
        private final List<Credit> writers = new ArrayList<>();
        private final List<CastMember> cast = new ArrayList<>();
        private Double rating;
        private Long votes;
        private Integer runtimeMinutes;
        private final List<String> languages = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private String plot;
        private final List<String> keywords = new ArrayList<>();
        private String awards;
        private final List<RelatedFilm> related = new ArrayList<>();
        private String titleType;
        private final List<Alias> aliases = new ArrayList<>();
        private EpisodeOf episodeOf;

        private Builder(String title) {
            this.title = title;
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder originalTitle(String originalTitle) { this.originalTitle = originalTitle; return this; }
        public Builder year(Integer year) { this.year = year; return this; }
        public Builder releaseDate(LocalDate date, String country) {
            this.releaseDate = date;
            this.releaseCountry = country;
            return this;
        }
        public Builder genres(List<String> genres) { this.genres.addAll(genres); return this; }
        public Builder genre(String genre) { this.genres.add(genre); return this; }
        public Builder directors(List<Credit> directors) { this.directors.addAll(directors); return this; }
        public Builder director(String name) { this.directors.add(Credit.named(name)); return this; }
        public Builder writers(List<Credit> writers) { this.writers.addAll(writers); return this; }
        public Builder cast(List<CastMember> cast) { this.cast.addAll(cast); return this; }
        public Builder castMember(String name, String character) {
            this.cast.add(CastMember.named(name, character));
            return this;
        }
        public Builder rating(Double rating) { this.rating = rating; return this; }
        public Builder votes(Long votes) { this.votes = votes; return this; }
        public Builder runtimeMinutes(Integer minutes) { this.runtimeMinutes = minutes; return this; }
        public Builder languages(List<String> languages) { this.languages.addAll(languages); return this; }
        public Builder countries(List<String> countries) { this.countries.addAll(countries); return this; }
        public Builder plot(String plot) { this.plot = plot; return this; }
        public Builder keywords(List<String> keywords) { this.keywords.addAll(keywords); return this; }
        public Builder awards(String awards) { this.awards = awards; return this; }
        public Builder related(List<RelatedFilm> related) { this.related.addAll(related); return this; }
        public Builder titleType(String titleType) { this.titleType = titleType; return this; }
        public Builder aliases(List<Alias> aliases) { this.aliases.addAll(aliases); return this; }
        public Builder alias(Alias alias) { this.aliases.add(alias); return this; }
        public Builder episodeOf(EpisodeOf episodeOf) { this.episodeOf = episodeOf; return this; }

        /** Removes directors, writers and cast, so they can be set again. */
        public Builder clearCredits() {
            directors.clear();
            writers.clear();
            cast.clear();
            return this;
        }

        public Film build() {
            String filmId = id != null ? id : Ids.filmId(null, title, year);
            return new Film(filmId, title, originalTitle, year, releaseDate, releaseCountry, genres, directors,
                    writers, cast, rating, votes, runtimeMinutes, languages, countries, plot, keywords, awards,
                    related, titleType, aliases, episodeOf);
        }
    }
}

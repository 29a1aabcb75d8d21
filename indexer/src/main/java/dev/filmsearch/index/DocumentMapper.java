package dev.filmsearch.index;

import dev.filmsearch.catalog.FilmFame;
import dev.filmsearch.catalog.FilmSummary;
import dev.filmsearch.catalog.LanguageDetector;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.corpus.normalise.GenreVocabulary;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import dev.filmsearch.model.Text;
import dev.filmsearch.schema.FacetFieldDef;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.FeatureFieldDef;
import dev.filmsearch.schema.FieldSink;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import dev.filmsearch.schema.Schema;
import dev.filmsearch.schema.SuggestionLabel;
import dev.filmsearch.schema.TextFieldDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Turns a record into its Lucene document (see {@link Fields} for what each field holds), adding every value
 * through its field's descriptor in {@link Schema}, which decides how it is indexed. Reviews and quotes
 * carry their film's directors, genres, rating, year and votes, so facet filters apply to them too; people carry
 * the votes of their best-known film, and its rating as a ranking feature (not as a rating to filter by); their
 * popularity feature discounts a film by how they are credited on it ({@link FilmSummary#creditWeight}). Pure: the
 * only input is the record with what the catalogue linked to it ({@link LinkedRecord}). Thread-safe.
 */
public final class DocumentMapper {
    private final FacetsConfig facets = FacetSchema.config();
    private final RecordCodec codec = new RecordCodec();
    private final LanguageDetector detector = new LanguageDetector();
    /** A genre's other names, searchable with it: "science fiction" and "comedia" find Sci-Fi and Comedy films. */
    private final Map<String, List<String>> genreNames = GenreVocabulary.otherNames();

    public Document toDocument(LinkedRecord linked) {
        Document doc = new Document();
        map(linked, new LuceneFields(doc));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds every value of the record to {@code doc}, each through its field's descriptor, in a fixed order: what
     * {@link #toDocument} indexes, and what another engine's document is made of.
     */
    public void map(LinkedRecord linked, FieldSink doc) {
        CatalogRecord record = linked.record();
        Schema.KEY.addTo(doc, record.type().label() + "/" + record.id());
        Schema.ID.addTo(doc, record.id());
        Schema.TYPE.addTo(doc, record.type().label());
        Schema.TYPE_FACET.addTo(doc, record.type().label());
        Schema.SOURCE.addTo(doc, codec.encode(record));
        switch (record) {
            case Film f -> film(doc, f);
            case Person p -> person(doc, p, linked.fame());
            case Review r -> review(doc, r, linked.film());
            case Quote q -> quote(doc, q, linked.film());
        }
    }

    private void film(FieldSink doc, Film f) {
        title(doc, f.title(), true);
        Set<String> titleKeys = new HashSet<>(Set.of(Text.titleKey(f.title())));
        if (f.originalTitle() != null) {
            altTitle(doc, f.originalTitle(), titleKeys);
        }
        for (Alias alias : f.aliases()) {
            altTitle(doc, alias.title(), titleKeys);
        }
        if (f.episodeOf() != null) {
            Schema.SERIES_ID.addTo(doc, f.episodeOf().seriesId());
            Schema.TEXT_EN.addTo(doc, f.episodeOf().seriesTitle());
            if (f.episodeOf().season() != null) {
                Schema.SEASON.addTo(doc, f.episodeOf().season());
            }
            if (f.episodeOf().episode() != null) {
                Schema.EPISODE.addTo(doc, f.episodeOf().episode());
            }
        }
        Schema.LABEL.addTo(doc, SuggestionLabel.encode(RecordType.FILM, f.id(), f.title()));
        Schema.FILM_ID.addTo(doc, f.id());
        for (Credit c : f.directors()) {
            Schema.DIRECTOR.addTo(doc, c.name());
            Schema.NAMES.addTo(doc, c.name());
            Schema.PERSON_ID.addTo(doc, c.personId());
        }
        for (Credit c : f.writers()) {
            Schema.NAMES.addTo(doc, c.name());
            Schema.PERSON_ID.addTo(doc, c.personId());
        }
        for (CastMember c : f.cast()) {
            Schema.NAMES.addTo(doc, c.name());
            Schema.CHARACTERS.addTo(doc, c.character());
            Schema.PERSON_ID.addTo(doc, c.personId());
        }
        for (String genre : f.genres()) {
            Schema.GENRE_TEXT.addTo(doc, genre);
            for (String name : genreNames.getOrDefault(genre, List.of())) {
                Schema.GENRE_TEXT.addTo(doc, name);
            }
        }
        Language plotLanguage = detector.detect(f.plot());
        Schema.text(plotLanguage).addTo(doc, f.plot());
        for (String keyword : f.keywords()) {
            Schema.TEXT_EN.addTo(doc, keyword);
        }
        String titleType = f.titleType() != null ? f.titleType() : Fields.DEFAULT_TITLE_TYPE;
        Schema.TITLE_TYPE.addTo(doc, titleType);
        facet(doc, Schema.TITLE_TYPE_FACET, titleType);
        filmFacets(doc, FilmSummary.of(f));
        if (f.votes() != null) {
            suggestRank(doc, f.votes());
        }
    }

    /**
     * Another title of a film (original title, alias), searched like its title: folded, stemmed in English and in
     * Spanish (so a Spanish alias is analysed as Spanish), and as an exact title key. Each title once.
     */
    private static void altTitle(FieldSink doc, String title, Set<String> titleKeys) {
        String key = Text.titleKey(title);
        if (!titleKeys.add(key)) {
            return;
        }
        Schema.ALT_TITLE.addTo(doc, title);
        Schema.TITLE_EN.addTo(doc, title);
        Schema.TITLE_ES.addTo(doc, title);
        Schema.TITLE_KEY.addTo(doc, key);
    }

    private void person(FieldSink doc, Person p, List<FilmFame> fame) {
        title(doc, p.name(), true);
        Schema.NAMES.addTo(doc, p.name());
        Schema.LABEL.addTo(doc, SuggestionLabel.encode(RecordType.PERSON, p.id(), p.name()));
        Schema.PERSON_ID.addTo(doc, p.id());
        FilmFame best = null;
        double known = 0;
        for (int i = 0; i < p.films().size(); i++) {
            PersonFilm pf = p.films().get(i);
            Schema.FILM_ID.addTo(doc, pf.filmId());
            Schema.TEXT_EN.addTo(doc, pf.title());
            FilmFame film = i < fame.size() ? fame.get(i) : null;
            if (film != null) {
                if (best == null || film.votes() > best.votes()) {
                    best = film;
                }
                known = Math.max(known, film.votes() * film.weight());
            }
        }
        for (String profession : p.professions()) {
            Schema.TEXT_EN.addTo(doc, profession);
        }
        for (int position : BestKnownFilms.positions(p.films(), fame)) {
            Schema.KNOWN_FOR.addTo(doc, position);
        }
        if (best != null) {
            Schema.VOTES.addTo(doc, best.votes());
            popularity(doc, known);
            suggestRank(doc, known);
            if (best.rating() != null) {
                ratingFeature(doc, best.rating());
            }
        }
    }

    private void review(FieldSink doc, Review r, FilmSummary film) {
        if (r.headline() != null) {
            title(doc, r.headline(), false);
        }
        Schema.NAMES.addTo(doc, r.author());
        TextFieldDef text = Schema.text(r.language());
        text.addTo(doc, r.headline());
        text.addTo(doc, r.body());
        Schema.LANGUAGE.addTo(doc, r.language().code());
        if (r.rating() != null) {
            Schema.REVIEW_RATING.addTo(doc, r.rating());
        }
        ofFilm(doc, r.filmId(), r.filmTitle(), r.filmYear(), film);
    }

    private void quote(FieldSink doc, Quote q, FilmSummary film) {
        title(doc, q.filmTitle() != null ? q.filmTitle() : q.text(), false);
        Schema.NAMES.addTo(doc, q.speaker());
        Schema.text(q.language()).addTo(doc, q.text());
        Schema.LANGUAGE.addTo(doc, q.language().code());
        ofFilm(doc, q.filmId(), q.filmTitle(), q.filmYear(), film);
    }

    /** A review's or quote's link to its film, and the film's facets when the film is in the catalogue. */
    private void ofFilm(FieldSink doc, String filmId, String filmTitle, Integer filmYear, FilmSummary film) {
        if (filmId != null) {
            Schema.FILM_ID.addTo(doc, filmId);
        }
        Schema.OF_FILM.addTo(doc, filmId != null ? filmId : "~" + Text.titleKey(filmTitle) + "/" + filmYear);
        Schema.ALT_TITLE.addTo(doc, filmTitle);
        if (film != null) {
            for (String director : film.directors()) {
                Schema.DIRECTOR.addTo(doc, director);
            }
            filmFacets(doc, film);
        }
    }

    /**
     * The title a record sorts by. A film's title and a person's name are also searched and stored as titles (known
     * items); a review's headline and a quote's film title are not — they are searched as text and as the film's
     * title ({@link Fields#ALT_TITLE}), so a review never outranks the film it is about on a title.
     */
    private void title(FieldSink doc, String title, boolean knownItem) {
        if (knownItem) {
            Schema.TITLE.addTo(doc, title);
            Schema.TITLE_EN.addTo(doc, title);
            Schema.TITLE_ES.addTo(doc, title);
            Schema.TITLE_KEY.addTo(doc, Text.titleKey(title));
        }
        Schema.TITLE_SORT.addTo(doc, Text.fold(title));
    }

    /** Facets and numbers of a film, on the film's own document or on its reviews' and quotes'. */
    private static void filmFacets(FieldSink doc, FilmSummary f) {
        for (String director : f.directors()) {
            facet(doc, Schema.DIRECTOR_FACET, director);
        }
        for (String genre : f.genres()) {
            facet(doc, Schema.GENRE_FACET, genre);
        }
        for (String language : f.languages()) {
            facet(doc, Schema.LANGUAGE_FACET, language);
        }
        if (f.year() != null) {
            Schema.YEAR.addTo(doc, f.year());
            Schema.YEAR_FACET.addTo(doc, Integer.toString(f.year()));
            Schema.DECADE_FACET.addTo(doc, FacetSchema.decade(f.year()));
        }
        if (f.rating() != null) {
            Schema.RATING.addTo(doc, f.rating());
            ratingFeature(doc, f.rating());
        }
        if (f.votes() != null) {
            Schema.VOTES.addTo(doc, f.votes());
            popularity(doc, f.votes());
        }
    }

    private static void facet(FieldSink doc, FacetFieldDef facet, String value) {
        String clean = Text.clean(value);
        if (clean != null) {
            facet.addTo(doc, clean);
        }
    }

    private static void ratingFeature(FieldSink doc, double rating) {
        Schema.FEATURES.addTo(doc, Fields.FEATURE_RATING, (float) Math.max(0.01, rating));
    }

    private static void popularity(FieldSink doc, double votes) {
        Schema.FEATURES.addTo(doc, Fields.FEATURE_POPULARITY, popularityValue(votes));
    }

    /** A film's or person's popularity, as suggestions sort by it ({@link Schema#SUGGEST_RANK}). */
    private static void suggestRank(FieldSink doc, double votes) {
        Schema.SUGGEST_RANK.addTo(doc, FeatureFieldDef.sortable(popularityValue(votes)));
    }

    private static float popularityValue(double votes) {
        return (float) Math.log1p(Math.max(0, votes)) + 0.01f;
    }
}

package dev.filmsearch.index;

import dev.filmsearch.catalog.FilmFame;
import dev.filmsearch.catalog.FilmSummary;
import dev.filmsearch.catalog.LanguageDetector;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import dev.filmsearch.model.Text;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a record into its Lucene document (see {@link Fields} for what each field holds). Reviews and quotes
 * carry their film's directors, genres, rating, year and votes, so facet filters apply to them too; people carry
 * the votes of their best-known film, and its rating as a ranking feature (not as a rating to filter by); their
 * popularity feature discounts a film by how they are credited on it ({@link FilmSummary#creditWeight}). Pure: the
 * only input is the record with what the catalogue linked to it ({@link LinkedRecord}). Thread-safe.
 */
public final class DocumentMapper {
    private final FacetsConfig facets = FacetSchema.config();
    private final RecordCodec codec = new RecordCodec();
    private final LanguageDetector detector = new LanguageDetector();

    public Document toDocument(LinkedRecord linked) {
        CatalogRecord record = linked.record();
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, record.type().label() + "/" + record.id(), Field.Store.NO));
        doc.add(new StringField(Fields.ID, record.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, record.type().label(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(FacetSchema.TYPE, record.type().label()));
        doc.add(new StoredField(Fields.SOURCE, codec.encode(record)));
        switch (record) {
            case Film f -> film(doc, f);
            case Person p -> person(doc, p, linked.fame());
            case Review r -> review(doc, r, linked.film());
            case Quote q -> quote(doc, q, linked.film());
        }
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void film(Document doc, Film f) {
        title(doc, f.title(), true);
        Set<String> titleKeys = new HashSet<>(Set.of(Text.titleKey(f.title())));
        if (f.originalTitle() != null) {
            altTitle(doc, f.originalTitle(), titleKeys);
        }
        for (Alias alias : f.aliases()) {
            altTitle(doc, alias.title(), titleKeys);
        }
        if (f.episodeOf() != null) {
            doc.add(new StringField(Fields.SERIES_ID, f.episodeOf().seriesId(), Field.Store.YES));
            text(doc, Fields.TEXT_EN, f.episodeOf().seriesTitle());
            if (f.episodeOf().season() != null) {
                doc.add(new NumericDocValuesField(Fields.SEASON, f.episodeOf().season()));
                doc.add(new StoredField(Fields.SEASON, f.episodeOf().season()));
            }
            if (f.episodeOf().episode() != null) {
                doc.add(new NumericDocValuesField(Fields.EPISODE, f.episodeOf().episode()));
                doc.add(new StoredField(Fields.EPISODE, f.episodeOf().episode()));
            }
        }
        doc.add(new StringField(Fields.SUGGEST, Text.fold(f.title()), Field.Store.NO));
        doc.add(new StringField(Fields.FILM_ID, f.id(), Field.Store.NO));
        for (Credit c : f.directors()) {
            text(doc, Fields.DIRECTOR, c.name());
            text(doc, Fields.NAMES, c.name());
            doc.add(new StringField(Fields.PERSON_ID, c.personId(), Field.Store.NO));
        }
        for (Credit c : f.writers()) {
            text(doc, Fields.NAMES, c.name());
            doc.add(new StringField(Fields.PERSON_ID, c.personId(), Field.Store.NO));
        }
        for (CastMember c : f.cast()) {
            text(doc, Fields.NAMES, c.name());
            text(doc, Fields.CHARACTERS, c.character());
            doc.add(new StringField(Fields.PERSON_ID, c.personId(), Field.Store.NO));
        }
        for (String genre : f.genres()) {
            text(doc, Fields.GENRE_TEXT, genre);
        }
        Language plotLanguage = detector.detect(f.plot());
        text(doc, Analyzers.textField(plotLanguage), f.plot());
        for (String keyword : f.keywords()) {
            text(doc, Fields.TEXT_EN, keyword);
        }
        String titleType = f.titleType() != null ? f.titleType() : Fields.DEFAULT_TITLE_TYPE;
        doc.add(new StringField(Fields.TITLE_TYPE, titleType, Field.Store.NO));
        facet(doc, FacetSchema.TITLE_TYPE, titleType);
        filmFacets(doc, FilmSummary.of(f));
    }

    /**
     * Another title of a film (original title, alias), searched like its title: folded, stemmed in English and in
     * Spanish (so a Spanish alias is analysed as Spanish), and as an exact title key. Each title once.
     */
    private static void altTitle(Document doc, String title, Set<String> titleKeys) {
        String key = Text.titleKey(title);
        if (!titleKeys.add(key)) {
            return;
        }
        text(doc, Fields.ALT_TITLE, title);
        text(doc, Fields.TITLE_EN, title);
        text(doc, Fields.TITLE_ES, title);
        doc.add(new StringField(Fields.TITLE_KEY, key, Field.Store.NO));
    }

    private void person(Document doc, Person p, List<FilmFame> fame) {
        title(doc, p.name(), true);
        text(doc, Fields.NAMES, p.name());
        doc.add(new StringField(Fields.SUGGEST, Text.fold(p.name()), Field.Store.NO));
        doc.add(new StringField(Fields.PERSON_ID, p.id(), Field.Store.NO));
        FilmFame best = null;
        double known = 0;
        for (int i = 0; i < p.films().size(); i++) {
            PersonFilm pf = p.films().get(i);
            doc.add(new StringField(Fields.FILM_ID, pf.filmId(), Field.Store.NO));
            text(doc, Fields.TEXT_EN, pf.title());
            FilmFame film = i < fame.size() ? fame.get(i) : null;
            if (film != null) {
                if (best == null || film.votes() > best.votes()) {
                    best = film;
                }
                known = Math.max(known, film.votes() * film.weight());
            }
        }
        for (String profession : p.professions()) {
            text(doc, Fields.TEXT_EN, profession);
        }
        for (int position : BestKnownFilms.positions(p.films(), fame)) {
            doc.add(new StoredField(Fields.KNOWN_FOR, position));
        }
        if (best != null) {
            votes(doc, best.votes());
            popularity(doc, known);
            if (best.rating() != null) {
                ratingFeature(doc, best.rating());
            }
        }
    }

    private void review(Document doc, Review r, FilmSummary film) {
        if (r.headline() != null) {
            title(doc, r.headline(), false);
        }
        text(doc, Fields.NAMES, r.author());
        String field = Analyzers.textField(r.language());
        text(doc, field, r.headline());
        text(doc, field, r.body());
        doc.add(new StringField(Fields.LANGUAGE, r.language().code(), Field.Store.YES));
        if (r.rating() != null) {
            doc.add(new DoubleDocValuesField(Fields.REVIEW_RATING, r.rating()));
            doc.add(new StoredField(Fields.REVIEW_RATING, r.rating()));
        }
        ofFilm(doc, r.filmId(), r.filmTitle(), film);
    }

    private void quote(Document doc, Quote q, FilmSummary film) {
        title(doc, q.filmTitle() != null ? q.filmTitle() : q.text(), false);
        text(doc, Fields.NAMES, q.speaker());
        text(doc, Analyzers.textField(q.language()), q.text());
        doc.add(new StringField(Fields.LANGUAGE, q.language().code(), Field.Store.YES));
        ofFilm(doc, q.filmId(), q.filmTitle(), film);
    }

    /** A review's or quote's link to its film, and the film's facets when the film is in the catalogue. */
    private void ofFilm(Document doc, String filmId, String filmTitle, FilmSummary film) {
        if (filmId != null) {
            doc.add(new StringField(Fields.FILM_ID, filmId, Field.Store.YES));
        }
        text(doc, Fields.ALT_TITLE, filmTitle);
        if (film != null) {
            for (String director : film.directors()) {
                text(doc, Fields.DIRECTOR, director);
            }
            filmFacets(doc, film);
        }
    }

    /**
     * The title a record sorts by. A film's title and a person's name are also searched and stored as titles (known
     * items); a review's headline and a quote's film title are not — they are searched as text and as the film's
     * title ({@link Fields#ALT_TITLE}), so a review never outranks the film it is about on a title.
     */
    private void title(Document doc, String title, boolean knownItem) {
        if (knownItem) {
            doc.add(new TextField(Fields.TITLE, title, Field.Store.YES));
            text(doc, Fields.TITLE_EN, title);
            text(doc, Fields.TITLE_ES, title);
            doc.add(new StringField(Fields.TITLE_KEY, Text.titleKey(title), Field.Store.NO));
        }
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(Text.fold(title))));
    }

    /** Facets and numbers of a film, on the film's own document or on its reviews' and quotes'. */
    private static void filmFacets(Document doc, FilmSummary f) {
        for (String director : f.directors()) {
            facet(doc, FacetSchema.DIRECTOR, director);
        }
        for (String genre : f.genres()) {
            facet(doc, FacetSchema.GENRE, genre);
        }
        if (f.year() != null) {
            doc.add(new IntPoint(Fields.YEAR, f.year()));
            doc.add(new NumericDocValuesField(Fields.YEAR, f.year()));
            doc.add(new StoredField(Fields.YEAR, f.year()));
            doc.add(new SortedSetDocValuesFacetField(FacetSchema.YEAR, Integer.toString(f.year())));
            doc.add(new SortedSetDocValuesFacetField(FacetSchema.DECADE, FacetSchema.decade(f.year())));
        }
        if (f.rating() != null) {
            doc.add(new DoublePoint(Fields.RATING, f.rating()));
            doc.add(new DoubleDocValuesField(Fields.RATING, f.rating()));
            doc.add(new StoredField(Fields.RATING, f.rating()));
            ratingFeature(doc, f.rating());
        }
        if (f.votes() != null) {
            votes(doc, f.votes());
            popularity(doc, f.votes());
        }
    }

    private static void facet(Document doc, String dimension, String value) {
        String clean = Text.clean(value);
        if (clean != null) {
            doc.add(new SortedSetDocValuesFacetField(dimension, clean));
        }
    }

    private static void ratingFeature(Document doc, double rating) {
        doc.add(new FeatureField(Fields.FEATURES, Fields.FEATURE_RATING, (float) Math.max(0.01, rating)));
    }

    private static void votes(Document doc, long votes) {
        doc.add(new LongPoint(Fields.VOTES, votes));
        doc.add(new NumericDocValuesField(Fields.VOTES, votes));
        doc.add(new StoredField(Fields.VOTES, votes));
    }

    private static void popularity(Document doc, double votes) {
        doc.add(new FeatureField(Fields.FEATURES, Fields.FEATURE_POPULARITY, (float) Math.log1p(Math.max(0, votes)) + 0.01f));
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }
}

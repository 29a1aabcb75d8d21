package dev.filmsearch.server.search;

import dev.filmsearch.schema.Schema;
import dev.filmsearch.schema.TextFieldDef;
import java.util.List;

/**
 * The weights of the ranking (see docs/relevance.md for how they were tuned). Per word, the best-matching field
 * counts (a dis-max with {@code tieBreaker} for the others): {@code title} (a film's title or a person's name,
 * folded), {@code altTitle} (original title; for reviews and quotes their film's title), {@code stemmedTitle}
 * (English/Spanish stemmed title), {@code names} (everyone credited), {@code director}, {@code characters},
 * {@code genre}, {@code text} (plot, review and quote text, stemmed) and {@code year} (a four-digit word equal to
 * the year; the table of {@link #searchedFields()}); a word misspelled by one edit (two for words of 8+ letters) matches titles and names at {@code fuzzy}
 * times their weight. On top of that, as flat bonuses: {@code exactTitle} when the whole query is a record's title
 * or name ({@code Text.titleKey}), {@code titlePhrase} and {@code namesPhrase} when the words come in order in a
 * title or a name; {@code textPhrase} (BM25) for the words close together in text; the static quality signals
 * {@code popularity} × log1p(votes) (for a review, which carries its film's votes, times {@code reviewPopularity}:
 * a review is found by its own words, not its film's fame) and {@code rating} × rating (0–10); and a flat prior per type
 * ({@code filmPrior}, {@code personPrior}, {@code quotePrior}; reviews have none). Last, a text search multiplies the
 * whole score of a TV episode by {@code episodeFactor}, so films and series rank above episodes of the same name (an
 * index without episodes is ranked as before).
 */
public record RankingWeights(float title, float altTitle, float stemmedTitle, float names, float director,
                             float characters, float genre, float text, float year, float fuzzy, float tieBreaker,
                             float exactTitle, float titlePhrase, float namesPhrase, float textPhrase,
                             float popularity, float reviewPopularity, float rating, float filmPrior,
                             float personPrior, float quotePrior, float episodeFactor) {

    /**
     * A text field free text is searched in, with its weight; {@code prefixes}: prefix terms ({@code word*}) search
     * it too; {@code typos}: misspelled words search it too, at {@code fuzzy} times its weight.
     */
    public record SearchedField(TextFieldDef field, float weight, boolean prefixes, boolean typos) {
    }

    /**
     * The fields free text is searched in, with their weights: the one table that words, phrases, prefixes and
     * exclusions all walk, in this order.
     */
    public List<SearchedField> searchedFields() {
        return List.of(
                new SearchedField(Schema.TITLE, title, true, true),
                new SearchedField(Schema.ALT_TITLE, altTitle, true, false),
                new SearchedField(Schema.TITLE_EN, stemmedTitle, false, false),
                new SearchedField(Schema.TITLE_ES, stemmedTitle, false, false),
                new SearchedField(Schema.NAMES, names, true, true),
                new SearchedField(Schema.DIRECTOR, director, false, false),
                new SearchedField(Schema.CHARACTERS, characters, true, false),
                new SearchedField(Schema.GENRE_TEXT, genre, true, false),
                new SearchedField(Schema.TEXT_EN, text, false, false),
                new SearchedField(Schema.TEXT_ES, text, false, false));
    }

    /** The number of records of the index the weights were tuned on (docs/relevance.md). */
    public static final int TUNED_ON_DOCS = 127_329;

    /**
     * These weights for an index of {@code numDocs} records: the flat bonuses (exact title, title and name
     * phrases, year, popularity, rating, type priors) times ln(1 + numDocs) / ln(1 + {@link #TUNED_ON_DOCS}).
     * BM25 scores grow with the index (a rare word's idf is about ln N), flat bonuses do not; scaling keeps their
     * balance, so a small index is not ranked by popularity alone.
     */
    public RankingWeights scaledFor(int numDocs) {
        float k = (float) (Math.log1p(Math.max(1, numDocs)) / Math.log1p(TUNED_ON_DOCS));
        return new RankingWeights(title, altTitle, stemmedTitle, names, director, characters, genre, text,
                year * k, fuzzy, tieBreaker, exactTitle * k, titlePhrase * k, namesPhrase * k, textPhrase,
                popularity * k, reviewPopularity, rating * k, filmPrior * k, personPrior * k, quotePrior * k,
                episodeFactor);
    }

    /** The tuned weights. */
    public static RankingWeights defaults() {
        return new RankingWeights(2.25f, 3.54f, 2.0f, 2.0f, 2.5f, 1.0f, 1.0f, 0.7f, 1.0f, 0.2f, 0.2f,
                7.98f, 2.0f, 2.0f, 1.33f, 0.9f, 0.0f, 0.3f, 0.0f, 1.0f, 0.25f, 0.5f);
    }
}

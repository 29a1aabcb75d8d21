package dev.filmsearch.schema;

/**
 * Every field name in the index, shared by the indexer (which writes them) and the server (which queries them), and
 * what each holds. How each field is indexed, analysed, queried, sorted and counted is its descriptor's in
 * {@link Schema}.
 */
public final class Fields {
    private Fields() {
    }

    // ---- identity
    /** "type/id", unique per record: the term a rebuild replaces documents by. */
    public static final String KEY = "key";
    /** Record id ("tt0068646", "salvador-allende-2004", "nm0634240"). */
    public static final String ID = "id";
    /** Record type label: film, person, review, quote; also a facet dimension. */
    public static final String TYPE = "type";
    /** The whole record as JSON (see {@link RecordCodec}); what record pages and hits are rendered from. */
    public static final String SOURCE = "source";

    // ---- text, folded (case and accents ignored, no stemming)
    /**
     * A film's title or a person's name: the known items (reviews and quotes have none; see {@link #ALT_TITLE}).
     */
    public static final String TITLE = "title";
    /** Other titles a film is known by: its original title and its aliases (IMDb's title.akas). */
    public static final String ALT_TITLE = "alt_title";
    /** People on the record: directors, writers, cast, a person's own name, a review's author, a quote's speaker. */
    public static final String NAMES = "names";
    /** Directors' names (for {@code director:} terms and ranking). */
    public static final String DIRECTOR = "director";
    /** Characters played (cast) — "Narrator", "Vito Corleone". */
    public static final String CHARACTERS = "characters";
    /** Genres as words, for {@code genre:} terms; English-stemmed ("comedies" → Comedy). */
    public static final String GENRE_TEXT = "genre_text";

    // ---- text, stemmed per language
    /** Plot, keywords, awards, review headline and body, quote text — English analysis. */
    public static final String TEXT_EN = "text_en";
    /** The same for Spanish text. */
    public static final String TEXT_ES = "text_es";
    /** Titles stemmed in English, so "documentaries" finds "Documentary Now". */
    public static final String TITLE_EN = "title_en";
    /** Titles stemmed in Spanish, so "peliculas" finds "Película". */
    public static final String TITLE_ES = "title_es";

    // ---- exact keys (values computed with dev.filmsearch.model.Text)
    /** {@code Text.titleKey} of the title and every alternative title: known-item exact title match. */
    public static final String TITLE_KEY = "title_key";
    /** A film's or person's popularity feature as an int with points, what suggestions sort by; films and people. */
    public static final String SUGGEST_RANK = "suggest_rank";
    /**
     * What a suggestion shows of a film or person, as one sorted doc value ({@link SuggestionLabel}): its type, id
     * and title or name. Films and people only: read per suggestion without decoding the stored record.
     */
    public static final String LABEL = "label";
    /** Film id a review or quote belongs to; for films their own id. */
    public static final String FILM_ID = "film_id";
    /**
     * The film a review or quote is of, as one sorted doc value: its film id, else (a film the catalogue lacks,
     * named only by title) {@code ~} + {@code Text.titleKey} of the title + {@code /} + the year. Reviews and
     * quotes only: what the server groups them by, to fold one film's reviews and quotes into one hit.
     */
    public static final String OF_FILM = "of_film";
    /** Ids of people credited on a film; for people their own id. */
    public static final String PERSON_ID = "person_id";
    /** Language code of a review or quote (en, es). */
    public static final String LANGUAGE = "language";
    /**
     * A film's title type (IMDb's titleType: movie, tvSeries, tvEpisode, short, …; {@link #DEFAULT_TITLE_TYPE} for
     * films of sources without one); on films only; also a facet dimension.
     */
    public static final String TITLE_TYPE = "title_type";
    /** The title type of films whose source gives none (every source but IMDb's TSV dumps lists films). */
    public static final String DEFAULT_TITLE_TYPE = "movie";
    /** The title type of an episode, which {@link #SERIES_ID} links to its series. */
    public static final String EPISODE_TYPE = "tvEpisode";
    /** An episode's series id ({@code tt…}): how a series finds its episodes. */
    public static final String SERIES_ID = "series_id";
    /** An episode's season number (sorting a series' episodes). */
    public static final String SEASON = "season";
    /** An episode's number within its season. */
    public static final String EPISODE = "episode";

    // ---- numbers
    /** Year of the film (for reviews/quotes: of their film). */
    public static final String YEAR = "year";
    /** The film's rating 0–10 (reviews/quotes carry their film's). */
    public static final String RATING = "rating";
    /** The film's IMDb votes (people: their best-known film's). */
    public static final String VOTES = "votes";
    /** A review's own rating on 0–10. */
    public static final String REVIEW_RATING = "review_rating";
    /** Sort key for title sort: folded title, a review's headline, a quote's film title. */
    public static final String TITLE_SORT = "title_sort";

    // ---- stored only, for rendering hits
    /**
     * A person's best-known films: positions in their stored record's filmography, best first (votes × credit
     * weight; at most three, each film once). Person hits name these films.
     */
    public static final String KNOWN_FOR = "known_for";

    // ---- static quality signals, one field of features
    public static final String FEATURES = "features";
    /**
     * log(1 + votes) of the film (reviews, quotes: of their film). People: of the film that makes them best known,
     * its votes discounted by their credit on it (billed far down a cast, or as a writer, counts less), so a film's
     * extras do not rank with its stars.
     */
    public static final String FEATURE_POPULARITY = "popularity";
    /** The film's rating 0–10 (people: their best-known film's; absent when unknown). */
    public static final String FEATURE_RATING = "rating";
}

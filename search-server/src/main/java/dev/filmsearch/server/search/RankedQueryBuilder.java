package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Text;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.Schema;
import dev.filmsearch.schema.TextFieldDef;
import dev.filmsearch.server.search.RankingWeights.SearchedField;
import dev.filmsearch.server.search.UserQuery.AnyOf;
import dev.filmsearch.server.search.UserQuery.Clause;
import dev.filmsearch.server.search.UserQuery.Excluded;
import dev.filmsearch.server.search.UserQuery.FieldText;
import dev.filmsearch.server.search.UserQuery.Phrase;
import dev.filmsearch.server.search.UserQuery.Prefix;
import dev.filmsearch.server.search.UserQuery.RangeField;
import dev.filmsearch.server.search.UserQuery.RangeTerm;
import dev.filmsearch.server.search.UserQuery.TypeTerm;
import dev.filmsearch.server.search.UserQuery.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into the Lucene query that ranks records (weights in {@link RankingWeights}). Every
 * word must match some field (stop words such as "the" or "el" only add score), unless the query is
 * {@link #build relaxed}, when some words may be missing. Field terms filter without scoring; a query with no
 * words, phrases or prefixes is a browse ({@link Ranked#scored()} false), scored by popularity and type.
 * Every kind of text clause walks the one table of searched fields and weights,
 * {@link RankingWeights#searchedFields()}; fields are queried through their {@link Schema} descriptors, and analysis
 * is always the index's own ({@link Analyzers#perField()}). Thread-safe.
 */
final class RankedQueryBuilder {
    /**
     * A browse (no words) scores log1p(votes) times these, so films and people come before the reviews and quotes
     * of films as well known: a film's reviews carry its votes.
     */
    static final Map<RecordType, Float> BROWSE_WEIGHTS = new java.util.EnumMap<>(Map.of(RecordType.FILM, 1.0f,
            RecordType.PERSON, 0.9f, RecordType.QUOTE, 0.5f, RecordType.REVIEW, 0.4f));

    private final RankingWeights tuned;
    private final Analyzer analyzer = Analyzers.perField();
    private final QueryBuilder analysis = new QueryBuilder(analyzer);

    /**
     * The query, whether it ranks by text (else it is a browse: best-known first), and the factor of TV episodes'
     * scores ({@link RankingWeights#episodeFactor()}; 1 once applied, or for none).
     */
    record Ranked(Query query, boolean scored, float episodeFactor) {
        Ranked(Query query, boolean scored) {
            this(query, scored, 1f);
        }

        /**
         * The query rewritten once for the searcher's reader (typo and prefix forms expanded to the index's terms),
         * with one scoring weight ({@link SharedWeightQuery}), so that the collecting pass, the scores of a sorted
         * page and the evidence search do not expand it or look its terms up again;
         * with the episodes' factor applied when the reader has episodes (without, the factor would cost every
         * match a look-up and change no score).
         */
        Ranked rewritten(IndexSearcher searcher) throws IOException {
            Query q = query;
            if (episodeFactor != 1f && searcher.getIndexReader().docFreq(EPISODES) > 0) {
                q = FunctionScoreQuery.boostByQuery(q, episodeFilter(), episodeFactor);
            }
            return new Ranked(new SharedWeightQuery(searcher.rewrite(q), searcher.getIndexReader()), scored);
        }
    }

    private static final Term EPISODES = episodeFilter().getTerm();

    RankedQueryBuilder(RankingWeights weights) {
        this.tuned = weights;
    }

    /**
     * @param numDocs the size of the index, which the flat bonuses are scaled to ({@link RankingWeights#scaledFor})
     * @param relaxed when true, a record needs only most of the words ({@link MatchPolicy#relaxedMinimum}): the second try of
     *                a query that found nothing
     */
    Ranked build(UserQuery userQuery, boolean relaxed, int numDocs) {
        return build(userQuery, relaxed, numDocs, List.of(), new SharedFuzzyQuery.Words(), true);
    }

    /**
     * With {@code alternatives}: other ways a record may match the text instead of the words (a remembered line,
     * {@link #quoteLine}); a record matching several scores by the best of them. The typo-tolerant forms of its
     * words take their automata from {@code words}: pass the same to the relaxed second try, the line and the
     * evidence query of one search, so each word's automata are built once. With {@code typos} false the words
     * match only as typed ({@link MatchPolicy#wantsTypos} says when to try them).
     */
    Ranked build(UserQuery userQuery, boolean relaxed, int numDocs, List<Query> alternatives,
                 SharedFuzzyQuery.Words words, boolean typos) {
        RankingWeights w = tuned.scaledFor(numDocs);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        BooleanQuery.Builder outer = new BooleanQuery.Builder();
        List<Word> plain = MatchPolicy.topLevelWords(userQuery);
        boolean allStop = plain.stream().allMatch(word -> MatchPolicy.isStopWord(word.text()));
        int fuzzyBudget = MatchPolicy.MAX_FUZZY_WORDS;
        MatchPolicy.TypoSlot slot = typos ? MatchPolicy.TypoSlot.FORMS : MatchPolicy.TypoSlot.AS_TYPED;
        int textClauses = 0;
        int required = 0;
        for (Clause clause : userQuery.clauses()) {
            switch (clause) {
                case Word word -> {
                    Query q = wordQuery(w, word.text(), fuzzyBudget-- > 0 ? slot : MatchPolicy.TypoSlot.NONE, words);
                    boolean optional = !allStop && MatchPolicy.isStopWord(word.text());
                    if (optional && relaxed) {
                        outer.add(q, Occur.SHOULD); // scores only: a stop word never counts towards "most words"
                    } else {
                        text.add(q, optional || relaxed ? Occur.SHOULD : Occur.MUST);
                    }
                    textClauses++;
                    required += optional ? 0 : 1;
                }
                case Phrase phrase -> {
                    text.add(phraseQuery(w, phrase.text()), relaxed ? Occur.SHOULD : Occur.MUST);
                    textClauses++;
                    required++;
                }
                case Prefix prefix -> {
                    text.add(prefixQuery(w, prefix.text()), relaxed ? Occur.SHOULD : Occur.MUST);
                    textClauses++;
                    required++;
                }
                case AnyOf any -> {
                    BooleanQuery.Builder or = new BooleanQuery.Builder();
                    for (Clause member : any.clauses()) {
                        or.add(member(w, member), Occur.SHOULD);
                    }
                    text.add(or.build(), relaxed ? Occur.SHOULD : Occur.MUST);
                    textClauses++;
                    required++;
                }
                case Excluded excluded -> outer.add(excluded(w, excluded.clause()), Occur.MUST_NOT);
                case FieldText f -> outer.add(filter(f), Occur.FILTER);
                case TypeTerm t -> outer.add(filter(t), Occur.FILTER);
                case RangeTerm r -> outer.add(filter(r), Occur.FILTER);
            }
        }
        if (textClauses == 0) {
            outer.add(new MatchAllDocsQuery(), Occur.MUST);
            for (Map.Entry<RecordType, Float> type : BROWSE_WEIGHTS.entrySet()) {
                BooleanQuery.Builder popular = new BooleanQuery.Builder();
                popular.add(typeFilter(type.getKey()), Occur.FILTER);
                popular.add(Schema.FEATURES.linearQuery(Fields.FEATURE_POPULARITY, type.getValue()), Occur.MUST);
                outer.add(popular.build(), Occur.SHOULD);
            }
            return new Ranked(outer.build(), false);
        }
        if (relaxed) {
            text.setMinimumNumberShouldMatch(MatchPolicy.relaxedMinimum(required));
        }
        List<Query> matches = new ArrayList<>(alternatives);
        matches.addFirst(text.build());
        outer.add(matches.size() == 1 ? matches.getFirst() : new DisjunctionMaxQuery(matches, 0f), Occur.MUST);
        for (Query boost : boosts(w, userQuery, plain)) {
            outer.add(boost, Occur.SHOULD);
        }
        return new Ranked(outer.build(), true, w.episodeFactor());
    }

    /** A remembered line has at least this many terms (after analysis, stop words dropped). */
    static final int LINE_TERMS = 3;

    /**
     * A remembered line, typed without punctuation or with a word wrong: the quotes whose text has every term of
     * the words (as the English or the Spanish text analysis makes them: stemmed, stop words dropped), each term
     * also matching one typo off (two from 8 letters, at {@link RankingWeights#fuzzy()} times the weight), and from
     * 4 terms on all terms but one; the typo forms only with {@code typos}. Null when the query is not a plain line
     * of words or has fewer than {@link #LINE_TERMS} terms.
     */
    Query quoteLine(UserQuery userQuery, int numDocs, SharedFuzzyQuery.Words words, boolean typos) {
        if (userQuery.clauses().stream().anyMatch(c -> !(c instanceof Word || c instanceof TypeTerm
                || c instanceof RangeTerm || c instanceof FieldText))) {
            return null;
        }
        String line = String.join(" ", MatchPolicy.topLevelWords(userQuery).stream().map(Word::text).toList());
        RankingWeights w = tuned.scaledFor(numDocs);
        List<Query> languages = new ArrayList<>();
        for (TextFieldDef field : List.of(Schema.TEXT_EN, Schema.TEXT_ES)) {
            List<String> terms = Analysis.terms(analyzer, field.name(), line).stream().distinct().toList();
            if (terms.size() < LINE_TERMS) {
                continue;
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int fuzzyBudget = typos ? MatchPolicy.MAX_FUZZY_WORDS : 0;
            for (String term : terms) {
                Query exact = new org.apache.lucene.search.TermQuery(new Term(field.name(), term));
                int edits = MatchPolicy.maxEdits(term);
                all.add(edits == 0 || fuzzyBudget-- <= 0 ? exact : new DisjunctionMaxQuery(List.of(exact,
                        new BoostQuery(fuzzyQuery(field.name(), term, edits, words.of(term, edits)), w.fuzzy())), 0f),
                        Occur.SHOULD);
            }
            all.setMinimumNumberShouldMatch(terms.size() > LINE_TERMS ? terms.size() - 1 : terms.size());
            languages.add(all.build());
        }
        if (languages.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder quotes = new BooleanQuery.Builder();
        quotes.add(new BoostQuery(new DisjunctionMaxQuery(languages, 0f), w.text()), Occur.MUST);
        quotes.add(typeFilter(RecordType.QUOTE), Occur.FILTER);
        return quotes.build();
    }

    /**
     * What a review or quote must match with its own text to be its film's evidence: a word or phrase of the query
     * in its text (either language), or the {@link #quoteLine}. Null when the query has no words or phrases.
     */
    Query ownText(UserQuery userQuery, int numDocs, SharedFuzzyQuery.Words words, boolean typos) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (Clause c : userQuery.clauses()) {
            for (TextFieldDef field : List.of(Schema.TEXT_EN, Schema.TEXT_ES)) {
                Query q = switch (c) {
                    case Word word when !MatchPolicy.isStopWord(word.text()) -> field.matchQuery(analysis, word.text());
                    case Phrase phrase -> field.phraseQuery(analysis, phrase.text(), 0);
                    default -> null;
                };
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    n++;
                }
            }
        }
        Query line = quoteLine(userQuery, numDocs, words, typos);
        if (line != null) {
            any.add(line, Occur.SHOULD);
            n++;
        }
        return n == 0 ? null : any.build();
    }

    /**
     * One word in every searched field of positive weight ({@link RankingWeights#searchedFields()}), plus its
     * typo alternative in the fields that take typos ({@code slot}: its typo forms, or the word as typed), plus the
     * year.
     */
    Query wordQuery(RankingWeights w, String word, MatchPolicy.TypoSlot slot, SharedFuzzyQuery.Words words) {
        List<Query> alternatives = new ArrayList<>();
        List<SearchedField> fields = w.searchedFields();
        for (SearchedField f : fields) {
            if (f.weight() > 0) {
                addIfPresent(alternatives, f.field().matchQuery(analysis, word), f.weight());
            }
        }
        String folded = fold(word);
        int edits = MatchPolicy.maxEdits(folded);
        if (slot != MatchPolicy.TypoSlot.NONE && edits > 0) {
            SharedFuzzyQuery.Automata automata = slot == MatchPolicy.TypoSlot.FORMS ? words.of(folded, edits) : null;
            for (SearchedField f : fields) {
                if (f.typos()) {
                    Query typo = automata != null ? fuzzyQuery(f.field().name(), folded, edits, automata)
                            : new org.apache.lucene.search.TermQuery(new Term(f.field().name(), folded));
                    alternatives.add(new BoostQuery(typo, f.weight() * w.fuzzy()));
                }
            }
        }
        Integer year = MatchPolicy.yearOf(folded);
        if (year != null) {
            alternatives.add(new BoostQuery(new ConstantScoreQuery(Schema.YEAR.exactQuery(year)), w.year()));
        }
        return alternatives.isEmpty() ? new MatchNoDocsQuery("no terms in '" + word + "'")
                : new DisjunctionMaxQuery(alternatives, w.tieBreaker());
    }

    /** A typo-tolerant form of a word in one field; the word's other queries share {@code automata}. */
    static FuzzyQuery fuzzyQuery(String field, String folded, int edits, SharedFuzzyQuery.Automata automata) {
        return new SharedFuzzyQuery(new Term(field, folded), edits, 1, MatchPolicy.FUZZY_EXPANSIONS, automata);
    }

    /** The words in this order in any searched field (every weight, even 0: an exclusion must see them all). */
    Query phraseQuery(RankingWeights w, String phrase) {
        List<Query> alternatives = new ArrayList<>();
        for (SearchedField f : w.searchedFields()) {
            addIfPresent(alternatives, f.field().phraseQuery(analysis, phrase, 0), f.weight());
        }
        return alternatives.isEmpty() ? new MatchNoDocsQuery("no terms in \"" + phrase + "\"")
                : new DisjunctionMaxQuery(alternatives, w.tieBreaker());
    }

    /** Words starting with the prefix, in the searched fields that take prefixes. */
    Query prefixQuery(RankingWeights w, String prefix) {
        List<Query> alternatives = new ArrayList<>();
        for (SearchedField f : w.searchedFields()) {
            if (f.prefixes()) {
                alternatives.add(new BoostQuery(f.field().prefixQuery(analyzer, prefix), f.weight()));
            }
        }
        return new DisjunctionMaxQuery(alternatives, w.tieBreaker());
    }

    /** A member of an OR group: text clauses score, field terms count as one match. */
    private Query member(RankingWeights w, Clause clause) {
        return switch (clause) {
            case Word word -> wordQuery(w, word.text(), MatchPolicy.TypoSlot.NONE, new SharedFuzzyQuery.Words());
            case Phrase phrase -> phraseQuery(w, phrase.text());
            case Prefix prefix -> prefixQuery(w, prefix.text());
            case AnyOf any -> {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                any.clauses().forEach(c -> or.add(member(w, c), Occur.SHOULD));
                yield or.build();
            }
            case Excluded excluded -> new MatchNoDocsQuery("exclusion inside OR");
            case FieldText f -> new ConstantScoreQuery(filter(f));
            case TypeTerm t -> new ConstantScoreQuery(filter(t));
            case RangeTerm r -> new ConstantScoreQuery(filter(r));
        };
    }

    /** What a {@code -clause} leaves out: the words in any field, exactly (no typo tolerance). */
    private Query excluded(RankingWeights w, Clause clause) {
        return switch (clause) {
            case Word word -> phraseQuery(w, word.text());
            case Phrase phrase -> phraseQuery(w, phrase.text());
            case Prefix prefix -> prefixQuery(w, prefix.text());
            case AnyOf any -> {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                any.clauses().forEach(c -> or.add(excluded(w, c), Occur.SHOULD));
                yield or.build();
            }
            case Excluded inner -> new MatchNoDocsQuery("double exclusion");
            case FieldText f -> filter(f);
            case TypeTerm t -> filter(t);
            case RangeTerm r -> filter(r);
        };
    }

    private Query filter(FieldText f) {
        TextFieldDef field = switch (f.field()) {
            case DIRECTOR -> Schema.DIRECTOR;
            case GENRE -> Schema.GENRE_TEXT;
            case PERSON -> Schema.NAMES;
        };
        Query q = field.phraseQuery(analysis, f.text(), 0);
        return q == null ? new MatchNoDocsQuery("no terms in " + f) : q;
    }

    private static Query filter(TypeTerm t) {
        return typeFilter(t.type());
    }

    static Query filter(RangeTerm r) {
        return r.field() == RangeField.YEAR ? yearRange(r.range()) : ratingRange(r.range());
    }

    static Query yearRange(Range range) {
        int from = range.from() == null ? Integer.MIN_VALUE : (int) Math.ceil(range.from());
        int to = range.to() == null ? Integer.MAX_VALUE : (int) Math.floor(range.to());
        return Schema.YEAR.rangeQuery(from, to);
    }

    /**
     * Ratings from {@code from} up to but not including {@code to}, like the facet buckets ("8..9" holds 8.0 to
     * 8.9); an end of 10 or more includes 10.
     */
    static Query ratingRange(Range range) {
        double from = range.from() == null ? Double.NEGATIVE_INFINITY : range.from();
        double to = range.to() == null || range.to() >= 10 ? Double.POSITIVE_INFINITY : Math.nextDown(range.to());
        return Schema.RATING.rangeQuery(from, to);
    }

    /** TV episodes: their score is multiplied by {@link RankingWeights#episodeFactor()}. */
    static org.apache.lucene.search.TermQuery episodeFilter() {
        return Schema.TITLE_TYPE.termQuery(Fields.EPISODE_TYPE);
    }

    static Query typeFilter(RecordType type) {
        return Schema.TYPE.termQuery(type.label());
    }

    /** Known-item, proximity, quality and type boosts: they add score, never decide what matches. */
    private List<Query> boosts(RankingWeights w, UserQuery userQuery, List<Word> words) {
        List<Query> boosts = new ArrayList<>();
        String key = Text.titleKey(MatchPolicy.freeText(userQuery));
        if (!key.isEmpty()) {
            boosts.add(new BoostQuery(new ConstantScoreQuery(Schema.TITLE_KEY.termQuery(key)), w.exactTitle()));
        }
        if (words.size() >= 2) {
            String joined = String.join(" ", words.stream().map(Word::text).toList());
            addBoostIfPresent(boosts, constant(Schema.TITLE.phraseQuery(analysis, joined, 0)), w.titlePhrase());
            addBoostIfPresent(boosts, constant(Schema.NAMES.phraseQuery(analysis, joined, 1)), w.namesPhrase());
            addBoostIfPresent(boosts, Schema.TEXT_EN.phraseQuery(analysis, joined, 3), w.textPhrase());
            addBoostIfPresent(boosts, Schema.TEXT_ES.phraseQuery(analysis, joined, 3), w.textPhrase());
        }
        if (w.popularity() > 0) {
            BooleanQuery.Builder notReviews = new BooleanQuery.Builder();
            notReviews.add(Schema.FEATURES.linearQuery(Fields.FEATURE_POPULARITY, w.popularity()), Occur.MUST);
            notReviews.add(typeFilter(RecordType.REVIEW), Occur.MUST_NOT);
            boosts.add(notReviews.build());
            if (w.reviewPopularity() > 0) {
                BooleanQuery.Builder reviews = new BooleanQuery.Builder();
                reviews.add(Schema.FEATURES.linearQuery(Fields.FEATURE_POPULARITY,
                        w.popularity() * w.reviewPopularity()), Occur.MUST);
                reviews.add(typeFilter(RecordType.REVIEW), Occur.FILTER);
                boosts.add(reviews.build());
            }
        }
        if (w.rating() > 0) {
            boosts.add(Schema.FEATURES.linearQuery(Fields.FEATURE_RATING, w.rating()));
        }
        if (w.filmPrior() > 0) {
            boosts.add(new BoostQuery(new ConstantScoreQuery(typeFilter(RecordType.FILM)), w.filmPrior()));
        }
        if (w.personPrior() > 0) {
            boosts.add(new BoostQuery(new ConstantScoreQuery(typeFilter(RecordType.PERSON)), w.personPrior()));
        }
        if (w.quotePrior() > 0) {
            boosts.add(new BoostQuery(new ConstantScoreQuery(typeFilter(RecordType.QUOTE)), w.quotePrior()));
        }
        return boosts;
    }

    private static Query constant(Query q) {
        return q == null ? null : new ConstantScoreQuery(q);
    }

    /** A boost of positive weight, when its query has terms. */
    private static void addBoostIfPresent(List<Query> boosts, Query q, float weight) {
        if (weight > 0) {
            addIfPresent(boosts, q, weight);
        }
    }

    private static void addIfPresent(List<Query> queries, Query q, float weight) {
        if (q != null) {
            queries.add(new BoostQuery(q, weight));
        }
    }

    String fold(String word) {
        return analyzer.normalize(Schema.TITLE.name(), word).utf8ToString();
    }
}

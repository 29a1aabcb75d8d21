package dev.filmsearch.server.opensearch;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Text;
import dev.filmsearch.opensearch.OpenSearchFields;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.Schema;
import dev.filmsearch.schema.TextFieldDef;
import dev.filmsearch.server.search.MatchPolicy;
import dev.filmsearch.server.search.Range;
import dev.filmsearch.server.search.RankingWeights;
import dev.filmsearch.server.search.RankingWeights.SearchedField;
import dev.filmsearch.server.search.UserQuery;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.FunctionBoostMode;
import org.opensearch.client.opensearch._types.query_dsl.FunctionScoreMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The embedded ranking in OpenSearch's query DSL, built from the same {@link UserQuery}, the same table of
 * searched fields and weights ({@link RankingWeights#searchedFields()}) and the same {@link MatchPolicy}: every
 * word must match some field (stop words only add score; a relaxed second try needs most words), per word the
 * best field counts (dis_max with the tie breaker), typos on the fields that take them (fuzzy, one or two edits,
 * first letter fixed, at {@code fuzzy} times the weight), four-digit words match the year; flat bonuses for the
 * exact title (the title key), title and name phrases, text phrases; popularity and rating as {@code rank_feature}
 * queries (linear, as the embedded index's feature queries); type priors; episodes' scores multiplied by the
 * episode factor ({@code function_score} with a filtered weight: no scripts). A query with no text is a browse,
 * scored by popularity per type. Analysis is the index's own: {@code match} queries analyse with the field's
 * analyzer, generated from the same chains. Pure and thread-safe.
 *
 * <p>Left out against the embedded engine (see docs/scale-out.md): the remembered-line alternative over quotes,
 * and the shared typo automata (OpenSearch expands each fuzzy query itself).
 */
public final class OpenSearchQueries {
    private final RankingWeights tuned;
    private final Analyzer analyzer = Analyzers.perField();

    public OpenSearchQueries(RankingWeights weights) {
        this.tuned = weights;
    }

    /** The query, and whether it ranks by text (else it is a browse: best-known first). */
    public record Ranked(Query query, boolean scored) {
    }

    /** With typo forms. */
    public Ranked build(UserQuery userQuery, boolean relaxed, int numDocs) {
        return build(userQuery, relaxed, numDocs, true);
    }

    /**
     * As the embedded engine's query; with {@code typos} false the words match only as typed
     * ({@link MatchPolicy#wantsTypos} says when to try them).
     */
    public Ranked build(UserQuery userQuery, boolean relaxed, int numDocs, boolean typos) {
        RankingWeights w = tuned.scaledFor(numDocs);
        List<Query> must = new ArrayList<>();
        List<Query> should = new ArrayList<>();
        List<Query> outerShould = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        List<Query> filters = new ArrayList<>();
        List<Word> plain = MatchPolicy.topLevelWords(userQuery);
        boolean allStop = plain.stream().allMatch(word -> MatchPolicy.isStopWord(word.text()));
        int fuzzyBudget = MatchPolicy.MAX_FUZZY_WORDS;
        MatchPolicy.TypoSlot slot = typos ? MatchPolicy.TypoSlot.FORMS : MatchPolicy.TypoSlot.AS_TYPED;
        int textClauses = 0;
        int required = 0;
        for (Clause clause : userQuery.clauses()) {
            switch (clause) {
                case Word word -> {
                    Query q = wordQuery(w, word.text(), fuzzyBudget-- > 0 ? slot : MatchPolicy.TypoSlot.NONE);
                    boolean optional = !allStop && MatchPolicy.isStopWord(word.text());
                    if (optional && relaxed) {
                        outerShould.add(q);
                    } else if (optional || relaxed) {
                        should.add(q);
                    } else {
                        must.add(q);
                    }
                    textClauses++;
                    required += optional ? 0 : 1;
                }
                case Phrase phrase -> {
                    (relaxed ? should : must).add(phraseQuery(w, phrase.text()));
                    textClauses++;
                    required++;
                }
                case Prefix prefix -> {
                    (relaxed ? should : must).add(prefixQuery(w, prefix.text()));
                    textClauses++;
                    required++;
                }
                case AnyOf any -> {
                    List<Query> or = any.clauses().stream().map(m -> member(w, m)).toList();
                    (relaxed ? should : must).add(Query.of(q -> q.bool(b -> b.should(or))));
                    textClauses++;
                    required++;
                }
                case Excluded excluded -> mustNot.add(excluded(w, excluded.clause()));
                case FieldText f -> filters.add(filter(f));
                case TypeTerm t -> filters.add(typeFilter(t.type()));
                case RangeTerm r -> filters.add(filter(r));
            }
        }
        if (textClauses == 0) {
            List<Query> popular = new ArrayList<>();
            for (Map.Entry<RecordType, Float> type : BROWSE_WEIGHTS.entrySet()) {
                popular.add(Query.of(q -> q.bool(b -> b.filter(typeFilter(type.getKey()))
                        .must(popularity(type.getValue())))));
            }
            return new Ranked(Query.of(q -> q.bool(b -> b.must(m -> m.matchAll(a -> a)).should(popular)
                    .filter(filters).mustNot(mustNot))), false);
        }
        int minimum = relaxed ? MatchPolicy.relaxedMinimum(required) : 0;
        BoolQuery.Builder text = new BoolQuery.Builder().must(must).should(should);
        if (relaxed) {
            text.minimumShouldMatch(Integer.toString(minimum));
        }
        Query textQuery = Query.of(q -> q.bool(text.build()));
        List<Query> boosts = boosts(w, userQuery, plain);
        boosts.addAll(outerShould);
        Query ranked = Query.of(q -> q.bool(b -> b.must(textQuery).should(boosts).filter(filters).mustNot(mustNot)));
        if (w.episodeFactor() != 1f) {
            Query inner = ranked;
            ranked = Query.of(q -> q.functionScore(fs -> fs.query(inner)
                    .functions(f -> f.filter(episodeFilter()).weight(w.episodeFactor()))
                    .scoreMode(FunctionScoreMode.Multiply).boostMode(FunctionBoostMode.Multiply)));
        }
        return new Ranked(ranked, true);
    }

    /** A browse scores popularity times these per type: films and people before reviews and quotes. */
    static final Map<RecordType, Float> BROWSE_WEIGHTS = new java.util.EnumMap<>(Map.of(RecordType.FILM, 1.0f,
            RecordType.PERSON, 0.9f, RecordType.QUOTE, 0.5f, RecordType.REVIEW, 0.4f));

    /**
     * One word in every searched field of positive weight, its typo alternative where the field takes typos
     * ({@code slot}: its typo forms, or the word as typed), the year.
     */
    Query wordQuery(RankingWeights w, String word, MatchPolicy.TypoSlot slot) {
        List<Query> alternatives = new ArrayList<>();
        for (SearchedField f : w.searchedFields()) {
            if (f.weight() > 0) {
                alternatives.add(match(f.field(), word, f.weight()));
            }
        }
        String folded = fold(word);
        int edits = MatchPolicy.maxEdits(folded);
        if (slot != MatchPolicy.TypoSlot.NONE && edits > 0) {
            for (SearchedField f : w.searchedFields()) {
                if (f.typos()) {
                    float boost = f.weight() * w.fuzzy();
                    alternatives.add(slot == MatchPolicy.TypoSlot.FORMS
                            ? Query.of(q -> q.fuzzy(z -> z.field(f.field().name()).value(FieldValue.of(folded))
                                    .fuzziness(Integer.toString(edits)).prefixLength(1)
                                    .maxExpansions(MatchPolicy.FUZZY_EXPANSIONS).transpositions(true).boost(boost)))
                            : Query.of(q -> q.term(t -> t.field(f.field().name()).value(FieldValue.of(folded))
                                    .boost(boost))));
                }
            }
        }
        Integer year = MatchPolicy.yearOf(folded);
        if (year != null) {
            alternatives.add(Query.of(q -> q.constantScore(c -> c.filter(t -> t.term(term -> term.field(Fields.YEAR)
                    .value(FieldValue.of(year)))).boost(w.year()))));
        }
        return disMax(w, alternatives);
    }

    /** The words in this order in any searched field. */
    Query phraseQuery(RankingWeights w, String phrase) {
        List<Query> alternatives = new ArrayList<>();
        for (SearchedField f : w.searchedFields()) {
            alternatives.add(phrase(f.field(), phrase, 0, f.weight()));
        }
        return disMax(w, alternatives);
    }

    /** Words starting with the prefix, in the searched fields that take prefixes. */
    Query prefixQuery(RankingWeights w, String prefix) {
        List<Query> alternatives = new ArrayList<>();
        for (SearchedField f : w.searchedFields()) {
            if (f.prefixes()) {
                String normalised = analyzer.normalize(f.field().name(), prefix).utf8ToString();
                alternatives.add(Query.of(q -> q.prefix(p -> p.field(f.field().name()).value(normalised)
                        .boost(f.weight()))));
            }
        }
        return disMax(w, alternatives);
    }

    private Query member(RankingWeights w, Clause clause) {
        return switch (clause) {
            case Word word -> wordQuery(w, word.text(), MatchPolicy.TypoSlot.NONE);
            case Phrase phrase -> phraseQuery(w, phrase.text());
            case Prefix prefix -> prefixQuery(w, prefix.text());
            case AnyOf any -> Query.of(q -> q.bool(b -> b.should(any.clauses().stream().map(c -> member(w, c))
                    .toList())));
            case Excluded excluded -> Query.of(q -> q.matchNone(n -> n));
            case FieldText f -> constant(filter(f));
            case TypeTerm t -> constant(typeFilter(t.type()));
            case RangeTerm r -> constant(filter(r));
        };
    }

    private Query excluded(RankingWeights w, Clause clause) {
        return switch (clause) {
            case Word word -> phraseQuery(w, word.text());
            case Phrase phrase -> phraseQuery(w, phrase.text());
            case Prefix prefix -> prefixQuery(w, prefix.text());
            case AnyOf any -> Query.of(q -> q.bool(b -> b.should(any.clauses().stream().map(c -> excluded(w, c))
                    .toList())));
            case Excluded inner -> Query.of(q -> q.matchNone(n -> n));
            case FieldText f -> filter(f);
            case TypeTerm t -> typeFilter(t.type());
            case RangeTerm r -> filter(r);
        };
    }

    private static Query filter(FieldText f) {
        TextFieldDef field = switch (f.field()) {
            case DIRECTOR -> Schema.DIRECTOR;
            case GENRE -> Schema.GENRE_TEXT;
            case PERSON -> Schema.NAMES;
        };
        return Query.of(q -> q.matchPhrase(p -> p.field(field.name()).query(f.text())));
    }

    static Query filter(RangeTerm r) {
        return r.field() == RangeField.YEAR ? yearRange(r.range()) : ratingRange(r.range());
    }

    /** Years from {@code from} to {@code to}, both included. */
    static Query yearRange(Range range) {
        return Query.of(q -> q.range(r -> {
            r.field(Fields.YEAR);
            if (range.from() != null) {
                r.gte(org.opensearch.client.json.JsonData.of((int) Math.ceil(range.from())));
            }
            if (range.to() != null) {
                r.lte(org.opensearch.client.json.JsonData.of((int) Math.floor(range.to())));
            }
            return r;
        }));
    }

    /** Ratings from {@code from} up to but not including {@code to}, as the facet buckets; an end of 10 includes 10. */
    static Query ratingRange(Range range) {
        return Query.of(q -> q.range(r -> {
            r.field(Fields.RATING);
            if (range.from() != null) {
                r.gte(org.opensearch.client.json.JsonData.of(range.from()));
            }
            if (range.to() != null && range.to() < 10) {
                r.lt(org.opensearch.client.json.JsonData.of(range.to()));
            }
            return r;
        }));
    }

    static Query typeFilter(RecordType type) {
        return term(Fields.TYPE, type.label());
    }

    static Query episodeFilter() {
        return term(Fields.TITLE_TYPE, Fields.EPISODE_TYPE);
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    /** Known-item, proximity, quality and type boosts: they add score, never decide what matches. */
    private List<Query> boosts(RankingWeights w, UserQuery userQuery, List<Word> words) {
        List<Query> boosts = new ArrayList<>();
        String key = Text.titleKey(MatchPolicy.freeText(userQuery));
        if (!key.isEmpty()) {
            boosts.add(constant(term(Fields.TITLE_KEY, key), w.exactTitle()));
        }
        if (words.size() >= 2) {
            String joined = String.join(" ", words.stream().map(Word::text).toList());
            if (w.titlePhrase() > 0) {
                boosts.add(constant(phrase(Schema.TITLE, joined, 0, 1f), w.titlePhrase()));
            }
            if (w.namesPhrase() > 0) {
                boosts.add(constant(phrase(Schema.NAMES, joined, 1, 1f), w.namesPhrase()));
            }
            if (w.textPhrase() > 0) {
                boosts.add(phrase(Schema.TEXT_EN, joined, 3, w.textPhrase()));
                boosts.add(phrase(Schema.TEXT_ES, joined, 3, w.textPhrase()));
            }
        }
        if (w.popularity() > 0) {
            Query popular = popularity(w.popularity());
            boosts.add(Query.of(q -> q.bool(b -> b.must(popular).mustNot(typeFilter(RecordType.REVIEW)))));
            if (w.reviewPopularity() > 0) {
                Query reviews = popularity(w.popularity() * w.reviewPopularity());
                boosts.add(Query.of(q -> q.bool(b -> b.must(reviews).filter(typeFilter(RecordType.REVIEW)))));
            }
        }
        if (w.rating() > 0) {
            boosts.add(Query.of(q -> q.rankFeature(r -> r.field(OpenSearchFields.feature(Fields.FEATURE_RATING))
                    .linear(l -> l).boost(w.rating()))));
        }
        if (w.filmPrior() > 0) {
            boosts.add(constant(typeFilter(RecordType.FILM), w.filmPrior()));
        }
        if (w.personPrior() > 0) {
            boosts.add(constant(typeFilter(RecordType.PERSON), w.personPrior()));
        }
        if (w.quotePrior() > 0) {
            boosts.add(constant(typeFilter(RecordType.QUOTE), w.quotePrior()));
        }
        return boosts;
    }

    private static Query popularity(float weight) {
        return Query.of(q -> q.rankFeature(r -> r.field(OpenSearchFields.feature(Fields.FEATURE_POPULARITY))
                .linear(l -> l).boost(weight)));
    }

    private static Query match(TextFieldDef field, String text, float boost) {
        return Query.of(q -> q.match(m -> m.field(field.name()).query(FieldValue.of(text)).boost(boost)));
    }

    private static Query phrase(TextFieldDef field, String text, int slop, float boost) {
        return Query.of(q -> q.matchPhrase(p -> p.field(field.name()).query(text).slop(slop).boost(boost)));
    }

    private static Query constant(Query filter) {
        return constant(filter, 1f);
    }

    private static Query constant(Query filter, float boost) {
        return Query.of(q -> q.constantScore(c -> c.filter(filter).boost(boost)));
    }

    private static Query disMax(RankingWeights w, List<Query> alternatives) {
        if (alternatives.isEmpty()) {
            return Query.of(q -> q.matchNone(n -> n));
        }
        return Query.of(q -> q.disMax(d -> d.queries(alternatives).tieBreaker(w.tieBreaker())));
    }

    private String fold(String word) {
        return analyzer.normalize(Schema.TITLE.name(), word).utf8ToString();
    }
}

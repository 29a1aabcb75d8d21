package dev.filmsearch.opensearch;

import dev.filmsearch.schema.Analysis;
import dev.filmsearch.schema.FieldDescription;
import dev.filmsearch.schema.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.client.opensearch._types.analysis.Analyzer;
import org.opensearch.client.opensearch._types.analysis.TokenFilter;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.opensearch.indices.IndexSettingsAnalysis;
import org.opensearch.client.opensearch.indices.PutIndexTemplateRequest;

/**
 * The OpenSearch index template of filmsearch records, generated from the schema's one definition ({@link
 * Schema#describe()} and the {@link Analysis} chains): the same analysis per text field, keyword facets, numbers
 * with the same points and doc values, the ranking signals as {@code rank_feature}s, and strict mapping, so a
 * document with a field the schema does not know is refused instead of guessed at. Pure.
 */
public final class IndexTemplate {
    private IndexTemplate() {
    }

    /**
     * The template for the physical indexes behind the alias {@code alias} ({@code alias-*}), with its shards and
     * replicas.
     */
    public static PutIndexTemplateRequest request(String alias, int shards, int replicas) {
        return PutIndexTemplateRequest.of(t -> t.name(alias)
                .indexPatterns(alias + "-*")
                .template(body -> body.settings(settings(Schema.describe(), shards, replicas))
                        .mappings(mappings(Schema.describe()))));
    }

    /** Shards, replicas and the analysis chains the text fields use. */
    public static IndexSettings settings(List<FieldDescription> fields, int shards, int replicas) {
        return IndexSettings.of(s -> s.numberOfShards(shards).numberOfReplicas(replicas)
                .analysis(analysis(chains(fields))));
    }

    /** Every field of the schema as an OpenSearch property, in schema order. */
    public static TypeMapping mappings(List<FieldDescription> fields) {
        Map<String, Property> properties = new LinkedHashMap<>();
        Map<String, Property> facets = new LinkedHashMap<>();
        for (FieldDescription f : fields) {
            switch (f.kind()) {
                case TEXT -> properties.put(f.name(), Property.of(p -> p.text(t -> t.analyzer(f.analyzer()))));
                case KEYWORD -> properties.put(f.name(), Property.of(p -> p.keyword(k -> k.docValues(f.docValues()))));
                case NUMBER -> properties.put(f.name(), number(f));
                case SORT_KEY -> properties.put(f.name(), Property.of(p -> p.keyword(k -> k.index(false)
                        .docValues(true))));
                case RANK_FEATURES -> {
                    Map<String, Property> features = new LinkedHashMap<>();
                    for (String feature : f.features()) {
                        features.put(feature, Property.of(p -> p.rankFeature(r -> r)));
                    }
                    properties.put(f.name(), Property.of(p -> p.object(o -> o.properties(features))));
                }
                case STORED -> properties.put(f.name(), f.numberType() != null
                        ? number(f)
                        : Property.of(p -> p.keyword(k -> k.index(false).docValues(false))));
                case FACET -> facets.put(f.name(), Property.of(p -> p.keyword(k -> k.docValues(true))));
                case RANGE_FACET -> {
                    // counted with a range aggregation over its source number field: nothing of its own
                }
            }
        }
        if (!facets.isEmpty()) {
            properties.put(OpenSearchFields.FACETS, Property.of(p -> p.object(o -> o.properties(facets))));
        }
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(properties));
    }

    private static Property number(FieldDescription f) {
        boolean index = f.indexed();
        boolean docValues = f.docValues();
        return switch (f.numberType()) {
            case INT -> Property.of(p -> p.integer(n -> n.index(index).docValues(docValues)));
            case LONG -> Property.of(p -> p.long_(n -> n.index(index).docValues(docValues)));
            case DOUBLE -> Property.of(p -> p.double_(n -> n.index(index).docValues(docValues)));
        };
    }

    private static Set<Analysis> chains(List<FieldDescription> fields) {
        Set<Analysis> chains = EnumSet.noneOf(Analysis.class);
        for (FieldDescription f : fields) {
            if (f.analyzer() != null) {
                chains.add(byLabel(f.analyzer()));
            }
        }
        return chains;
    }

    private static Analysis byLabel(String label) {
        for (Analysis a : Analysis.values()) {
            if (a.label().equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no analysis chain is called " + label);
    }

    /**
     * Each chain as a custom analyzer of the same name: the standard tokenizer and, in order, the OpenSearch token
     * filter that does what each Lucene filter of the chain does (the same Lucene filters run inside OpenSearch).
     */
    static IndexSettingsAnalysis analysis(Set<Analysis> chains) {
        Map<String, TokenFilter> defined = new LinkedHashMap<>();
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        for (Analysis chain : chains) {
            List<String> names = new ArrayList<>();
            for (Analysis.Step step : chain.filters()) {
                names.add(filter(step, defined));
            }
            analyzers.put(chain.label(), Analyzer.of(a -> a.custom(c -> c.tokenizer(Analysis.TOKENIZER)
                    .filter(names))));
        }
        return IndexSettingsAnalysis.of(a -> a.analyzer(analyzers).filter(defined));
    }

    /**
     * The name of the OpenSearch token filter for a Lucene one: a built-in filter's name, or one defined in
     * {@code defined} (a stemmer of a language, a stop list).
     *
     * @throws IllegalArgumentException for a filter with no OpenSearch equivalent here: the template must never
     *                                  analyse differently from the embedded index
     */
    static String filter(Analysis.Step step, Map<String, TokenFilter> defined) {
        String builtIn = switch (step.filter()) {
            case "lowercase" -> "lowercase";
            case "asciiFolding" -> "asciifolding";
            case "porterStem" -> "porter_stem";
            default -> null;
        };
        if (builtIn != null && step.params().isEmpty()) {
            return builtIn;
        }
        String name;
        TokenFilter definition;
        if (step.filter().equals("englishPossessive") && step.params().isEmpty()) {
            name = "english_possessive";
            definition = TokenFilter.of(t -> t.definition(d -> d.stemmer(s -> s.language("possessive_english"))));
        } else if (step.filter().equals("spanishLightStem") && step.params().isEmpty()) {
            name = "spanish_light_stem";
            definition = TokenFilter.of(t -> t.definition(d -> d.stemmer(s -> s.language("light_spanish"))));
        } else if (step.filter().equals("stop") && step.params().isEmpty()) {
            // Lucene's StopFilterFactory without words: its English stop set, which is OpenSearch's _english_
            name = "english_stop";
            definition = TokenFilter.of(t -> t.definition(d -> d.stop(s -> s.stopwords("_english_"))));
        } else if (step.filter().equals("stop")
                && step.params().equals(List.of("words", "spanish_stop.txt", "format", "snowball"))) {
            // Lucene's Snowball Spanish list, which OpenSearch's _spanish_ is
            name = "spanish_stop";
            definition = TokenFilter.of(t -> t.definition(d -> d.stop(s -> s.stopwords("_spanish_"))));
        } else {
            throw new IllegalArgumentException("the token filter " + step + " has no OpenSearch equivalent in "
                    + IndexTemplate.class.getSimpleName() + "; add one before using it in the schema");
        }
        defined.put(name, definition);
        return name;
    }
}

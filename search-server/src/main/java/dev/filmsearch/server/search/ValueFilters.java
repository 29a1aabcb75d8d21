package dev.filmsearch.server.search;

import dev.filmsearch.schema.FacetSchema;
import java.util.List;

/**
 * The facets a search filters by value, as a {@link SearchRequest} asks for them and as {@link Filters} resolves
 * them against the index: one place that names which list belongs to which facet.
 */
public interface ValueFilters {
    /** The facets filtered by value, in the order filters and answers list them. */
    List<String> FACETS = List.of(FacetSchema.TITLE_TYPE, FacetSchema.DIRECTOR, FacetSchema.GENRE,
            FacetSchema.LANGUAGE);

    List<String> titleTypes();

    List<String> directors();

    List<String> genres();

    List<String> languages();

    /** The values of a facet filtered by value (title_type, director, genre, language); none for any other. */
    default List<String> values(String facet) {
        return switch (facet) {
            case FacetSchema.TITLE_TYPE -> titleTypes();
            case FacetSchema.DIRECTOR -> directors();
            case FacetSchema.GENRE -> genres();
            case FacetSchema.LANGUAGE -> languages();
            default -> List.of();
        };
    }
}

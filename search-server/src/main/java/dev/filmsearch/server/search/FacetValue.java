package dev.filmsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One value of a facet with its count; {@code selected} is true (and only then present) for active filters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(String value, long count, Boolean selected) {
}

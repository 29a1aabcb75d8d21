package dev.filmsearch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Another title a film is known by: where ({@code region}, an ISO 3166 code such as "ES", "MX", "XWW" for world-wide)
 * and in which {@code language} (ISO 639: "es"), when the source says so; {@code types} such as "imdbDisplay",
 * "alternative", "dvd", "festival", "working"; {@code attributes} such as "literal English title". IMDb's
 * title.akas gives these.
 */
public record Alias(String title, String region, String language,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> types,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> attributes) {
    /** Regions whose titles are Spanish titles, most preferred first: Spain, then the large Spanish-speaking markets. */
    public static final List<String> SPANISH_REGIONS = List.of("ES", "MX", "AR", "CO", "CL", "PE", "VE", "UY", "EC",
            "BO", "PY", "CR", "CU", "DO", "GT", "HN", "NI", "PA", "PR", "SV");
    private static final Set<String> SPANISH_REGION_SET = Set.copyOf(SPANISH_REGIONS);

    public Alias {
        Text.require(title, "alias title");
        types = types == null ? List.of() : List.copyOf(types);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** An alias known only by its title. */
    public static Alias of(String title) {
        return new Alias(title, null, null, List.of(), List.of());
    }

    /** Whether this is a Spanish title: language "es", or a Spanish-speaking region without another language. */
    public boolean spanish() {
        if (language != null) {
            return language.toLowerCase(Locale.ROOT).equals("es");
        }
        return region != null && SPANISH_REGION_SET.contains(region.toUpperCase(Locale.ROOT));
    }

    /**
     * How good a Spanish title this is, lower is better; {@link Integer#MAX_VALUE} when it is not Spanish. Spain's
     * title first, then by {@link #SPANISH_REGIONS}, then language "es" without a region; within a region IMDb's
     * display title before the others.
     */
    int spanishRank() {
        if (!spanish()) {
            return Integer.MAX_VALUE;
        }
        int regionRank = region == null ? SPANISH_REGIONS.size()
                : SPANISH_REGIONS.indexOf(region.toUpperCase(Locale.ROOT));
        if (regionRank < 0) {
            regionRank = SPANISH_REGIONS.size();
        }
        return regionRank * 2 + (types.contains("imdbDisplay") ? 0 : 1);
    }
}

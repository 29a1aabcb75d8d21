package dev.filmsearch.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable record ids: the IMDb id where the source has one, otherwise a deterministic slug or digest of the
 * record's content, so that rebuilding the same corpus gives the same ids.
 */
public final class Ids {
    private static final Pattern TITLE_ID = Pattern.compile("tt\\d{7,}");
    private static final Pattern NAME_ID = Pattern.compile("nm\\d{7,}");

    private Ids() {
    }

    /** The {@code tt…} id inside text such as "http://www.imdb.com/title/tt0499549/?ref_=fn_tt_tt_1", or null. */
    public static String imdbTitleId(String text) {
        return find(TITLE_ID, text);
    }

    /** The {@code nm…} id inside text, or null. */
    public static String imdbNameId(String text) {
        return find(NAME_ID, text);
    }

    /** The IMDb id when there is one, else "title-year" ("salvador-allende-2004") or "title" without a year. */
    public static String filmId(String imdbId, String title, Integer year) {
        String tt = imdbTitleId(imdbId);
        if (tt != null) {
            return tt;
        }
        return year == null ? Text.slug(title) : Text.slug(title) + "-" + year;
    }

    /** The IMDb id when there is one, else the name's slug ("patricio-guzman"). */
    public static String personId(String imdbId, String name) {
        String nm = imdbNameId(imdbId);
        return nm != null ? nm : Text.slug(name);
    }

    /**
     * An id for a review or quote: "{prefix}-{slug of source}-{source id}" when the source numbers its records,
     * else "{prefix}-" and 16 hex digits of the SHA-256 of the given content parts.
     */
    public static String contentId(String prefix, String sourceName, String sourceId, String... content) {
        if (sourceId != null && !sourceId.isBlank()) {
            return prefix + "-" + Text.slug(sourceName) + "-" + Text.slug(sourceId);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : content) {
                digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return prefix + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String find(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        var m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }
}

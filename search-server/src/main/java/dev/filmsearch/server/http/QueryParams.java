package dev.filmsearch.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Reads a raw query string strictly, in one pass: every parameter must be one the route takes, no longer than
 * its limit, and correctly percent-encoded UTF-8; anything else is an {@link ApiException} (400) that names the
 * parameter. (The web framework's own reading silently drops a value with a bad escape such as {@code %zz}, and
 * keeps parameters nobody reads.) Decoding is Jetty's {@link UrlEncoded}, with bad escapes and bad UTF-8 reported.
 */
public final class QueryParams {
    /** At most this many {@code name=value} pairs in one query string. */
    public static final int MAX_PARAMETERS = 200;
    /** Longest name quoted back in an error. */
    private static final int QUOTED_NAME = 40;

    private QueryParams() {
    }

    /** The parameters a route takes, in the order its errors list them: {@code allow("q", 1000, "limit", 8)}. */
    public static Map<String, Integer> allow(Object... namesAndMaxLengths) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMaxLengths.length; i += 2) {
            out.put((String) namesAndMaxLengths[i], (Integer) namesAndMaxLengths[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The parameters of {@code rawQuery} (null or empty: none), by name in order of appearance.
     *
     * @param route   the route, for the error messages ({@code /api/search})
     * @param allowed each parameter the route takes, with the most characters its value may have
     */
    public static Map<String, List<String>> parse(String rawQuery, String route, Map<String, Integer> allowed) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        int count = 0;
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (end > start) {
                if (++count > MAX_PARAMETERS) {
                    throw ApiException.invalid(String.format(Locale.ROOT,
                            "the query string has more than %d parameters", MAX_PARAMETERS));
                }
                add(rawQuery.substring(start, end), route, allowed, out);
            }
            start = end + 1;
        }
        return out;
    }

    private static void add(String pair, String route, Map<String, Integer> allowed, Map<String, List<String>> out) {
        List<String[]> decoded = new ArrayList<>(1);
        try {
            UrlEncoded.decodeUtf8To(pair, 0, pair.length(), (k, v) -> decoded.add(new String[] {k, v}), false, false,
                    false);
        } catch (IllegalArgumentException e) {
            int eq = pair.indexOf('=');
            throw ApiException.invalid("parameter '" + quote(eq < 0 ? pair : pair.substring(0, eq))
                    + "' is not correctly percent-encoded UTF-8: write a space as + or %20, a % as %25,"
                    + " and other characters as the %XX escapes of their UTF-8 bytes");
        }
        for (String[] kv : decoded) {
            String name = kv[0];
            String value = kv[1] == null ? "" : kv[1];
            Integer max = allowed.get(name);
            if (max == null) {
                throw ApiException.invalid("unknown parameter '" + quote(name) + "'; " + route
                        + (allowed.isEmpty() ? " takes no parameters" : " takes: " + String.join(", ", allowed.keySet())));
            }
            if (value.length() > max) {
                throw ApiException.invalid(String.format(Locale.ROOT, "%s is %,d characters long; at most %,d are allowed",
                        name, value.length(), max));
            }
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /** A name as it can be quoted back: at most {@value #QUOTED_NAME} characters, control characters dropped. */
    private static String quote(String name) {
        StringBuilder b = new StringBuilder(Math.min(name.length(), QUOTED_NAME + 1));
        for (int i = 0; i < name.length() && b.length() < QUOTED_NAME; i++) {
            char c = name.charAt(i);
            if (!Character.isISOControl(c)) {
                b.append(c);
            }
        }
        return name.length() > QUOTED_NAME ? b + "…" : b.toString();
    }
}

package dev.filmsearch.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page's files keep the rules the Content-Security-Policy and the escaping depend on: no inline script,
 * handler or style in the HTML, no HTML strings put into the DOM by the JavaScript, and every file they
 * reference present.
 */
class PageFilesTest {
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<style\\b|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:src|href)=\"(/(?:js|css)/[^\"]+|/favicon\\.svg)\"");
    private static final Pattern IMPORT = Pattern.compile("(?:import|from)\\s+'(\\./[^']+)'");
    private static final List<String> HTML_SINKS = List.of(
            "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "srcdoc");

    private static Path publicDir() throws URISyntaxException {
        return Path.of(PageFilesTest.class.getResource(WebPage.CLASSPATH_DIRECTORY).toURI());
    }

    private static List<Path> files(String extension) throws IOException, URISyntaxException {
        try (Stream<Path> walk = Files.walk(publicDir())) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void there_are_three_pages() throws Exception {
        assertEquals(List.of("film.html", "index.html", "person.html"),
                files(".html").stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void pages_load_scripts_only_from_files() throws Exception {
        for (Path page : files(".html")) {
            Matcher m = SCRIPT_TAG.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                assertTrue(m.group(1).contains("src=\"/js/"), page.getFileName() + ": inline script " + m.group());
            }
        }
    }

    @Test
    void pages_have_no_inline_handlers_or_styles() throws Exception {
        for (Path page : files(".html")) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertFalse(INLINE_HANDLER.matcher(html).find(), page.getFileName() + " has an inline event handler");
            assertFalse(STYLE.matcher(html).find(), page.getFileName() + " has an inline style");
        }
    }

    @Test
    void scripts_never_write_html_strings_into_the_page() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path script : files(".js")) {
            String js = Files.readString(script, StandardCharsets.UTF_8);
            for (String sink : HTML_SINKS) {
                if (js.contains(sink)) {
                    found.add(script.getFileName() + ": " + sink);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void every_referenced_file_and_module_exists() throws Exception {
        Path root = publicDir();
        List<String> missing = new ArrayList<>();
        for (Path page : files(".html")) {
            Matcher m = LOCAL_REFERENCE.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!Files.isRegularFile(root.resolve(m.group(1).substring(1)))) {
                    missing.add(page.getFileName() + " -> " + m.group(1));
                }
            }
        }
        for (Path script : files(".js")) {
            Matcher m = IMPORT.matcher(Files.readString(script, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!Files.isRegularFile(script.resolveSibling(m.group(1)).normalize())) {
                    missing.add(script.getFileName() + " -> " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}

package dev.filmsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./filmsearch} launcher itself, run as a user runs it (after {@code package} built the jar). */
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("filmsearch.project.dir", "..")).toAbsolutePath()
            .normalize();

    private record Run(int exit, String out, String err) {
    }

    private static Run launcher(Map<String, String> env, boolean clearEnv, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", ROOT.resolve("filmsearch").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        if (clearEnv) {
            builder.environment().clear();
        }
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the launcher did not finish");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private static String head() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "-C", ROOT.toString(), "rev-parse", "--short=12", "HEAD").start();
        String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return git.waitFor() == 0 ? commit : "unknown";
    }

    @Test
    void version_prints_the_project_version_and_the_checkouts_commit() throws Exception {
        Run run = launcher(Map.of(), false, "--version");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("filmsearch \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit " + head() + "\\)\n"), run.out());
    }

    /**
     * The launcher hands the JVM its start-up cache (made by {@code ./filmsearch build}); one the JVM cannot use
     * (here: not a cache at all) must cost a slower start and nothing else, on stdout and stderr alike.
     */
    @Test
    void a_start_up_cache_the_jvm_cannot_use_adds_no_line_to_any_output() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() >= 25, "the start-up cache needs JDK 25");
        Path target = ROOT.resolve("search-server/target");
        Path aot = target.resolve("filmsearch.aot");
        Path stamp = target.resolve("filmsearch.aot.jdk");
        Path savedAot = target.resolve("filmsearch.aot.saved-by-test");
        Path savedStamp = target.resolve("filmsearch.aot.jdk.saved-by-test");
        String javaHome = launcher(Map.of(), false, "java-home").out().strip();
        boolean hadCache = Files.exists(aot);
        if (hadCache) {
            Files.move(aot, savedAot);
            Files.move(stamp, savedStamp);
        }
        try {
            Files.writeString(aot, "not a cache");
            Files.writeString(stamp, javaHome + "\n");
            Run run = launcher(Map.of(), false, "--version");

            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().matches("filmsearch \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit " + head() + "\\)\n"),
                    run.out());
            assertEquals("", run.err());
        } finally {
            Files.deleteIfExists(aot);
            Files.deleteIfExists(stamp);
            if (hadCache) {
                Files.move(savedAot, aot);
                Files.move(savedStamp, stamp);
            }
        }
    }

    @Test
    void help_lists_the_application_commands_and_the_launchers_own() throws Exception {
        Run run = launcher(Map.of(), false, "--help");

        assertEquals(0, run.exit(), run.err());
        for (String command : List.of("serve", "index", "generate", "digest", "help", "test", "build", "java-home")) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " missing from:\n" + run.out());
        }
    }

    @Test
    void without_a_jdk_21_it_says_what_to_install_and_exits_with_1(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("dirname", "readlink", "awk", "cut")) {
            Path real = List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool)).stream().filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        Path jdk17 = Files.createDirectories(dir.resolve("jvm/old-jdk-17/bin"));
        Path java = Files.writeString(jdk17.resolve("java"), "#!/bin/sh\necho '    java.specification.version = 17' >&2\n");
        assertTrue(java.toFile().setExecutable(true));

        Run run = launcher(Map.of("PATH", bin.toString(), "FILMSEARCH_JVM_DIRS", dir.resolve("jvm").toString()), true,
                "--version");

        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("filmsearch: no JDK 21 or newer found (looked at JAVA_HOME, the java on PATH and " + dir.resolve("jvm")
                + "); found: " + dir.resolve("jvm/old-jdk-17") + " (17).\n"
                + "filmsearch: install a JDK 21 or newer: Debian 12's packages have none (openjdk-17 is too old and the"
                + " build rejects it); Debian 13 has openjdk-21-jdk-headless; elsewhere Eclipse Temurin 21+ (package"
                + " temurin-21-jdk from the Adoptium apt repository), or unpack a JDK 21+ under /usr/lib/jvm.\n", run.err());
    }
}

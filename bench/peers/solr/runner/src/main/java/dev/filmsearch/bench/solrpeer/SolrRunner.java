package dev.filmsearch.bench.solrpeer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs one standalone Solr node for the filmsearch benchmark: an embedded Jetty (Solr's own JettySolrRunner) on
 * 127.0.0.1:PORT under /solr, with the cores found under SOLR_HOME. Runs until it gets SIGTERM, then closes the
 * cores and stops Jetty cleanly.
 *
 * <p>Usage: {@code SolrRunner SOLR_HOME PORT}
 */
public final class SolrRunner {
    private SolrRunner() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SolrRunner SOLR_HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("solr.xml"))) {
            System.err.println("no solr.xml in " + home);
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);

        // JettySolrRunner binds its connector to 127.0.0.1 and serves Solr under /solr
        JettyConfig config = JettyConfig.builder().setPort(port).stopAtShutdown(false).build();
        JettySolrRunner solr = new JettySolrRunner(home.toString(), config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                solr.stop();
                System.out.println("solr stopped");
            } catch (Exception e) {
                System.err.println("stopping solr failed: " + e);
            }
        }, "solr-stop"));
        solr.start();
        System.out.println("solr started: " + solr.getBaseUrl() + " cores "
                + solr.getCoreContainer().getLoadedCoreNames());
        new CountDownLatch(1).await();
    }
}

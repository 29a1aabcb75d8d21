package dev.filmsearch.opensearch;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContexts;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * How to reach an OpenSearch cluster: its nodes' URLs (requests are spread over them, and a node that fails is
 * left out until it answers again), and for a secured cluster a user and password (HTTP basic auth; https URLs
 * trust the JVM's certificate store, {@code -Djavax.net.ssl.trustStore} for a private CA). Immutable.
 *
 * @param password null without a user; never taken from the command line (see {@code docs/scale-out.md})
 */
public record OpenSearchConnection(List<URI> nodes, String user, String password) {
    public OpenSearchConnection {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("give at least one OpenSearch URL, e.g. http://127.0.0.1:9200");
        }
        String scheme = null;
        for (URI node : nodes) {
            String s = node.getScheme() == null ? "" : node.getScheme().toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https") || node.getHost() == null || node.getPort() < 0) {
                throw new IllegalArgumentException("an OpenSearch URL is http(s)://host:port, not '" + node + "'");
            }
            if (scheme != null && !scheme.equals(s)) {
                throw new IllegalArgumentException("the OpenSearch URLs mix http and https: " + nodes);
            }
            scheme = s;
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("an OpenSearch user needs a password and a password a user");
        }
    }

    public static OpenSearchConnection of(String... urls) {
        return new OpenSearchConnection(java.util.Arrays.stream(urls).map(URI::create).toList(), null, null);
    }

    /** The nodes, comma-separated: how messages name the cluster (never with the password). */
    public String describe() {
        return String.join(",", nodes.stream().map(URI::toString).toList());
    }

    /** A new client over HTTP/2-capable Apache HttpClient 5; closing its transport closes the connections. */
    public OpenSearchClient client() {
        HttpHost[] hosts = nodes.stream()
                .map(u -> new HttpHost(u.getScheme().toLowerCase(Locale.ROOT), u.getHost(), u.getPort()))
                .toArray(HttpHost[]::new);
        boolean tls = hosts[0].getSchemeName().equals("https");
        var transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setHttpClientConfigCallback(http -> {
                    if (user != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        for (HttpHost host : hosts) {
                            credentials.setCredentials(new AuthScope(host),
                                    new UsernamePasswordCredentials(user, password.toCharArray()));
                        }
                        http.setDefaultCredentialsProvider(credentials);
                    }
                    if (tls) {
                        http.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                .setTlsStrategy(ClientTlsStrategyBuilder.create()
                                        .setSslContext(SSLContexts.createSystemDefault()).build())
                                .build());
                    }
                    return http;
                })
                .build();
        return new OpenSearchClient(transport);
    }
}

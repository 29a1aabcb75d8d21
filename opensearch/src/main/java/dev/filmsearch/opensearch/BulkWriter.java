package dev.filmsearch.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Sends documents to one index with the bulk API in bounded batches (at most {@code maxDocs} documents and about
 * {@code maxBytes} of JSON each). A batch the cluster cannot take now (HTTP 429 or 502–504, or no node answering)
 * is sent again after a growing pause, as are the documents of a batch refused one by one with 429; any other
 * refusal of a document (a mapping error, say) ends the build with the document's id and OpenSearch's reason, since
 * a lost record is never acceptable. Not thread-safe.
 */
final class BulkWriter {
    /** What sends one bulk request: the client's bulk call in production, a fake in tests. */
    @FunctionalInterface
    interface Sender {
        BulkResponse send(String index, List<BulkOperation> operations) throws IOException;
    }

    /** What waits between tries: Thread.sleep in production, a recorder in tests. */
    @FunctionalInterface
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    /** Statuses a batch or document is sent again for: the cluster is busy or a node is going away. */
    static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);

    private final Sender sender;
    private final String index;
    private final int maxDocs;
    private final long maxBytes;
    private final Backoff backoff;
    private final Pause pause;
    private final List<BulkOperation> batch = new ArrayList<>();
    private long batchBytes;
    private long sent;
    private long retries;

    /**
     * @param backoff pauses before each further try; when they run out, the batch fails
     */
    BulkWriter(Sender sender, String index, int maxDocs, long maxBytes, Backoff backoff, Pause pause) {
        this.sender = sender;
        this.index = index;
        this.maxDocs = maxDocs;
        this.maxBytes = maxBytes;
        this.backoff = backoff;
        this.pause = pause;
    }

    /** The pauses between tries: {@code first} ms, doubled each time up to {@code max} ms, {@code tries} in all. */
    record Backoff(long first, long max, int tries) {
        long delay(int attempt) {
            return Math.min(max, first << Math.min(attempt, 30));
        }
    }

    /** Adds one document (its id and JSON source, of about {@code bytes}); sends the batch when it is full. */
    void add(String id, Map<String, Object> source, long bytes) throws IOException {
        batch.add(BulkOperation.of(o -> o.index(i -> i.id(id).document(source))));
        batchBytes += bytes;
        if (batch.size() >= maxDocs || batchBytes >= maxBytes) {
            flush();
        }
    }

    /** Sends what is waiting. */
    void flush() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<BulkOperation> pending = new ArrayList<>(batch);
        batch.clear();
        batchBytes = 0;
        for (int attempt = 0; ; attempt++) {
            BulkResponse response = null;
            IOException busy = null;
            try {
                response = sender.send(index, pending);
            } catch (OpenSearchException e) {
                if (!RETRIED.contains(e.status())) {
                    throw new IOException("OpenSearch refused a bulk request (HTTP " + e.status() + "): "
                            + reason(e.error()), e);
                }
                busy = new IOException("OpenSearch answered HTTP " + e.status(), e);
            } catch (ResponseException e) {
                if (!RETRIED.contains(e.status())) {
                    throw new IOException("OpenSearch refused a bulk request (HTTP " + e.status() + ")", e);
                }
                busy = e;
            } catch (IOException e) {
                busy = e; // no node answered: retried like a busy cluster
            }
            if (response != null) {
                List<BulkOperation> again = new ArrayList<>();
                for (int i = 0; i < response.items().size(); i++) {
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null) {
                        sent++;
                    } else if (RETRIED.contains(item.status())) {
                        again.add(pending.get(i));
                    } else {
                        throw new IOException("OpenSearch refused the record " + item.id() + " (HTTP "
                                + item.status() + "): " + reason(item.error()));
                    }
                }
                if (again.isEmpty()) {
                    return;
                }
                pending = again;
                busy = new IOException(again.size() + " documents refused with HTTP 429");
            }
            if (attempt + 1 >= backoff.tries()) {
                throw new IOException("OpenSearch did not take a bulk request of " + pending.size() + " documents in "
                        + backoff.tries() + " tries: " + busy.getMessage(), busy);
            }
            retries++;
            try {
                pause.sleep(backoff.delay(attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to send a bulk request again", e);
            }
        }
    }

    /** Documents the cluster took. */
    long sent() {
        return sent;
    }

    /** Batches or documents sent again since the start. */
    long retries() {
        return retries;
    }

    static String reason(ErrorCause error) {
        if (error == null) {
            return "no reason given";
        }
        String out = error.type() + ": " + error.reason();
        return error.causedBy() != null ? out + " (caused by " + reason(error.causedBy()) + ")" : out;
    }
}

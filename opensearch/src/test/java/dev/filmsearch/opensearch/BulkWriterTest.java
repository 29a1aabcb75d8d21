package dev.filmsearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.ErrorResponse;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;

class BulkWriterTest {
    /** A cluster that answers each request with the next scripted item statuses (0: no answer), and records. */
    private static final class FakeCluster implements BulkWriter.Sender {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<List<String>> requests = new ArrayList<>();

        @Override
        public BulkResponse send(String index, List<BulkOperation> operations) throws IOException {
            List<String> ids = operations.stream().map(o -> o.index().id()).toList();
            requests.add(ids);
            Object answer = answers.isEmpty() ? 201 : answers.removeFirst();
            if (answer instanceof IOException e) {
                throw e;
            }
            if (answer instanceof RuntimeException e) {
                throw e;
            }
            int[] statuses = answer instanceof int[] s ? s : ids.stream().mapToInt(i -> (Integer) answer).toArray();
            List<BulkResponseItem> items = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int status = statuses[i];
                String id = ids.get(i);
                items.add(BulkResponseItem.of(b -> {
                    b.operationType(OperationType.Index).id(id).index(index).status(status);
                    if (status >= 300) {
                        b.error(e -> e.type(status == 429 ? "es_rejected_execution_exception"
                                : "mapper_parsing_exception").reason(status == 429 ? "queue full"
                                : "failed to parse field [year] of type [integer]"));
                    }
                    return b;
                }));
            }
            return BulkResponse.of(b -> b.took(1).errors(items.stream().anyMatch(i -> i.error() != null))
                    .items(items));
        }
    }

    private final FakeCluster cluster = new FakeCluster();
    private final List<Long> pauses = new ArrayList<>();

    private BulkWriter writer(int maxDocs, long maxBytes, int tries) {
        return new BulkWriter(cluster, "films-1", maxDocs, maxBytes, new BulkWriter.Backoff(250, 1000, tries),
                pauses::add);
    }

    private static void add(BulkWriter writer, String... ids) throws IOException {
        for (String id : ids) {
            writer.add(id, Map.of("id", id), 100);
        }
    }

    @Test
    void documents_go_in_batches_of_at_most_max_docs_and_the_rest_on_flush() throws IOException {
        BulkWriter writer = writer(2, 1 << 20, 3);
        add(writer, "a", "b", "c", "d", "e");
        writer.flush();
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")), cluster.requests);
        assertEquals(5, writer.sent());
    }

    @Test
    void a_batch_is_sent_when_its_bytes_reach_the_bound() throws IOException {
        BulkWriter writer = writer(100, 250, 3);
        add(writer, "a", "b", "c", "d");
        assertEquals(List.of(List.of("a", "b", "c")), cluster.requests);
    }

    @Test
    void documents_refused_with_429_are_sent_again_alone_after_growing_pauses() throws IOException {
        cluster.answers.add(new int[] {201, 429, 429});
        cluster.answers.add(new int[] {429, 201});
        BulkWriter writer = writer(3, 1 << 20, 5);
        add(writer, "a", "b", "c");
        assertEquals(List.of(List.of("a", "b", "c"), List.of("b", "c"), List.of("b")), cluster.requests);
        assertEquals(List.of(250L, 500L), pauses);
        assertEquals(3, writer.sent());
        assertEquals(2, writer.retries());
    }

    @Test
    void a_busy_cluster_or_no_node_answering_is_waited_for() throws IOException {
        cluster.answers.add(new OpenSearchException(ErrorResponse.of(r -> r.status(503)
                .error(ErrorCause.of(e -> e.type("cluster_block_exception").reason("no master"))))));
        cluster.answers.add(new ConnectException("Connection refused"));
        BulkWriter writer = writer(10, 1 << 20, 5);
        add(writer, "a", "b");
        writer.flush();
        assertEquals(3, cluster.requests.size());
        assertEquals(List.of(250L, 500L), pauses);
        assertEquals(2, writer.sent());
    }

    @Test
    void a_document_the_mapping_refuses_ends_the_build_with_its_id_and_the_reason() {
        cluster.answers.add(new int[] {201, 400});
        BulkWriter writer = writer(2, 1 << 20, 5);
        IOException e = assertThrows(IOException.class, () -> add(writer, "film/a", "film/b"));
        assertEquals("OpenSearch refused the record film/b (HTTP 400): mapper_parsing_exception: failed to parse"
                + " field [year] of type [integer]", e.getMessage());
        assertEquals(List.of(), pauses);
    }

    @Test
    void the_tries_run_out_with_an_error_saying_how_many() {
        for (int i = 0; i < 3; i++) {
            cluster.answers.add(new ConnectException("Connection refused"));
        }
        BulkWriter writer = writer(1, 1 << 20, 3);
        IOException e = assertThrows(IOException.class, () -> add(writer, "a"));
        assertEquals("OpenSearch did not take a bulk request of 1 documents in 3 tries: Connection refused",
                e.getMessage());
        assertEquals(List.of(250L, 500L), pauses);
    }

    @Test
    void pauses_double_up_to_the_maximum() {
        BulkWriter.Backoff backoff = new BulkWriter.Backoff(250, 1000, 10);
        assertEquals(List.of(250L, 500L, 1000L, 1000L), List.of(backoff.delay(0), backoff.delay(1), backoff.delay(2),
                backoff.delay(3)));
    }
}

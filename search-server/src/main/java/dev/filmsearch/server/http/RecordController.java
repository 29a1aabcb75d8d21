package dev.filmsearch.server.http;

import dev.filmsearch.server.engine.SearchEngine;
import dev.filmsearch.server.search.TimeBudget;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The record pages: {@code /api/films/{id}}, {@code /api/people/{id}}, {@code /api/reviews/{id}},
 * {@code /api/quotes/{id}}. They take no query parameters; each page is read within a time budget.
 */
public final class RecordController {
    private final SearchEngine records;

    public RecordController(SearchEngine records) {
        this.records = records;
    }

    public void film(Context ctx) {
        answer(ctx, "/api/films/{id}", "film", records::film);
    }

    public void person(Context ctx) {
        answer(ctx, "/api/people/{id}", "person", records::person);
    }

    public void review(Context ctx) {
        answer(ctx, "/api/reviews/{id}", "review", records::review);
    }

    public void quote(Context ctx) {
        answer(ctx, "/api/quotes/{id}", "quote", records::quote);
    }

    /** The page of the record named by the {@code id} path parameter, or a 404 saying which record is unknown. */
    private void answer(Context ctx, String route, String type, BiFunction<String, TimeBudget, Optional<?>> page) {
        TimeBudget budget = records.startBudget();
        QueryParams.parse(ctx.queryString(), route, Map.of());
        String id = PathParams.get(ctx, "id");
        ctx.json(page.apply(id, budget).orElseThrow(() -> ApiException.notFound("no " + type + " with id '"
                + PathParams.quote(id) + "'")));
    }
}

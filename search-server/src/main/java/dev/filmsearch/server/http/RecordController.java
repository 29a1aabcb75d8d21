package dev.filmsearch.server.http;

import dev.filmsearch.server.records.RecordService;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/** The record pages: {@code /api/films/{id}}, {@code /api/people/{id}}, {@code /api/reviews/{id}}, {@code /api/quotes/{id}}. */
public final class RecordController {
    private final RecordService records;

    public RecordController(RecordService records) {
        this.records = records;
    }

    public void film(Context ctx) {
        answer(ctx, "film", records::film);
    }

    public void person(Context ctx) {
        answer(ctx, "person", records::person);
    }

    public void review(Context ctx) {
        answer(ctx, "review", records::review);
    }

    public void quote(Context ctx) {
        answer(ctx, "quote", records::quote);
    }

    /** The page of the record named by the {@code id} path parameter, or a 404 saying which record is unknown. */
    private static void answer(Context ctx, String type, Function<String, Optional<?>> page) {
        String id = ctx.pathParam("id");
        ctx.json(page.apply(id).orElseThrow(() -> ApiException.notFound("no " + type + " with id '" + id + "'")));
    }
}

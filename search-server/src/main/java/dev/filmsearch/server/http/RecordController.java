package dev.filmsearch.server.http;

import dev.filmsearch.server.records.RecordService;
import io.javalin.http.Context;

/** The record pages: {@code /api/films/{id}}, {@code /api/people/{id}}, {@code /api/reviews/{id}}, {@code /api/quotes/{id}}. */
public final class RecordController {
    private final RecordService records;

    public RecordController(RecordService records) {
        this.records = records;
    }

    public void film(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(records.film(id).orElseThrow(() -> unknown("film", id)));
    }

    public void person(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(records.person(id).orElseThrow(() -> unknown("person", id)));
    }

    public void review(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(records.review(id).orElseThrow(() -> unknown("review", id)));
    }

    public void quote(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(records.quote(id).orElseThrow(() -> unknown("quote", id)));
    }

    private static ApiException unknown(String type, String id) {
        return ApiException.notFound("no " + type + " with id '" + id + "'");
    }
}

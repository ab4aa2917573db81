package nl.cursusschrift.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** GET /health: 200 with a short JSON body when the course and the database answer. */
public final class HealthController {
    private final BooleanSupplier databaseHealthy;
    private final IntSupplier lessonCount;
    private final String databaseKind;

    public HealthController(BooleanSupplier databaseHealthy, IntSupplier lessonCount, String databaseKind) {
        this.databaseHealthy = databaseHealthy;
        this.lessonCount = lessonCount;
        this.databaseKind = databaseKind;
    }

    public void show(Context ctx) {
        boolean ok = databaseHealthy.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ok ? "ok" : "database-unavailable");
        body.put("lessons", lessonCount.getAsInt());
        body.put("database", databaseKind);
        ctx.header("Cache-Control", "no-store");
        ctx.status(ok ? 200 : 503).json(body);
    }
}

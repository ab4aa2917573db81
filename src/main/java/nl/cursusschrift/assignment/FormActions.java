package nl.cursusschrift.assignment;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request side of the assignment form: its fields as a document, and the buttons that work without script. */
final class FormActions {
    private FormActions() {
    }

    /** The posted fields as the answer document; a field the assignment does not have is a tampered form (400). */
    static com.fasterxml.jackson.databind.node.ObjectNode read(Assignment assignment, Map<String, List<String>> params) {
        FormInput.Result input = FormInput.read(assignment, params);
        if (input.tampered() != null) throw new BadRequestResponse(input.tampered());
        return input.raw();
    }

    /**
     * The buttons that change the shape of a group without script: add an item, remove one,
     * move a touchpoint up or down. Returns the group that gets an extra empty item, if any.
     */
    static String apply(Assignment assignment, Map<String, List<String>> params) {
        List<String> values = params.remove("_action");
        if (values == null || values.isEmpty()) return null;
        String[] parts = values.get(0).split(":");
        Group group = parts.length >= 2 && assignment.field(parts[1]).orElse(null) instanceof Group g ? g : null;
        if (group == null) throw new BadRequestResponse("onbekende actie");
        if (parts[0].equals("add") && parts.length == 2) return group.id();
        if (parts.length != 3 || !parts[2].matches("\\d{1,3}")) throw new BadRequestResponse("onbekende actie");
        int index = Integer.parseInt(parts[2]);
        String prefix = group.id() + "[";
        switch (parts[0]) {
            case "remove" -> params.keySet().removeIf(name -> name.startsWith(prefix + index + "]."));
            case "up", "down" -> {
                int other = parts[0].equals("up") ? index - 1 : index + 1;
                if (other < 0) return null;
                Map<String, List<String>> swapped = new LinkedHashMap<>();
                for (var entry : params.entrySet()) {
                    String name = entry.getKey();
                    if (name.startsWith(prefix + index + "].")) name = prefix + other + name.substring((prefix + index).length());
                    else if (name.startsWith(prefix + other + "].")) name = prefix + index + name.substring((prefix + other).length());
                    swapped.put(name, entry.getValue());
                }
                params.clear();
                params.putAll(swapped);
            }
            default -> throw new BadRequestResponse("onbekende actie");
        }
        return null;
    }

    /** Which page the form was on: the lesson ("les") or the assignment on its own ("opdracht"). */
    static String returnTo(Context ctx) {
        return "les".equals(ctx.formParam("return")) ? "les" : "opdracht";
    }

    /**
     * Where a saved draft goes back to: the same page, at the form; after "add a row" the new row's first field has
     * autofocus, which browsers skip when the address has a fragment, so that address has none.
     */
    static String back(Context ctx, int step, String extra) {
        String base = returnTo(ctx).equals("les") ? "/les/" + step : "/opdracht/" + step;
        return base + (extra == null ? "#opdracht" : "?meer=" + extra);
    }

    /** The draft version the form was loaded with, to tell a stale save. */
    static int baseVersion(Context ctx) {
        String raw = ctx.formParam("version");
        return raw != null && raw.matches("\\d{1,9}") ? Integer.parseInt(raw) : 0;
    }

    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json");
    }
}

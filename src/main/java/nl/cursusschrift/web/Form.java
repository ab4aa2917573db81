package nl.cursusschrift.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted form: the values as typed and an error per field. On a 422 the page is rendered
 * again from this, so nothing the person typed is lost (passwords excepted, by design).
 */
public final class Form {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public static Form empty() {
        return new Form();
    }

    /** Reads the named fields from the request body; missing fields read as empty. */
    public static Form from(Context ctx, String... names) {
        Form form = new Form();
        for (String name : names) {
            String value = ctx.formParam(name);
            form.values.put(name, value == null ? "" : value);
        }
        return form;
    }

    public Form with(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The value with surrounding white space removed. */
    public String trimmed(String name) {
        return value(name).strip();
    }

    public String error(String name) {
        return errors.get(name);
    }

    /** Records an error; the first one per field wins. */
    public Form error(String name, String message) {
        errors.putIfAbsent(name, message);
        return this;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Requires a non-blank value, else records the message. */
    public String required(String name, String message) {
        String value = trimmed(name);
        if (value.isEmpty()) error(name, message);
        return value;
    }
}

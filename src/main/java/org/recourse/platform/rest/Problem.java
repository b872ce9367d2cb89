package org.recourse.platform.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem document: a title, a detail a person can act on, and for invalid input one entry per field
 * ({@code errors: [{field, message}]}).
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field's problem, in words. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors = new ArrayList<>();

    private Problem(int status, String title, String detail) {
        this.status = status;
        this.title = Objects.requireNonNull(title, "A title is required.");
        this.detail = detail;
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail);
    }

    /**
     * The 422 of a request whose fields have problems: a title, the standard detail, and each problem in words under
     * its field's name.
     */
    public static Problem invalid(List<org.recourse.platform.validation.FieldProblem> problems,
            org.recourse.platform.i18n.Messages messages, String titleKey) {
        return of(422, messages.get(titleKey), messages.get("api.error.invalid.detail")).withErrors(problems.stream()
                .map(p -> new FieldError(p.field(), messages.get(p.messageKey(), p.arguments())))
                .toList());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        errors.addAll(fieldErrors);
        return this;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = JsonSupport.object()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = JsonSupport.array();
            errors.forEach(e -> array.add(JsonSupport.object().add("field", e.field()).add("message", e.message())));
            json.add("errors", array);
        }
        return json.build();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson().toString()).build();
    }
}

package org.recourse.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a JSON request body with a hard size limit, also when no Content-Length was sent. Reading the body
 * ourselves, rather than binding it, lets the API name every field of the wrong type instead of failing on the first.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Outcome of reading a body: an object, or a reason it is not one. */
    public record Parsed(JsonObject object, String error) {
        public Optional<JsonObject> asObject() {
            return Optional.ofNullable(object);
        }

        /** The 400 problem for a body that is not a JSON object, titled in the caller's language. */
        public jakarta.ws.rs.core.Response malformed(org.recourse.platform.i18n.Messages messages) {
            return Problem.of(400, messages.get("api.error.malformed.title"), error).toResponse();
        }
    }

    public static Parsed readObject(InputStream body, long maxBytes) {
        String text = readLimited(body, maxBytes);
        try (JsonReader reader = JsonSupport.reader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return new Parsed(null, "The body must be a JSON object, not " + value.getValueType().name().toLowerCase() + ".");
            }
            return new Parsed(value.asJsonObject(), null);
        } catch (JsonParsingException e) {
            return new Parsed(null, "The body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException e) {
            return new Parsed(null, "The body is not valid JSON.");
        }
    }

    /**
     * How much of a body's rest past the limit is read and dropped before the 413, so that an ordinary client that is
     * still sending a body a little too large reads the answer instead of a reset connection.
     */
    static final long MAX_DRAINED_BYTES = 1024 * 1024;

    /**
     * Reads at most {@code maxBytes} (and one more, to know there is more). A larger body is refused there: at most
     * {@link #MAX_DRAINED_BYTES} more are read and dropped, and the answer closes the connection (the bundled listener
     * closes any connection whose unread rest is more than 64 KB), so a sender of 100 MB is stopped near the limit,
     * not served after its last byte.
     */
    private static String readLimited(InputStream body, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = body.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - out.size() + 1))) != -1) {
                if (out.size() + read > maxBytes) {
                    drain(body, buffer);
                    throw new BodyTooLargeException();
                }
                out.write(buffer, 0, read);
            }
        } catch (BodyLimitExceeded e) {
            throw new BodyTooLargeException();
        } catch (IOException e) {
            throw new jakarta.ws.rs.BadRequestException("The body could not be read.", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Drops up to {@link #MAX_DRAINED_BYTES} of what is left; any failure just ends the dropping. */
    private static void drain(InputStream body, byte[] buffer) {
        long dropped = 0;
        try {
            int read;
            while (dropped < MAX_DRAINED_BYTES && (read = body.read(buffer)) != -1) {
                dropped += read;
            }
        } catch (IOException e) {
            // the body's own limit, or the client gone: the 413 is the answer either way
        }
    }
}

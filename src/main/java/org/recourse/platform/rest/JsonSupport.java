package org.recourse.platform.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * One JSON-P provider for the application. {@code jakarta.json.Json}'s static methods look the provider up through
 * the class loader on every call, which profiling showed as lock contention under load.
 */
public final class JsonSupport {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonSupport() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** A JSON string value. */
    public static jakarta.json.JsonString string(String value) {
        return jakarta.json.Json.createValue(value);
    }

    /** An array of these strings. */
    public static JsonArrayBuilder array(java.util.Collection<String> strings) {
        JsonArrayBuilder array = array();
        strings.forEach(array::add);
        return array;
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}

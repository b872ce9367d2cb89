package org.recourse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/**
 * The served /openapi as a platform engineer's tools read it: swagger-parser's messages, what {@code openapi-generator
 * validate} calls errors (the same parser's messages, then the generator's own rules), the operation ids, and the
 * snapshot the tests' client is generated from (src/test/resources/openapi; see docs/integration.md).
 */
public final class OpenApiDocuments {

    public static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "recourse-api.json");

    /** The one command that refreshes the snapshot from a portal built from the current sources. */
    public static final String REFRESH = "mvn -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dit.test=PlatformLinkIT -Dopenapi.snapshot.write=true";

    /**
     * An operation id says what the call does: a verb a client's method can start with, then what it acts on
     * (registerContent, getReportStatus). A generated client names its methods after them, so they must be unique.
     */
    public static final Pattern OPERATION_ID = Pattern.compile("(get|list|file|register|screen|submit|verify|export"
            + "|create|update|delete|withdraw|cancel|revoke|retry|search|decide|import|link|reissue)[A-Z][A-Za-z0-9]*");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocuments() {
    }

    /** swagger-parser's messages on the document; none when the parser accepts it. */
    public static List<String> swaggerParserMessages(String document) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, resolving());
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    /** The errors {@code openapi-generator validate} reports, found the way it finds them. */
    public static List<String> openApiGeneratorErrors(String document) {
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, resolving());
        List<String> errors = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() != null) {
            new OpenApiEvaluator(new RuleConfiguration()).validate(result.getOpenAPI()).getErrors()
                    .forEach(e -> errors.add(e.getMessage() + " " + e.getDetails()));
        }
        return errors;
    }

    private static ParseOptions resolving() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    /** Every operation ("POST /api/v1/reports") by its id, in the document's order; a missing id is "". */
    public static Map<String, List<String>> operationsById(String document) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        read(document).path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                byId.computeIfAbsent(op.getValue().path("operationId").asText(""), id -> new ArrayList<>())
                        .add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return byId;
    }

    /**
     * The document as the snapshot holds it: without {@code servers}, which names the address the portal happened to
     * be reached at (a generated client is given its base address when it is made).
     */
    public static JsonNode snapshotOf(String served) {
        ObjectNode document = (ObjectNode) read(served);
        document.remove("servers");
        return document;
    }

    public static JsonNode committedSnapshot() {
        try {
            return JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeSnapshot(JsonNode snapshot) {
        try {
            Files.writeString(SNAPSHOT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(snapshot) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.apiclient.ApiClient;
import org.recourse.apiclient.ApiException;
import org.recourse.apiclient.api.ContentApi;
import org.recourse.apiclient.api.ReportsApi;
import org.recourse.apiclient.api.ScreeningApi;
import org.recourse.apiclient.model.ContentRegistration;
import org.recourse.apiclient.model.ContentVisibility;
import org.recourse.apiclient.model.ReportReceipt;
import org.recourse.apiclient.model.ReportRequest;
import org.recourse.apiclient.model.ReportedItem;
import org.recourse.apiclient.model.ScreeningVerdict;
import org.recourse.apiclient.model.UploadToScreen;
import org.recourse.testing.Http;
import org.recourse.testing.OpenApiDocuments;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;

/**
 * What a platform engineer does first with /openapi, against a real Payara Micro: the served document passes
 * swagger-parser and {@code openapi-generator validate}, its operation ids are unique and say what each call does, it
 * is the snapshot the build generates a Java client from (openapi-generator-maven-plugin, library "native", into
 * target/generated-test-sources), and that generated client registers content, files a report, asks visibility and
 * screens uploads on the running portal. Runs in the deployment of {@link PlatformLinkIT} (a nested class there), so
 * it costs no Payara Micro of its own.
 */
abstract class GeneratedClientContract {

    private static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Pattern ISSUED_KEY = Pattern.compile("id=\"issued-key\">(rk_[A-Za-z0-9_-]+)<");
    private static final Path IMAGES = Path.of("..", "shared", "pdq-vectors", "images", "bridge-mods");
    private static StaffClient admin;
    private static Map<String, String> keys;

    URL base;

    Http http;

    /** The portal under test (the enclosing test class's deployment). */
    abstract URL portal();

    @BeforeEach
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        if (admin == null) {
            admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
            keys = new HashMap<>();
            for (String scope : List.of("content:register", "content:read", "screen")) {
                keys.put(scope, makeKey("Generated client " + scope, scope));
            }
        }
    }

    private static String makeKey(String name, String scope) {
        admin.get("/staff/admin/clients");
        admin.submit("/staff/admin/clients", "clients", "clients:create",
                Map.of("clients:clientName", name, "clients:clientScopes", scope));
        Matcher key = ISSUED_KEY.matcher(admin.lastPage());
        assertThat(key.find()).as("the new key, shown once").isTrue();
        return key.group(1);
    }

    private String served() {
        HttpResponse<String> described = http.get("/openapi", "Accept", "application/json");
        assertThat(described.statusCode()).isEqualTo(200);
        return described.body();
    }

    /** The generated client as a platform service makes it: the portal's address, and its key on every call. */
    private ApiClient client(String scope) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (scope != null) {
            String key = keys.get(scope);
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }

    @Test
    @DisplayName("swagger-parser and openapi-generator validate accept the served document")
    void servedDocumentValidates() {
        // Act
        String document = served();

        // Assert
        assertThat(OpenApiDocuments.swaggerParserMessages(document)).as("swagger-parser's messages").isEmpty();
        assertThat(OpenApiDocuments.openApiGeneratorErrors(document)).as("openapi-generator validate").isEmpty();
    }

    @Test
    @DisplayName("every operation has its own id, a verb and what it acts on (registerContent)")
    void operationIdsAreUniqueAndMeaningful() {
        // Act
        Map<String, List<String>> byId = OpenApiDocuments.operationsById(served());

        // Assert
        assertThat(byId).as("operations by id").isNotEmpty().allSatisfy((id, operations) -> {
            assertThat(operations).as("operations with the id \"%s\"", id).hasSize(1);
            assertThat(id).as("the id of %s: a verb and a noun, in lowerCamelCase, set by @Operation(operationId)",
                    operations).matches(OpenApiDocuments.OPERATION_ID);
        });
    }

    @Test
    @DisplayName("the served document is the snapshot the client is generated from")
    void servedDocumentIsTheSnapshot() {
        // Act
        JsonNode snapshot = OpenApiDocuments.snapshotOf(served());
        if (Boolean.getBoolean("openapi.snapshot.write")) {
            OpenApiDocuments.writeSnapshot(snapshot);
        }

        // Assert
        assertThat(OpenApiDocuments.committedSnapshot())
                .as("%s is not what /openapi serves; refresh it with: %s", OpenApiDocuments.SNAPSHOT,
                        OpenApiDocuments.REFRESH)
                .isEqualTo(snapshot);
    }

    @Test
    @DisplayName("the generated client registers content, asks its visibility, files a report and screens uploads")
    void generatedClientWorks() throws Exception {
        // Arrange
        ContentApi uploads = new ContentApi(client("content:register"));
        ContentApi media = new ContentApi(client("content:read"));
        ScreeningApi screening = new ScreeningApi(client("screen"));
        ReportsApi reports = new ReportsApi(client(null));
        byte[] original = Files.readAllBytes(IMAGES.resolve("aaa-orig.jpg"));
        byte[] blurred = Files.readAllBytes(IMAGES.resolve("blur-a-lot.jpg"));

        // Act
        ContentVisibility registered = uploads.registerContent(new ContentRegistration().contentId("bridge-gen")
                .url("https://platform.example/p/bridge-gen").mediaType("image/jpeg").uploaderId("user-1")
                .bytes(original));
        ContentVisibility before = media.getContentVisibility("bridge-gen");
        ScreeningVerdict unreported = screening.screenUpload(new UploadToScreen().mediaType("image/jpeg")
                .uploaderId("user-5").bytes(blurred));
        ReportReceipt receipt = reports.fileReport(new ReportRequest().category("other_harmful")
                .addItemsItem(new ReportedItem().contentId("bridge-gen")));
        ContentVisibility after = media.getContentVisibility("bridge-gen");
        ScreeningVerdict held = screening.screenUpload(new UploadToScreen().mediaType("image/jpeg")
                .uploaderId("user-5").bytes(blurred));
        ApiException unknown = catchThrowableOfType(ApiException.class, () -> media.getContentVisibility("nope"));
        ApiException noKey = catchThrowableOfType(ApiException.class,
                () -> new ContentApi(client(null)).getContentVisibility("bridge-gen"));

        // Assert
        assertThat(registered.getVisibility()).isEqualTo(ContentVisibility.VisibilityEnum.VISIBLE);
        assertThat(before.getServed()).isTrue();
        assertThat(unreported.getVerdict()).as("nothing reported yet").isEqualTo(ScreeningVerdict.VerdictEnum.ALLOW);
        assertThat(receipt.getReference()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(receipt.getItemsHidden()).isEqualTo(1);
        assertThat(after.getVisibility()).isEqualTo(ContentVisibility.VisibilityEnum.HIDDEN_PENDING_REVIEW);
        assertThat(after.getServed()).isFalse();
        assertThat(after.getSequence()).isGreaterThan(before.getSequence());
        assertThat(held.getVerdict()).as("a changed copy of reported content")
                .isEqualTo(ScreeningVerdict.VerdictEnum.HOLD);
        assertThat(held.getMatches()).isNotEmpty();
        assertThat(unknown.getCode()).isEqualTo(404);
        assertThat(unknown.getResponseBody()).contains("\"status\":404");
        assertThat(noKey.getCode()).isEqualTo(401);
    }
}

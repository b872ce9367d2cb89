package org.recourse.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.content.UploaderContext.EventType;
import org.recourse.content.UploaderContext.IpCaptureEvent;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("Reading what a platform says about an uploader")
class UploaderContextReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final List<FieldProblem> problems = new ArrayList<>();

    private UploaderContext read(String json) {
        JsonObject body = Json.createReader(new StringReader(json)).readObject();
        return UploaderContextReader.read(body, "user-1", NOW, problems);
    }

    private List<String> fields() {
        return problems.stream().map(FieldProblem::field).toList();
    }

    private List<String> keys() {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    @DisplayName("a full account with events is read, addresses canonical, events oldest first, event type in words")
    void readsEverything() {
        // Arrange
        String json = """
                {"uploadedAt":"2026-12-01T09:58:12Z","uploader":{"screenName":" sunny_day ","email":"sunny@mail.example",
                 "ipEvents":[{"ipAddress":"2001:DB8:0:0:0:0:0:1","event":"login","at":"2026-12-01T09:00:00+01:00"},
                             {"ipAddress":"203.0.113.7","event":"upload","at":"2026-12-01T09:58:10Z","port":51234}]}}""";

        // Act
        UploaderContext context = read(json);

        // Assert
        assertThat(problems).isEmpty();
        assertThat(context.uploaderId()).isEqualTo("user-1");
        assertThat(context.screenName()).isEqualTo("sunny_day");
        assertThat(context.email()).isEqualTo("sunny@mail.example");
        assertThat(context.uploadedAt()).isEqualTo(Instant.parse("2026-12-01T09:58:12Z"));
        assertThat(context.ipEvents()).containsExactly(
                new IpCaptureEvent("2001:db8::1", EventType.LOGIN, Instant.parse("2026-12-01T08:00:00Z"), null),
                new IpCaptureEvent("203.0.113.7", EventType.UPLOAD, Instant.parse("2026-12-01T09:58:10Z"), 51234));
    }

    @Test
    @DisplayName("nothing sent is nothing read; an event without a type is 'unknown'")
    void nothingAndDefaults() {
        // Arrange, Act, Assert
        assertThat(read("{\"contentId\":\"x\"}")).isNull();
        UploaderContext context = read("{\"uploader\":{\"ipEvents\":[{\"ipAddress\":\"192.0.2.1\","
                + "\"at\":\"2026-12-01T00:00:00Z\"}]}}");
        assertThat(problems).isEmpty();
        assertThat(context.ipEvents()).singleElement().extracting(IpCaptureEvent::type).isEqualTo(EventType.UNKNOWN);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"attacker.example", "localhost", "192.0.2.1:443", "[2001:db8::1]", "[2001:db8::1]:443",
            "fe80::1%eth0", " 192.0.2.1", "192.0.2.1 ", "256.1.1.1", "1.2.3", "::ffff:999.1.1.1", "12345",
            "2001:db8::1::2", "", "0x7f.1", "1.2.3.4\n", "::::::::::::::::::::::::::::::::::::::::::::::::::1"})
    @DisplayName("an IP address that is not a plain literal is refused, without asking DNS")
    void refusesAddresses(String address) {
        // Arrange
        String json = Json.createObjectBuilder().add("uploader", Json.createObjectBuilder().add("ipEvents",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("ipAddress", address)
                        .add("at", "2026-12-01T00:00:00Z")))).build().toString();

        // Act
        UploaderContext context = read(json);

        // Assert
        assertThat(problems).extracting(FieldProblem::field).containsExactly("uploader.ipEvents[0].ipAddress");
        assertThat(keys()).containsExactly("api.error.uploader.ip.malformed");
        assertThat(context.ipEvents()).isEmpty();
    }

    @Test
    @DisplayName("more than 50 events are refused as a whole, without reading them")
    void tooManyEvents() {
        // Arrange
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (int i = 0; i < 51; i++) {
            events.add(Json.createObjectBuilder().add("ipAddress", "not an address").add("at", "x"));
        }
        String json = Json.createObjectBuilder().add("uploader", Json.createObjectBuilder().add("ipEvents", events))
                .build().toString();

        // Act
        read(json);

        // Assert: one problem, naming the limit and the count, not 102
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("uploader.ipEvents");
            assertThat(p.messageKey()).isEqualTo("api.error.uploader.events.tooMany");
            assertThat(p.arguments()).containsExactly(50, 51);
        });
    }

    @Test
    @DisplayName("every mistake is named at once, each under its own field")
    void everyProblemAtOnce() {
        // Arrange
        String json = """
                {"uploadedAt":"2027-01-01T00:00:00Z","uploader":{"screenName":"a\\u202Eb","email":"not-an-email",
                 "shoeSize":44,"ipEvents":[7,{"ipAddress":"192.0.2.1","event":"LOGOUT","at":"yesterday","port":70000,
                 "isp":"x"},{"ipAddress":"192.0.2.2","event":"login","port":1.5},{"ipAddress":3,"at":null}]}}""";

        // Act
        read(json);

        // Assert
        assertThat(fields()).containsExactlyInAnyOrder("uploadedAt", "uploader.screenName", "uploader.email",
                "uploader.shoeSize", "uploader.ipEvents[0]", "uploader.ipEvents[1].isp",
                "uploader.ipEvents[1].event", "uploader.ipEvents[1].at", "uploader.ipEvents[1].port",
                "uploader.ipEvents[2].at", "uploader.ipEvents[2].port", "uploader.ipEvents[3].ipAddress",
                "uploader.ipEvents[3].ipAddress", "uploader.ipEvents[3].at");
        assertThat(keys()).contains("api.error.uploader.time.outOfRange", "api.error.uploader.screenName.malformed",
                "api.error.uploader.email.malformed", "api.error.uploader.unknownField",
                "api.error.uploader.event.notObject", "api.error.uploader.event.type",
                "api.error.uploader.time.malformed", "api.error.uploader.event.port",
                "api.error.uploader.event.atMissing", "api.error.type.string", "api.error.uploader.ip.missing");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2026-12-06T10:06:00Z", "1990-12-31T23:59:59Z", "2026-12-06T10:00:00", "2026-12-06",
            "+1000000000-12-06T10:00:00Z", "2026-12-06T10:00:00.000000000000000000000000000000000000Z"})
    @DisplayName("a time in the future (beyond five minutes), before 1991, without an offset or too long is refused")
    void refusesTimes(String time) {
        // Arrange, Act
        read("{\"uploadedAt\":\"" + time + "\"}");

        // Assert
        assertThat(fields()).containsExactly("uploadedAt");
    }

    @Test
    @DisplayName("a clock a little ahead is allowed")
    void smallSkew() {
        // Arrange, Act
        UploaderContext context = read("{\"uploadedAt\":\"2026-12-06T10:04:00Z\"}");

        // Assert
        assertThat(problems).isEmpty();
        assertThat(context.uploadedAt()).isEqualTo(Instant.parse("2026-12-06T10:04:00Z"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"a@b", "@mail.example", "x@mail.example\r\nBcc: y@mail.example", "x y@mail.example",
            "<x@mail.example>", "x@-mail.example", "x@mail..example", "x@m\u00e4il.example"})
    @DisplayName("an address that is not a plain email address is refused")
    void refusesEmails(String email) {
        // Arrange, Act
        read(Json.createObjectBuilder().add("uploader", Json.createObjectBuilder().add("email", email)).build()
                .toString());

        // Assert
        assertThat(fields()).containsExactly("uploader.email");
    }

    @Test
    @DisplayName("an email over 254 characters and a screen name over 200 are refused")
    void lengths() {
        // Arrange
        String email = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(4) + "example";
        String name = "n".repeat(201);

        // Act
        read(Json.createObjectBuilder().add("uploader", Json.createObjectBuilder().add("email", email)
                .add("screenName", name)).build().toString());

        // Assert
        assertThat(email.length()).isGreaterThan(254);
        assertThat(fields()).containsExactlyInAnyOrder("uploader.email", "uploader.screenName");
    }

    @Test
    @DisplayName("uploader of the wrong shape is named, as are the events not being a list")
    void wrongShapes() {
        // Arrange, Act
        read("{\"uploader\":\"user-1\"}");
        read("{\"uploader\":{\"ipEvents\":{\"ipAddress\":\"192.0.2.1\"}}}");

        // Assert
        assertThat(keys()).containsExactly("api.error.type.anObject", "api.error.uploader.events.notList");
    }

    @Test
    @DisplayName("an unknown field's name is named back cut short and without control characters")
    void hostileFieldNames() {
        // Arrange
        String json = Json.createObjectBuilder().add("uploader", Json.createObjectBuilder()
                .add("x\u0000\n" + "y".repeat(500), 1)).build().toString();

        // Act
        read(json);

        // Assert
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).startsWith("uploader.x??y").hasSizeLessThan(60).doesNotContain("\n");
            assertThat(p.arguments().get(0).toString()).doesNotContain("\u0000");
        });
    }

    @Test
    @DisplayName("the uploader object as a query parameter's text: read alike, refused when not JSON or too long")
    void fromText() {
        // Arrange, Act
        UploaderContext context = UploaderContextReader.read("{\"screenName\":\"v\"}", "2026-12-01T00:00:00Z",
                "user-9", NOW, problems);
        UploaderContextReader.read("{not json", null, "user-9", NOW, problems);
        UploaderContextReader.read("\"" + "x".repeat(17 * 1024) + "\"", null, "user-9", NOW, problems);

        // Assert
        assertThat(context.screenName()).isEqualTo("v");
        assertThat(context.uploadedAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(keys()).containsExactly("api.error.type.anObject", "api.error.uploader.tooLong");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({"2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "0:0:0:0:0:0:0:1, ::1",
            "2001:db8:0:0:0:0:2:1, 2001:db8::2:1", "2001:0:0:1:0:0:0:1, 2001:0:0:1::1", "::, ::",
            "2001:db8:1:1:1:1:1:1, 2001:db8:1:1:1:1:1:1", "::ffff:192.0.2.1, 192.0.2.1"})
    @DisplayName("IPv6 is written as RFC 5952 says")
    void canonicalIpv6(String given, String canonical) {
        // Arrange, Act
        String address = UploaderContextReader.address(given, "f", problems);

        // Assert
        assertThat(address).isEqualTo(canonical);
    }
}

package org.recourse.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("The upload's context as a platform sends it: bounded, checked, every problem named at once")
class UploadContextReaderTest {

    private static JsonObject body(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    @DisplayName("a full context is read, the address as a literal, duplicate performer ids once")
    void reads() throws Exception {
        // Arrange
        List<FieldProblem> problems = new ArrayList<>();

        // Act
        UploadContext context = UploadContextReader.read(body("{\"context\":{\"accountAgeDays\":3,\"verification\":"
                + "\"phone\",\"anonymisingNetwork\":false,\"clientAddress\":\"2001:db8::7\",\"contentClass\":\"adult\","
                + "\"performers\":[\"rec-1\",\"rec-2\",\"rec-1\"]}}"), problems);

        // Assert
        assertThat(problems).isEmpty();
        assertThat(context.accountAgeDays()).isEqualTo(3);
        assertThat(context.verification()).isEqualTo(Verification.PHONE);
        assertThat(context.anonymisingNetwork()).isFalse();
        assertThat(context.clientAddress()).isEqualTo(java.net.InetAddress.getByName("2001:db8::7"));
        assertThat(context.contentClass()).isEqualTo(ContentClass.ADULT);
        assertThat(context.performers()).containsExactly("rec-1", "rec-2");
        assertThat(context.toString()).doesNotContain("2001").doesNotContain("db8");
    }

    @Test
    @DisplayName("no context is the empty context")
    void none() {
        // Act & Assert
        assertThat(UploadContextReader.read(body("{}"), new ArrayList<>())).isEqualTo(UploadContext.NONE);
        assertThat(UploadContextReader.read(body("{\"context\":null}"), new ArrayList<>()))
                .isEqualTo(UploadContext.NONE);
    }

    @Test
    @DisplayName("every bad field is named at once, under its own name, and the address sent is never repeated")
    void hostile() {
        // Arrange
        List<FieldProblem> problems = new ArrayList<>();

        // Act
        UploadContextReader.read(body("{\"context\":{\"accountAgeDays\":-1,\"verification\":\"passport\","
                + "\"anonymisingNetwork\":\"yes\",\"clientAddress\":\"tor-exit.attacker.example\",\"contentClass\":"
                + "\"ADULT\",\"performers\":[\"ok-1\",7,\"bad id\",\"" + "x".repeat(129) + "\"],\"role\":\"admin\"}}"),
                problems);

        // Assert
        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("context.role",
                "context.accountAgeDays", "context.verification", "context.anonymisingNetwork",
                "context.clientAddress", "context.contentClass", "context.performers[1]", "context.performers[2]",
                "context.performers[3]");
        assertThat(problems).flatExtracting(FieldProblem::arguments).map(String::valueOf)
                .noneMatch(argument -> argument.contains("attacker"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"1.2.3.4:80", "[2001:db8::1]:443", "999.1.1.1", "localhost", "", "1.2.3",
        "2001:db8::1/64", "0x7f.1"})
    @DisplayName("an address with a port, a name or a malformed literal is refused (and never looked up)")
    void addresses(String address) {
        // Arrange
        List<FieldProblem> problems = new ArrayList<>();

        // Act
        UploadContext context = UploadContextReader.read(body("{\"context\":{\"clientAddress\":\"" + address + "\"}}"),
                problems);

        // Assert
        assertThat(context.clientAddress()).isNull();
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("api.error.context.clientAddress");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.5", "36501", "1e9", "\"3\"", "true", "99999999999999999999"})
    @DisplayName("an account age that is not a whole number of days in range is refused")
    void ages(String age) {
        // Arrange
        List<FieldProblem> problems = new ArrayList<>();

        // Act
        UploadContextReader.read(body("{\"context\":{\"accountAgeDays\":" + age + "}}"), problems);

        // Assert
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("api.error.context.accountAgeDays");
    }

    @Test
    @DisplayName("too many performers are refused without reading them; a context that is no object is named")
    void bounds() {
        // Arrange
        List<FieldProblem> tooMany = new ArrayList<>();
        List<FieldProblem> notObject = new ArrayList<>();
        List<FieldProblem> longText = new ArrayList<>();
        String ids = String.join(",", java.util.Collections.nCopies(51, "\"p\""));

        // Act
        UploadContextReader.read(body("{\"context\":{\"performers\":[" + ids + "]}}"), tooMany);
        UploadContextReader.read(body("{\"context\":[1]}"), notObject);
        UploadContextReader.read("{\"performers\":[\"" + "a".repeat(5000) + "\"]}", longText);

        // Assert
        assertThat(tooMany).extracting(FieldProblem::messageKey)
                .containsExactly("api.error.context.performers.tooMany");
        assertThat(notObject).extracting(FieldProblem::field).containsExactly("context");
        assertThat(longText).extracting(FieldProblem::messageKey).containsExactly("api.error.context.tooLong");
    }
}

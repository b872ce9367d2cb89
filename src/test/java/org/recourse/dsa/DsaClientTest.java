package org.recourse.dsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Category;
import org.recourse.dsa.StatementFacts.Automation;
import org.recourse.dsa.StatementFacts.Detection;
import org.recourse.dsa.StatementFacts.Restriction;
import org.recourse.testing.DsaReceiver;

@DisplayName("The client of the DSA transparency database against the local test receiver")
class DsaClientTest {

    private static final String TOKEN = "7|tests-only-dsa-token";

    private final DsaReceiver receiver = DsaReceiver.start(TOKEN);

    @AfterEach
    void stop() {
        receiver.close();
    }

    private DsaClient client(String token) {
        return new DsaClient(URI.create(receiver.url() + "/api/v1/statements"), token, Duration.ofSeconds(5));
    }

    private static String statement(long id) {
        return Statements.mapping().map(new StatementFacts(id, 1, Restriction.REMOVED, Category.SURVIVOR_ADULT_IMAGE,
                Detection.REPORT, Statements.POLICY, Optional.empty(), false, Automation.NOT_AUTOMATED,
                Optional.of("image/jpeg"), Statements.UPLOADED, Statements.ISSUED)).orElseThrow().toJson().toString();
    }

    private static List<String> statements(int count) {
        return IntStream.range(0, count).mapToObj(i -> statement(1000 + i)).toList();
    }

    @Test
    @DisplayName("a batch of 100 is created: 201 with a uuid for every puid")
    void fullBatch() {
        // Act
        BatchOutcome outcome = client(TOKEN).send(statements(100));

        // Assert
        assertThat(outcome).isInstanceOfSatisfying(BatchOutcome.Created.class,
                created -> assertThat(created.uuids()).hasSize(100).allSatisfy((puid, uuid) -> assertThat(uuid)
                        .matches("[0-9a-f-]{36}")));
        assertThat(receiver.statements()).hasSize(100);
        assertThat(receiver.batches()).containsExactly(100);
    }

    @Test
    @DisplayName("more than 100 statements are never sent")
    void overLimit() {
        assertThatThrownBy(() -> client(TOKEN).send(statements(101))).isInstanceOf(IllegalArgumentException.class);
        assertThat(receiver.batches()).isEmpty();
    }

    @Test
    @DisplayName("a statement the database finds fault with: 422, that one named with its field, nothing created")
    void refused() {
        // Arrange
        String faulty = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(statement(7))).readObject())
                .add("category", "STATEMENT_CATEGORY_MADE_UP").build().toString();

        // Act
        BatchOutcome outcome = client(TOKEN).send(List.of(statement(6), faulty, statement(8)));

        // Assert
        assertThat(outcome).isInstanceOfSatisfying(BatchOutcome.Refused.class, refused -> {
            assertThat(refused.refused()).containsOnlyKeys(1);
            assertThat(refused.refused().get(1)).contains("category").contains("invalid");
            assertThat(refused.duplicates()).isEmpty();
        });
        assertThat(receiver.statements()).isEmpty();
        assertThat(receiver.answers()).containsExactly(422);
    }

    @Test
    @DisplayName("a puid the database already has (a resend after a lost answer) is told apart from a fault")
    void duplicate() {
        // Arrange
        client(TOKEN).send(List.of(statement(6)));

        // Act
        BatchOutcome outcome = client(TOKEN).send(List.of(statement(6), statement(9)));

        // Assert
        assertThat(outcome).isInstanceOfSatisfying(BatchOutcome.Refused.class, refused -> {
            assertThat(refused.duplicates()).containsExactly(0);
            assertThat(refused.refused()).isEmpty();
        });
    }

    @Test
    @DisplayName("without the right token: 401, told apart from a failure that may pass")
    void wrongToken() {
        assertThat(client("7|stolen")).extracting(client -> client.send(statements(1)))
                .isEqualTo(new BatchOutcome.Unauthorized(401));
        assertThat(receiver.statements()).isEmpty();
    }

    @Test
    @DisplayName("the database down (503) or unreachable: unavailable, to be tried again")
    void down() {
        // Arrange
        receiver.down();

        // Act
        BatchOutcome down = client(TOKEN).send(statements(2));
        receiver.close();
        BatchOutcome unreachable = client(TOKEN).send(statements(2));

        // Assert
        assertThat(down).isInstanceOf(BatchOutcome.Unavailable.class);
        assertThat(unreachable).isInstanceOf(BatchOutcome.Unavailable.class);
    }

    @Test
    @DisplayName("an answer that does not say what was created is not taken as a success")
    void unreadableAnswer() {
        assertThat(DsaClient.outcome(201, "{\"statements\":[]}", 2)).isInstanceOf(BatchOutcome.Unavailable.class);
        assertThat(DsaClient.outcome(422, "<html>", 2)).isInstanceOf(BatchOutcome.Unavailable.class);
        assertThat(DsaClient.outcome(422, "{\"errors\":{\"statement_5\":{\"puid\":[\"x\"]}}}", 2))
                .isInstanceOf(BatchOutcome.Unavailable.class);
    }

    @Test
    @DisplayName("a fault of the batch as a whole puts every statement at fault")
    void batchFault() {
        assertThat(DsaClient.outcome(422, "{\"errors\":{\"statements\":[\"too many\"]}}", 2))
                .isInstanceOfSatisfying(BatchOutcome.Refused.class,
                        refused -> assertThat(refused.refused()).containsOnlyKeys(0, 1));
    }
}

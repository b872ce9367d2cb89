package org.recourse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One audit row's seal, without a database: the HMAC covers the link and every field, so no field can change (or
 * text move from one field to the next) without the hash saying so; the old unkeyed SHA-256 is what sealing reads.
 */
@DisplayName("Audit event: the seal over the link and every field")
class AuditEventTest {

    private static final byte[] KEY = "tests-only audit chain key, 32+b".getBytes(StandardCharsets.UTF_8);
    private static final ChainKey CHAIN = new ChainKey(KEY);
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123Z");
    private static final String PREVIOUS = "ab".repeat(32);

    /** The fields of a row, to vary one at a time. */
    private record Row(long id, Instant at, String actor, String action, String subject, String detail,
            String previous) {

        AuditEvent sealed(ChainKey key) {
            return new AuditEvent(id, at, actor, action, subject, detail, previous, key.mac());
        }
    }

    private static final Row ROW = new Row(7, AT, "admin", "bank.entry.added", "entry 42", "by hand", PREVIOUS);

    /** The documented encoding, written out again: each field as its UTF-8 length, a colon, its bytes (-1: if null). */
    private static byte[] encoded(Row row) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {row.previous(), Long.toString(row.id()), row.at().toString(), row.actor(),
                row.action(), row.subject(), row.detail()}) {
            text.append(field == null ? "-1:" : field.getBytes(StandardCharsets.UTF_8).length + ":" + field);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the hash is HMAC-SHA256, under the chain's key, of the link and every field, length-prefixed")
    void keyedHash() throws Exception {
        // Arrange
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));

        // Act
        AuditEvent event = ROW.sealed(CHAIN);

        // Assert
        assertThat(event.hash()).isEqualTo(HexFormat.of().formatHex(mac.doFinal(encoded(ROW))));
        assertThat(event.previousHash()).isEqualTo(PREVIOUS);
        assertThat(event.keyedHash(CHAIN.mac())).as("recomputed as verification does").isEqualTo(event.hash());
    }

    static Stream<Named<UnaryOperator<Row>>> oneFieldChanged() {
        return Stream.of(
                Named.of("id", r -> new Row(8, r.at(), r.actor(), r.action(), r.subject(), r.detail(), r.previous())),
                Named.of("time", r -> new Row(r.id(), r.at().plusMillis(1), r.actor(), r.action(), r.subject(),
                        r.detail(), r.previous())),
                Named.of("actor", r -> new Row(r.id(), r.at(), "someone else", r.action(), r.subject(), r.detail(),
                        r.previous())),
                Named.of("action", r -> new Row(r.id(), r.at(), r.actor(), "bank.entry.removed", r.subject(),
                        r.detail(), r.previous())),
                Named.of("subject", r -> new Row(r.id(), r.at(), r.actor(), r.action(), "entry 43", r.detail(),
                        r.previous())),
                Named.of("detail", r -> new Row(r.id(), r.at(), r.actor(), r.action(), r.subject(), "by hand.",
                        r.previous())),
                Named.of("link", r -> new Row(r.id(), r.at(), r.actor(), r.action(), r.subject(), r.detail(),
                        "cd".repeat(32))),
                Named.of("text moved from the actor to the action", r -> new Row(r.id(), r.at(), "admi",
                        "nbank.entry.added", r.subject(), r.detail(), r.previous())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    @DisplayName("changing any one field changes the hash")
    void everyFieldCounts(UnaryOperator<Row> change) {
        // Arrange
        Row changed = change.apply(ROW);

        // Act
        AuditEvent original = ROW.sealed(CHAIN);
        AuditEvent other = changed.sealed(CHAIN);

        // Assert
        assertThat(other.hash()).isNotEqualTo(original.hash());
    }

    @Test
    @DisplayName("an absent subject and an empty one hash differently")
    void absentIsNotEmpty() {
        // Arrange
        Row absent = new Row(ROW.id(), AT, ROW.actor(), ROW.action(), null, ROW.detail(), PREVIOUS);
        Row empty = new Row(ROW.id(), AT, ROW.actor(), ROW.action(), "", ROW.detail(), PREVIOUS);

        // Act / Assert
        assertThat(absent.sealed(CHAIN).hash()).isNotEqualTo(empty.sealed(CHAIN).hash());
    }

    @Test
    @DisplayName("the time is kept to the millisecond, so the hash is over what the database stores")
    void millisecondTime() {
        // Arrange
        Row precise = new Row(ROW.id(), AT.plusNanos(456_789), ROW.actor(), ROW.action(), ROW.subject(), ROW.detail(),
                PREVIOUS);

        // Act
        AuditEvent event = precise.sealed(CHAIN);

        // Assert
        assertThat(event.occurredAt()).isEqualTo(AT);
        assertThat(event.hash()).isEqualTo(ROW.sealed(CHAIN).hash());
    }

    @Test
    @DisplayName("under another key the same row has another hash: only the portal's key makes one that verifies")
    void anotherKey() {
        // Arrange
        ChainKey other = new ChainKey("another key, not the portal's 32".getBytes(StandardCharsets.UTF_8));

        // Act
        AuditEvent event = ROW.sealed(CHAIN);

        // Assert
        assertThat(event.keyedHash(other.mac())).isNotEqualTo(event.hash());
    }

    @Test
    @DisplayName("the unkeyed hash is the old SHA-256 over the same encoding, which anyone could recompute")
    void unkeyedHash() throws Exception {
        // Arrange
        AuditEvent event = ROW.sealed(CHAIN);

        // Act
        String unkeyed = event.unkeyedHash();

        // Assert
        assertThat(unkeyed).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(encoded(ROW))));
    }

    @Test
    @DisplayName("sealing links the row to a new previous hash and seals it under the key again")
    void seal() {
        // Arrange
        AuditEvent event = ROW.sealed(new ChainKey("the key of a chain before sealing".getBytes(StandardCharsets.UTF_8)));
        String relinked = "ef".repeat(32);

        // Act
        event.seal(relinked, CHAIN.mac());

        // Assert
        assertThat(event.previousHash()).isEqualTo(relinked);
        assertThat(event.hash()).isEqualTo(new Row(ROW.id(), AT, ROW.actor(), ROW.action(), ROW.subject(),
                ROW.detail(), relinked).sealed(CHAIN).hash());
    }

    @Test
    @DisplayName("a row needs a time, an actor, an action and a link; subject and detail may be absent")
    void requiredFields() {
        // Act / Assert
        assertThatThrownBy(() -> new AuditEvent(1, null, "a", "b", null, null, PREVIOUS, CHAIN.mac()))
                .hasMessage("A time is required.");
        assertThatThrownBy(() -> new AuditEvent(1, AT, null, "b", null, null, PREVIOUS, CHAIN.mac()))
                .hasMessage("An actor is required.");
        assertThatThrownBy(() -> new AuditEvent(1, AT, "a", null, null, null, PREVIOUS, CHAIN.mac()))
                .hasMessage("An action is required.");
        assertThatThrownBy(() -> new AuditEvent(1, AT, "a", "b", null, null, null, CHAIN.mac()))
                .hasMessage("The previous hash is required.");
        assertThat(new AuditEvent(1, AT, "a", "b", null, null, AuditEvent.GENESIS, CHAIN.mac()).hash()).hasSize(64);
    }
}

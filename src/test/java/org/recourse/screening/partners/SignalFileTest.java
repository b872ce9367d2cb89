package org.recourse.screening.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A partner signal file is read only when signed by the partner's key, hashed under the partnership's key,"
        + " newer than the last, within bounds and well formed; each fault is named")
class SignalFileTest {

    private static final Instant NOW = Instant.parse("2026-12-06T16:30:00Z");
    private static final ExchangeKey PARTNER = ExchangeKey.generate();
    private static final SignalHasher HASHER = SignalHasher.ofBase64(SignalHasher.newKey()).orElseThrow();
    private static final List<SharedSignal> SIGNALS = List.of(
            new SharedSignal(IdentifierKind.EMAIL, HASHER.hashRaw(IdentifierKind.EMAIL, "ana@example.org")
                    .orElseThrow(), "child_sexual_imagery", LocalDate.parse("2026-11-28")),
            new SharedSignal(IdentifierKind.PHONE, HASHER.hashRaw(IdentifierKind.PHONE, "+15145550199")
                    .orElseThrow(), "staff_decision", LocalDate.parse("2026-12-01")));

    private static String file() {
        return SignalFile.write("file-0001", NOW.minusSeconds(60), "Partner Video", HASHER, SIGNALS, PARTNER);
    }

    private static SignalFile.Expected expected(Instant newest) {
        return new SignalFile.Expected(PARTNER, HASHER.keyId(), newest, NOW, 64 * 1024, 1000);
    }

    private static SignalFile.Accepted read(String text) {
        return SignalFile.read(text.getBytes(StandardCharsets.UTF_8), expected(null));
    }

    /** The file's signed lines changed by {@code change}, then signed again by the partner (a well-signed bad file). */
    private static String resigned(UnaryOperator<String> change) {
        String text = file();
        String body = text.substring(0, text.lastIndexOf("{\"signature\""));
        String changed = change.apply(body);
        return changed + "{\"signature\":\"" + Base64.getEncoder().encodeToString(PARTNER.sign(
                changed.getBytes(StandardCharsets.UTF_8))) + "\"}\n";
    }

    private static void refused(ThrowingCallable reading, Refusal refusal) {
        assertThatThrownBy(reading).isInstanceOf(FileRefusedException.class)
                .satisfies(e -> assertThat(((FileRefusedException) e).refusal()).isEqualTo(refusal));
    }

    @Test
    @DisplayName("a file written and signed here reads back whole, with its header")
    void roundTrip() {
        // Act
        SignalFile.Accepted accepted = read(file());

        // Assert
        assertThat(accepted.signals()).isEqualTo(SIGNALS);
        assertThat(accepted.header().fileId()).isEqualTo("file-0001");
        assertThat(accepted.header().source()).isEqualTo("Partner Video");
        assertThat(accepted.header().signer()).isEqualTo(PARTNER.fingerprint());
        assertThat(file()).doesNotContain("ana@example.org").doesNotContain("5145550199");
    }

    @Test
    @DisplayName("the signature is an Ed25519 signature of every byte before the signature line")
    void signatureCoversTheBody() {
        // Arrange
        String text = file();
        int cut = text.lastIndexOf("{\"signature\"");
        String signature = text.substring(cut).replaceAll(".*\"signature\":\"([^\"]+)\".*\\s*", "$1");

        // Act + Assert
        assertThat(PARTNER.verifies(text.substring(0, cut).getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(signature))).isTrue();
    }

    @Test
    @DisplayName("unsigned: no signature line, or a last line that is not one")
    void unsigned() {
        // Arrange
        String text = file();
        String withoutSignature = text.substring(0, text.lastIndexOf("{\"signature\""));

        // Act + Assert
        refused(() -> read(withoutSignature), Refusal.UNSIGNED);
        refused(() -> read(text.lines().findFirst().orElseThrow()), Refusal.UNSIGNED);
    }

    @Test
    @DisplayName("badly signed: a changed hash, a changed reason, or a signature that is not 64 bytes")
    void badSignature() {
        // Arrange
        String text = file();
        String changedHash = text.replace(SIGNALS.get(0).hash(), SIGNALS.get(0).hash().replace('a', 'b')
                .replace('0', '1'));
        String changedReason = text.replace("staff_decision", "other_harmful");
        String shortSignature = text.substring(0, text.lastIndexOf("{\"signature\"")) + "{\"signature\":\"AAAA\"}\n";

        // Act + Assert
        refused(() -> read(changedHash), Refusal.BAD_SIGNATURE);
        refused(() -> read(changedReason), Refusal.BAD_SIGNATURE);
        refused(() -> read(shortSignature), Refusal.BAD_SIGNATURE);
    }

    @Test
    @DisplayName("wrong partner: signed by another key, even one claiming the partner's fingerprint")
    void wrongSigner() {
        // Arrange
        ExchangeKey other = ExchangeKey.generate();
        String byOther = SignalFile.write("file-0002", NOW, "Someone else", HASHER, SIGNALS, other);
        String claimingPartner = byOther.replace(other.fingerprint(), PARTNER.fingerprint());

        // Act + Assert
        refused(() -> read(byOther), Refusal.WRONG_PARTNER);
        refused(() -> read(claimingPartner), Refusal.BAD_SIGNATURE);
    }

    @Test
    @DisplayName("wrong partner: hashed under another partnership's key (its signals would never match)")
    void wrongHmacKey() {
        // Arrange
        SignalHasher otherKey = SignalHasher.ofBase64(SignalHasher.newKey()).orElseThrow();
        String text = SignalFile.write("file-0003", NOW, "Partner Video", otherKey, SIGNALS, PARTNER);

        // Act + Assert
        refused(() -> read(text), Refusal.WRONG_PARTNER);
    }

    @Test
    @DisplayName("replayed or older: a file not newer than the last one imported from the partner")
    void replayed() {
        // Arrange
        byte[] bytes = file().getBytes(StandardCharsets.UTF_8);
        Instant madeAt = NOW.minusSeconds(60);

        // Act + Assert
        refused(() -> SignalFile.read(bytes, expected(madeAt)), Refusal.REPLAYED);
        refused(() -> SignalFile.read(bytes, expected(NOW)), Refusal.REPLAYED);
        assertThat(SignalFile.read(bytes, expected(madeAt.minusSeconds(1))).signals()).hasSize(2);
    }

    @Test
    @DisplayName("oversized: more bytes or more signals than allowed, refused before anything else")
    void oversized() {
        // Arrange
        byte[] bytes = file().getBytes(StandardCharsets.UTF_8);

        // Act + Assert
        refused(() -> SignalFile.read(bytes, new SignalFile.Expected(PARTNER, HASHER.keyId(), null, NOW,
                bytes.length - 1, 1000)), Refusal.OVERSIZED);
        refused(() -> SignalFile.read(bytes, new SignalFile.Expected(PARTNER, HASHER.keyId(), null, NOW,
                bytes.length, 1)), Refusal.OVERSIZED);
    }

    @Test
    @DisplayName("malformed, even when well signed: not UTF-8, a line not JSON, an unknown kind, an extra field, a "
            + "bad hash or date, a count that differs, a time in the future")
    void malformed() {
        // Arrange
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, '\n', '{', '}', '\n'};
        String notJson = resigned(body -> body + "not json\n");
        String unknownKind = resigned(body -> body.replace("\"kind\":\"phone\"", "\"kind\":\"ip\""));
        String extraField = resigned(body -> body.replace("\"kind\":\"phone\"", "\"kind\":\"phone\",\"raw\":\"x\""));
        String badHash = resigned(body -> body.replace(SIGNALS.get(1).hash(), "ABC"));
        String badDate = resigned(body -> body.replace("2026-12-01", "1 December"));
        String count = resigned(body -> body.replace("\"signals\":2", "\"signals\":3"));
        String future = resigned(body -> body.replace(NOW.minusSeconds(60).toString(), "2027-01-01T00:00:00Z"));

        // Act + Assert
        refused(() -> SignalFile.read(notUtf8, expected(null)), Refusal.MALFORMED);
        for (String text : List.of(notJson, unknownKind, extraField, badHash, badDate, count, future)) {
            refused(() -> read(text), Refusal.MALFORMED);
        }
        assertThatThrownBy(() -> read(unknownKind)).satisfies(e ->
                assertThat(((FileRefusedException) e).line()).isEqualTo(3));
    }

    @Test
    @DisplayName("another format or version is named as such")
    void unsupported() {
        // Arrange
        String version2 = resigned(body -> body.replace("\"version\":1", "\"version\":2"));
        String otherFormat = resigned(body -> body.replace(SignalFile.FORMAT, "threatexchange"));

        // Act + Assert
        refused(() -> read(version2), Refusal.UNSUPPORTED_VERSION);
        refused(() -> read(otherFormat), Refusal.UNSUPPORTED_VERSION);
    }
}

package org.recourse.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Category;

/**
 * The envelope of a record, without a database: what is sealed opens to the same bytes and hashes; a part moved to
 * another name or record, one flipped byte anywhere, a wrong manifest hash or a missing key fail, naming the record;
 * rotation re-wraps the data key so that the old vault key is no longer needed; a shredded record opens no more.
 */
@DisplayName("Record seal: envelope encryption of evidence")
class RecordSealTest {

    private static final Instant SEALED_AT = Instant.parse("2026-12-06T09:30:00Z");
    private static final byte[] PICTURE = "not a real picture, only bytes the test made".getBytes(StandardCharsets.UTF_8);
    private static final byte[] METADATA = "{\"format\":\"recourse-evidence-metadata/1\"}".getBytes(StandardCharsets.UTF_8);
    private static final String PDQ = "f".repeat(64);

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final String keyA = randomKey();
    private final String keyB = randomKey();
    private final VaultKeys underA = VaultKeys.ofBase64(keyA, null);

    private record Sealed(EvidenceRecord record, List<EvidencePart> parts) {
    }

    private static Sealed seal(VaultKeys keys, long recordId) {
        RecordSeal.Sealed sealed = RecordSeal.seal(keys.current(), recordId, 12, 34, SEALED_AT, METADATA,
                List.of(new RecordSeal.PlainPart("content/1.png", "image/png", PICTURE)), List.of(PDQ));
        EvidenceRecord record = new EvidenceRecord(recordId, 12, 34, 56L, Category.CHILD_SEXUAL_IMAGERY, SEALED_AT,
                "mona", sealed.vaultKeyId(), sealed.wrappedKey(), sealed.manifestSha256());
        return new Sealed(record, new ArrayList<>(sealed.parts()));
    }

    private static EvidencePart withCiphertext(EvidencePart part, byte[] ciphertext, String name) {
        return new EvidencePart(part.recordId(), part.index(), name, part.mediaType(), part.plainSize(), part.nonce(),
                ciphertext);
    }

    @Test
    @DisplayName("what is sealed opens to the same bytes and hashes, and no part holds the plain bytes")
    void roundTrip() {
        // Arrange
        Sealed sealed = seal(underA, 7);

        // Act
        RecordSeal.Opened opened = RecordSeal.open(underA, sealed.record(), sealed.parts());

        // Assert
        assertThat(opened.metadataJson()).isEqualTo(METADATA);
        assertThat(opened.files()).singleElement().satisfies(file -> {
            assertThat(file.bytes()).isEqualTo(PICTURE);
            assertThat(file.name()).isEqualTo("content/1.png");
        });
        assertThat(opened.manifest().files()).singleElement().satisfies(file -> {
            assertThat(file.sha256()).isEqualTo(Manifest.sha256(PICTURE));
            assertThat(file.md5()).isEqualTo(Manifest.md5(PICTURE));
            assertThat(file.pdq()).isEqualTo(PDQ);
        });
        assertThat(sealed.parts()).extracting(EvidencePart::name)
                .containsExactly(Manifest.PART, RecordSeal.METADATA, "content/1.png");
        assertThat(sealed.parts()).allSatisfy(part -> assertThat(new String(part.ciphertext(),
                StandardCharsets.ISO_8859_1)).doesNotContain("not a real picture").doesNotContain("format"));
        assertThat(sealed.record().manifestSha256()).isEqualTo(Manifest.sha256(
                opened.manifest().toJson()));
    }

    @Test
    @DisplayName("two parts that swap names fail their tags: the part name is bound in")
    void swappedPartsFail() {
        // Arrange
        Sealed sealed = seal(underA, 7);
        EvidencePart metadata = sealed.parts().get(1);
        EvidencePart file = sealed.parts().get(2);
        List<EvidencePart> swapped = List.of(sealed.parts().get(0),
                withCiphertext(file, file.ciphertext(), metadata.name()),
                withCiphertext(metadata, metadata.ciphertext(), file.name()));

        // Act and Assert
        assertThatThrownBy(() -> RecordSeal.open(underA, sealed.record(), swapped))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Evidence record 7")
                .hasMessageContaining("fails its tag");
    }

    @Test
    @DisplayName("a part or a wrapped key moved to another record fails: the record id is bound in")
    void movedToAnotherRecordFails() {
        // Arrange
        Sealed seven = seal(underA, 7);
        Sealed eight = seal(underA, 8);
        List<EvidencePart> partsOfSevenAsEight = seven.parts().stream().map(p -> new EvidencePart(8, p.index(),
                p.name(), p.mediaType(), p.plainSize(), p.nonce(), p.ciphertext())).toList();
        EvidenceRecord eightWithSevensKey = new EvidenceRecord(8, 12, 34, 56L, Category.CHILD_SEXUAL_IMAGERY,
                SEALED_AT, "mona", seven.record().vaultKeyId(), seven.record().wrappedKey(),
                seven.record().manifestSha256());

        // Act and Assert
        assertThatThrownBy(() -> RecordSeal.open(underA, eight.record(), partsOfSevenAsEight))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Evidence record 8");
        assertThatThrownBy(() -> RecordSeal.open(underA, eightWithSevensKey, eight.parts()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not unwrap");
    }

    @Nested
    @DisplayName("one flipped byte fails verification")
    class FlippedByte {

        @Test
        @DisplayName("in a file's ciphertext")
        void inCiphertext() {
            Sealed sealed = seal(underA, 7);
            EvidencePart file = sealed.parts().get(2);
            byte[] flipped = file.ciphertext().clone();
            flipped[flipped.length / 2] ^= 1;
            sealed.parts().set(2, withCiphertext(file, flipped, file.name()));

            assertThatThrownBy(() -> RecordSeal.open(underA, sealed.record(), sealed.parts()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Evidence record 7 fails verification: part content/1.png fails its tag");
        }

        @Test
        @DisplayName("in the wrapped data key")
        void inWrappedKey() {
            Sealed sealed = seal(underA, 7);
            byte[] wrapped = sealed.record().wrappedKey();
            wrapped[20] ^= 1;
            EvidenceRecord altered = new EvidenceRecord(7, 12, 34, 56L, Category.CHILD_SEXUAL_IMAGERY, SEALED_AT,
                    "mona", sealed.record().vaultKeyId(), wrapped, sealed.record().manifestSha256());

            assertThatThrownBy(() -> RecordSeal.open(underA, altered, sealed.parts()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Evidence record 7");
        }

        @Test
        @DisplayName("in the manifest hash kept on the record")
        void inManifestHash() {
            Sealed sealed = seal(underA, 7);
            String hash = sealed.record().manifestSha256();
            String other = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
            EvidenceRecord altered = new EvidenceRecord(7, 12, 34, 56L, Category.CHILD_SEXUAL_IMAGERY, SEALED_AT,
                    "mona", sealed.record().vaultKeyId(), sealed.record().wrappedKey(), other);

            assertThatThrownBy(() -> RecordSeal.open(underA, altered, sealed.parts()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("manifest");
        }

        @Test
        @DisplayName("a part deleted")
        void partDeleted() {
            Sealed sealed = seal(underA, 7);
            sealed.parts().remove(2);

            assertThatThrownBy(() -> RecordSeal.open(underA, sealed.record(), sealed.parts()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Evidence record 7");
        }
    }

    @Test
    @DisplayName("rotation re-wraps the data key under the new vault key; then the old key is no longer needed")
    void rotation() {
        // Arrange
        Sealed sealed = seal(underA, 7);
        VaultKeys rotated = VaultKeys.ofBase64(keyB, keyA);
        VaultKeys onlyB = VaultKeys.ofBase64(keyB, null);
        assertThatThrownBy(() -> RecordSeal.open(onlyB, sealed.record(), sealed.parts()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recourse.vault.previous-keys");
        List<byte[]> ciphertextsBefore = sealed.parts().stream().map(EvidencePart::ciphertext).toList();

        // Act
        sealed.record().rewrap(rotated.current().id(), RecordSeal.rewrap(rotated, sealed.record()));

        // Assert
        assertThat(sealed.record().vaultKeyId()).isEqualTo(onlyB.current().id()).isNotEqualTo(underA.current().id());
        assertThat(RecordSeal.open(onlyB, sealed.record(), sealed.parts()).files().get(0).bytes()).isEqualTo(PICTURE);
        assertThat(sealed.parts().stream().map(EvidencePart::ciphertext).toList()).isEqualTo(ciphertextsBefore);
        assertThatThrownBy(() -> RecordSeal.open(underA, sealed.record(), sealed.parts()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a shredded record opens no more, even with its parts and the vault key at hand")
    void shredded() {
        // Arrange
        Sealed sealed = seal(underA, 7);

        // Act
        sealed.record().shred("lex", "retention ended", SEALED_AT.plusSeconds(60));

        // Assert
        assertThat(sealed.record().wrappedKey()).isNull();
        assertThatThrownBy(() -> RecordSeal.open(underA, sealed.record(), sealed.parts()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shredded");
        assertThatThrownBy(() -> sealed.record().shred("lex", "again", SEALED_AT))
                .isInstanceOf(org.recourse.platform.domain.IllegalTransitionException.class);
    }

    @Test
    @DisplayName("a vault key that is not base64 of 32 bytes is refused with the way to make one")
    void badKeys() {
        assertThatThrownBy(() -> VaultKeys.ofBase64("c2hvcnQ=", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> VaultKeys.ofBase64("%%%", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not base64");
        assertThat(VaultKeys.ofBase64(keyA, " , " + keyB).byId(VaultKeys.ofBase64(keyB, null).current().id()))
                .isPresent();
    }

    @Test
    @DisplayName("the key file is made once, readable by its owner only, and read back the same")
    void keyFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("data").resolve("vault.key");

        VaultKeys made = VaultKeys.fromKeyFile(file, null);
        VaultKeys again = VaultKeys.fromKeyFile(file, null);

        assertThat(again.current().id()).isEqualTo(made.current().id());
        assertThat(java.nio.file.Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }
}

package org.recourse.evidence.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.evidence.legal.PackageFixtures.contents;
import static org.recourse.evidence.legal.PackageFixtures.file;
import static org.recourse.evidence.legal.PackageFixtures.pack;
import static org.recourse.evidence.legal.PackageFixtures.record;
import static org.recourse.evidence.legal.PackageFixtures.unzip;
import static org.recourse.evidence.legal.PackageFixtures.withOneByteChanged;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("EvidencePackage: a signed zip whose every byte is accounted for")
class EvidencePackageTest {

    private static final InstallationKey KEY = InstallationKey.generate();
    private static final byte[] PICTURE = "not really a picture, but bytes all the same".getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("holds the files, metadata, custody, key, README, manifest and signature, the manifest last but one")
    void entries() throws IOException {
        // Act
        Map<String, byte[]> entries = unzip(pack(contents(record(file("content/1.png", PICTURE))), KEY));

        // Assert
        assertThat(entries.keySet()).containsExactly("files/content/1.png", "metadata.json", "custody.json",
                "public-key.pem", "README.txt", "manifest.json", "manifest.sig");
        assertThat(entries.get("files/content/1.png")).isEqualTo(PICTURE);
        assertThat(new String(entries.get("metadata.json"), StandardCharsets.UTF_8)).contains("demo-01");
        assertThat(new String(entries.get("custody.json"), StandardCharsets.UTF_8))
                .contains("\"actor\": \"lena\", \"action\": \"exported\"", "\"action\": \"sealed\"");
        assertThat(new String(entries.get("public-key.pem"), StandardCharsets.US_ASCII)).isEqualTo(KEY.publicKeyPem());
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8))
                .contains("openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json "
                        + "-sigfile manifest.sig", KEY.fingerprint());
    }

    @Test
    @DisplayName("the manifest names the record, case, sealing, export and key, and every other entry's size and hash")
    void manifest() throws IOException {
        // Act
        Map<String, byte[]> entries = unzip(pack(contents(record(file("content/1.png", PICTURE))), KEY));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);

        // Assert
        assertThat(manifest).contains("\"recordId\": 42", "\"caseId\": 7", "\"caseNumber\": \"C-000007\"",
                "\"sealedAt\": \"2026-12-01T10:15:30Z\"", "\"recordManifestSha256\": \"" + "ab".repeat(32) + "\"",
                "\"exportedBy\": \"lena\"", "\"exportedAt\": \"2026-12-06T09:00:00Z\"",
                "\"publicKeySha256\": \"" + KEY.fingerprint() + "\"");
        for (String name : new String[] {"files/content/1.png", "metadata.json", "custody.json", "public-key.pem",
                "README.txt"}) {
            assertThat(manifest).contains("{\"name\": \"" + name + "\", \"size\": " + entries.get(name).length
                    + ", \"sha256\": \"" + EvidencePackage.sha256(entries.get(name)) + "\"}");
        }
        assertThat(manifest).doesNotContain("\"manifest.sig\"");
        assertThat(jakarta.json.Json.createReader(new java.io.StringReader(manifest)).readObject()
                .getJsonArray("entries")).hasSize(5);
    }

    @Test
    @DisplayName("the signature of the manifest's exact bytes verifies with the JDK and the public key in the package")
    void signatureVerifiesWithTheJdk() throws Exception {
        // Arrange
        Map<String, byte[]> entries = unzip(pack(contents(record(file("content/1.png", PICTURE))), KEY));
        String pem = new String(entries.get("public-key.pem"), StandardCharsets.US_ASCII);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));

        // Act
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        signature.update(entries.get("manifest.json"));
        boolean valid = signature.verify(entries.get("manifest.sig"));

        // Assert
        assertThat(valid).isTrue();
        assertThat(entries.get("manifest.sig")).hasSize(64);
    }

    @Test
    @DisplayName("PackageVerifier finds an untouched package intact, signed by the expected key")
    void verifierAcceptsTheUntouchedPackage() throws IOException {
        // Arrange
        byte[] zip = pack(contents(record(file("content/1.png", PICTURE), file("content/2.png", new byte[] {1}))),
                KEY);

        // Act
        PackageVerifier.Result result = PackageVerifier.verify(new ByteArrayInputStream(zip), KEY.fingerprint());

        // Assert
        assertThat(result.problems()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(result.fingerprint()).isEqualTo(KEY.fingerprint());
    }

    static Stream<String> everyEntry() {
        return Stream.of("files/content/1.png", "metadata.json", "custody.json", "public-key.pem", "README.txt",
                "manifest.json", "manifest.sig");
    }

    @ParameterizedTest(name = "one byte of {0}")
    @MethodSource("everyEntry")
    @DisplayName("one byte changed in any entry and the package no longer verifies")
    void oneChangedByteFails(String name) throws IOException {
        // Arrange
        byte[] zip = pack(contents(record(file("content/1.png", PICTURE))), KEY);

        // Act
        PackageVerifier.Result result = PackageVerifier.verify(
                new ByteArrayInputStream(withOneByteChanged(zip, name)), null);

        // Assert
        assertThat(result.intact()).as(name).isFalse();
        assertThat(result.problems()).isNotEmpty();
    }

    @Test
    @DisplayName("a key file that is no longer a key (a base64 letter turned into '@') is a package not intact, not a crash")
    void unreadableKeyIsNotIntact() throws IOException {
        // Arrange
        byte[] zip = pack(contents(record(file("content/1.png", PICTURE))), KEY);
        java.util.Map<String, byte[]> entries = PackageFixtures.unzip(zip);
        String pem = new String(entries.get("public-key.pem"), java.nio.charset.StandardCharsets.US_ASCII);
        int middle = pem.indexOf('\n') + 10;
        entries.put("public-key.pem", (pem.substring(0, middle) + "@" + pem.substring(middle + 1))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        // Act
        PackageVerifier.Result result = PackageVerifier.verify(
                new ByteArrayInputStream(PackageFixtures.zip(entries)), KEY.fingerprint());

        // Assert
        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).contains("public-key.pem is not an Ed25519 public key");
    }

    @Test
    @DisplayName("a package re-signed by another key (its own public key swapped in) fails against the published key")
    void anotherKeyFails() throws IOException {
        // Arrange
        InstallationKey forger = InstallationKey.generate();
        byte[] forged = pack(contents(record(file("content/1.png", PICTURE))), forger);

        // Act
        PackageVerifier.Result alone = PackageVerifier.verify(new ByteArrayInputStream(forged), null);
        PackageVerifier.Result againstPublished = PackageVerifier.verify(new ByteArrayInputStream(forged),
                KEY.fingerprint());

        // Assert: internally consistent, but not signed by this installation
        assertThat(alone.intact()).isTrue();
        assertThat(againstPublished.intact()).isFalse();
        assertThat(againstPublished.problems()).anySatisfy(p -> assertThat(p).contains("not the expected"));
    }

    @Test
    @DisplayName("an entry added after signing, or one left out, makes the package fail")
    void addedOrMissingEntryFails() throws IOException {
        // Arrange
        byte[] zip = pack(contents(record(file("content/1.png", PICTURE))), KEY);
        Map<String, byte[]> added = unzip(zip);
        added.put("files/extra.png", new byte[] {9});
        Map<String, byte[]> missing = unzip(zip);
        missing.remove("custody.json");

        // Act / Assert
        assertThat(PackageVerifier.verify(new ByteArrayInputStream(PackageFixtures.zip(added)), null).problems())
                .containsExactly("files/extra.png is in the package but not in the manifest");
        assertThat(PackageVerifier.verify(new ByteArrayInputStream(PackageFixtures.zip(missing)), null).problems())
                .containsExactly("custody.json is listed in the manifest but missing from the package");
    }

    @Test
    @DisplayName("a file's name from the vault cannot climb out of files/ or collide with another")
    void fileNamesStayInside() throws IOException {
        // Act
        Map<String, byte[]> entries = unzip(pack(contents(record(file("../../etc/passwd", PICTURE),
                file("/abs\\..\\x y.png", PICTURE), file("abs/x?y.png", PICTURE))), KEY));

        // Assert
        assertThat(entries.keySet()).contains("files/etc/passwd", "files/abs/x_y.png", "files/abs/x_y.png-2")
                .allSatisfy(name -> assertThat(name).doesNotContain(".."));
        assertThat(entries.keySet()).filteredOn(name -> name.startsWith("files/")).hasSize(3);
    }
}

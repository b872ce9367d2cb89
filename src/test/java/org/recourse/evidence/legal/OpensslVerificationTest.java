package org.recourse.evidence.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.evidence.legal.PackageFixtures.contents;
import static org.recourse.evidence.legal.PackageFixtures.file;
import static org.recourse.evidence.legal.PackageFixtures.pack;
import static org.recourse.evidence.legal.PackageFixtures.record;
import static org.recourse.evidence.legal.PackageFixtures.unzip;
import static org.recourse.evidence.legal.PackageFixtures.withOneByteChanged;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver's side with stock tools: the commands of the package's README, run with the system's OpenSSL 3 on an
 * unpacked package. Skipped where there is no {@code /usr/bin/openssl}.
 */
@DisplayName("An evidence package verifies with the stock openssl CLI, as its README says")
class OpensslVerificationTest {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    private static final InstallationKey KEY = InstallationKey.generate();

    @TempDir
    Path dir;

    @Test
    @DisplayName("openssl pkeyutl -verify accepts the signature, and openssl's SHA-256 of each entry is the manifest's")
    void verifiesWithOpenssl() throws Exception {
        // Arrange
        assertThat(Files.isExecutable(OPENSSL)).as("the stock openssl CLI (.ci/run installs it)").isTrue();
        unpack(pack(contents(record(file("content/1.png", new byte[] {1, 2, 3}))), KEY));

        // Act
        Result signature = openssl("pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin",
                "-in", "manifest.json", "-sigfile", "manifest.sig");
        Result fingerprint = run("sh", "-c", "openssl pkey -pubin -in public-key.pem -outform DER | sha256sum");

        // Assert
        assertThat(signature.status()).as(signature.output()).isZero();
        assertThat(signature.output()).contains("Signature Verified Successfully");
        assertThat(fingerprint.output()).startsWith(KEY.fingerprint());
        String manifest = Files.readString(dir.resolve("manifest.json"));
        Matcher entry = Pattern.compile("\"name\": \"([^\"]+)\", \"size\": \\d+, \"sha256\": \"([0-9a-f]{64})\"")
                .matcher(manifest);
        int checked = 0;
        while (entry.find()) {
            Result digest = run("sha256sum", entry.group(1));
            assertThat(digest.output()).as(entry.group(1)).startsWith(entry.group(2));
            checked++;
        }
        assertThat(checked).isEqualTo(5);
    }

    @Test
    @DisplayName("openssl refuses the signature once one byte of manifest.json is changed")
    void opensslRefusesAChangedManifest() throws Exception {
        // Arrange
        assertThat(Files.isExecutable(OPENSSL)).as("the stock openssl CLI (.ci/run installs it)").isTrue();
        byte[] zip = pack(contents(record(file("content/1.png", new byte[] {1, 2, 3}))), KEY);
        unpack(withOneByteChanged(zip, "manifest.json"));

        // Act
        Result signature = openssl("pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin",
                "-in", "manifest.json", "-sigfile", "manifest.sig");

        // Assert
        assertThat(signature.status()).isNotZero();
        assertThat(signature.output()).contains("Signature Verification Failure");
    }

    private void unpack(byte[] zip) throws IOException {
        for (Map.Entry<String, byte[]> entry : unzip(zip).entrySet()) {
            Path target = dir.resolve(entry.getKey()).normalize();
            assertThat(target.startsWith(dir)).isTrue();
            Files.createDirectories(target.getParent());
            Files.write(target, entry.getValue());
        }
    }

    private record Result(int status, String output) {
    }

    private Result openssl(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    private Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }
}

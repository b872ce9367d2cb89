package org.recourse.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Secret seal: AES-GCM for secrets at rest, bound to their column, with a clear error for the wrong key")
class SecretSealTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    private final SecretSeal seal = SecretSeal.ofBase64(KEY);

    @Test
    @DisplayName("a sealed secret opens to itself, does not contain it, and differs each time it is sealed")
    void roundTrip() {
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

        String once = seal.seal(secret, "staff_account.totp_secret");
        String twice = seal.seal(secret, "staff_account.totp_secret");

        assertThat(once).startsWith("sealed:v1:").doesNotContain(secret).isNotEqualTo(twice);
        assertThat(seal.open(once, "staff_account.totp_secret")).isEqualTo(secret);
        assertThat(seal.open(twice, "staff_account.totp_secret")).isEqualTo(secret);
        assertThat(seal.seal(null, "x")).isNull();
        assertThat(seal.open(null, "x")).isNull();
    }

    @Test
    @DisplayName("a value stored before sealing is read as it is")
    void plainValuesPassThrough() {
        assertThat(seal.open("whsec_stored-before-sealing-existed", "webhook_endpoint.secret"))
                .isEqualTo("whsec_stored-before-sealing-existed");
        assertThat(SecretSeal.isSealed("whsec_x")).isFalse();
    }

    @Test
    @DisplayName("another key, another column or one changed character: refused, naming the setting")
    void refusesWhatDoesNotOpen() {
        String sealed = seal.seal("whsec_0123456789abcdefghijklmnop", "webhook_endpoint.secret");
        SecretSeal other = SecretSeal.ofBase64(OTHER_KEY);
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);

        assertThatThrownBy(() -> other.open(sealed, "webhook_endpoint.secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RECOURSE_SECRETS_KEY");
        assertThatThrownBy(() -> seal.open(sealed, "staff_account.totp_secret"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open(altered, "webhook_endpoint.secret"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("sealed:v1:not*base64", "webhook_endpoint.secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> seal.open("sealed:v1:AAAA", "webhook_endpoint.secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too short");
    }

    @Test
    @DisplayName("a key that is not base64 of 32 bytes is refused with how to make one")
    void badKeys() {
        assertThatThrownBy(() -> SecretSeal.ofBase64("not a key!")).hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SecretSeal.ofBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    @DisplayName("without a setting, a key is made once in the data folder, readable by its owner only, and reused")
    void keyFile(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("nested").resolve("secrets.key");

        SecretSeal first = SecretSeal.fromKeyFile(file);
        String sealed = first.seal("whsec_0123456789abcdefghijklmnop", "webhook_endpoint.secret");
        SecretSeal again = SecretSeal.fromKeyFile(file);

        assertThat(again.open(sealed, "webhook_endpoint.secret")).isEqualTo("whsec_0123456789abcdefghijklmnop");
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}

package org.recourse.it;

import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.recourse.testing.SharedSettings;
import org.recourse.testing.TestDatabase;

/**
 * One Payara Micro for the evidence vault: sealing at removal, encryption and verification
 * ({@link EvidenceVaultContract}), and the LEGAL role's records and packages ({@link LegalContract}, nested in each
 * shell: on H2 it also walks the vault in Chromium). On H2 ({@link VaultH2IT}) and PostgreSQL ({@link VaultPostgresIT}).
 */
abstract class VaultPortal extends SharedPortal {

    static Map<String, String> settings(Map<String, String> database) {
        return new SharedSettings(database)
                .add("evidence vault", EvidenceVaultContract.settings())
                .add("legal", LegalContract.settings())
                .toMap();
    }

    @Nested
    @DisplayName("Evidence vault (sealing at removal, encryption, verification)")
    class EvidenceVault extends EvidenceVaultContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return VaultPortal.this.database();
        }
    }
}

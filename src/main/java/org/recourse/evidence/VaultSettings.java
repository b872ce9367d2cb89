package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vault's settings: its keys ({@code recourse.vault.key}, RECOURSE_VAULT_KEY, or a key file made once in the data
 * folder; {@code recourse.vault.previous-keys} for records not yet re-wrapped), which categories seal besides those
 * that assume a child ({@code recourse.evidence.categories}), and whether reports go to NCMEC's CyberTipline
 * ({@code recourse.hotline.ncmec.enabled}), which the reviewer is told before removing.
 */
@ApplicationScoped
public class VaultSettings {

    @Inject
    @ConfigProperty(name = "recourse.vault.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "recourse.vault.previous-keys")
    Optional<String> previousKeys;

    @Inject
    @ConfigProperty(name = "recourse.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "recourse.evidence.categories")
    Optional<String> categories;

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.enabled", defaultValue = "false")
    boolean ncmecEnabled;

    private volatile VaultKeys keys;
    private volatile SealingRule rule;

    /** The vault keys, read (or the key file made) on first use. */
    public VaultKeys keys() {
        VaultKeys known = keys;
        if (known == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = key.filter(k -> !k.isBlank())
                            .map(k -> VaultKeys.ofBase64(k, previousKeys.orElse(null)))
                            .orElseGet(() -> VaultKeys.fromKeyFile(Path.of(dataDir).resolve("vault.key"),
                                    previousKeys.orElse(null)));
                }
                known = keys;
            }
        }
        return known;
    }

    /** Which decisions seal a record. */
    public SealingRule rule() {
        SealingRule known = rule;
        if (known == null) {
            known = SealingRule.adding(categories.orElse(null));
            rule = known;
        }
        return known;
    }

    /** Whether reports of sealed records go to NCMEC's CyberTipline. */
    public boolean ncmecEnabled() {
        return ncmecEnabled;
    }

    /** Uses these keys and rule (tests outside the container). */
    void use(VaultKeys vaultKeys, SealingRule sealingRule) {
        this.keys = vaultKeys;
        this.rule = sealingRule;
    }
}

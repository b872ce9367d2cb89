package org.recourse.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.platform.i18n.Messages;

@DisplayName("The upload policy's default rule tables: context × tier → outcome and rule")
class UploadPolicyRulesTest {

    private static final List<String> VALID = List.of("rec-valid-1");

    /** The defaults of a tier as version 1, deciding a context (record "rec-valid-1" is in force, any other is not). */
    private static PolicyDecision decide(Tier tier, UploadContext context, boolean torExit) {
        PolicyVersion version = new PolicyVersion(tier, Optional.empty(), DefaultPolicies.rules(tier),
                DefaultPolicies.defaultOutcome(tier), "system", Instant.parse("2026-12-06T10:00:00Z"), "defaults");
        return version.decide(PolicyFacts.of(context, tier, torExit,
                ids -> ids.stream().filter(id -> !VALID.contains(id)).toList()));
    }

    /** age (blank: not said), verification, anonymising, content class, performers (space-separated), tor. */
    private static UploadContext context(Integer age, String verification, Boolean anonymising, String contentClass,
            String performers) {
        return new UploadContext(age, verification == null ? null : Verification.ofCode(verification).orElseThrow(),
                anonymising, null, contentClass == null ? null : ContentClass.ofCode(contentClass).orElseThrow(),
                performers == null ? List.of() : List.of(performers.split(" ")));
    }

    @ParameterizedTest(name = "{0}: age {1}, {2}, anonymising {3}, {4}, performers {5}, tor {6} -> {7} by {8}")
    @CsvSource(nullValues = "-", value = {
        // nothing said: the default (on an adult service, unsaid content counts as adult and needs records)
        "text_only,     -,   -,                 -,     -,       -,                    false, ALLOW,                default",
        "general_media, -,   -,                 -,     -,       -,                    false, ALLOW,                default",
        "adult_content, -,   -,                 -,     -,       -,                    false, REQUIRE_VERIFICATION, adult-performer-records",
        // a new account through an anonymising network is held, the bound depending on the tier
        "text_only,     20,  email,             true,  general, -,                    false, HOLD_FOR_REVIEW,      anonymous-new-account",
        "general_media, 20,  email,             true,  general, -,                    false, REQUIRE_VERIFICATION, anonymous-unverified",
        "general_media, 3,   identity_document, true,  general, -,                    false, HOLD_FOR_REVIEW,      anonymous-new-account",
        "general_media, 3,   phone,             -,     general, -,                    true,  HOLD_FOR_REVIEW,      anonymous-new-account",
        "general_media, 300, phone,             true,  general, -,                    false, ALLOW,                default",
        "general_media, 300, email,             -,     general, -,                    true,  REQUIRE_VERIFICATION, anonymous-unverified",
        "adult_content, 20,  identity_document, true,  adult,   rec-valid-1,          false, HOLD_FOR_REVIEW,      anonymous-new-account",
        // a brand-new unverified account is asked to verify
        "text_only,     3,   none,              false, general, -,                    false, REQUIRE_VERIFICATION, new-unverified-account",
        "general_media, 0,   -,                 false, general, -,                    false, REQUIRE_VERIFICATION, new-unverified-account",
        "general_media, 1,   none,              false, general, -,                    false, ALLOW,                default",
        "general_media, 0,   email,             false, general, -,                    false, ALLOW,                default",
        // adult content: a valid record for each person shown, else verification, whatever the tier
        "general_media, 900, identity_document, false, adult,   -,                    false, REQUIRE_VERIFICATION, adult-performer-records",
        "general_media, 900, identity_document, false, adult,   rec-valid-1 rec-old,  false, REQUIRE_VERIFICATION, adult-performer-records",
        "general_media, 900, identity_document, false, adult,   rec-valid-1,          false, ALLOW,                default",
        "text_only,     900, identity_document, false, adult,   rec-valid-1,          false, HOLD_FOR_REVIEW,      adult-on-text-service",
        "adult_content, 900, identity_document, false, adult,   rec-valid-1,          false, ALLOW,                default",
        "adult_content, 900, payment,           false, adult,   rec-valid-1,          false, REQUIRE_VERIFICATION, uploader-identity-unverified",
        "adult_content, 1,   identity_document, false, adult,   rec-valid-1,          false, HOLD_FOR_REVIEW,      brand-new-account",
        "adult_content, 900, identity_document, false, general, -,                    false, ALLOW,                default"})
    void defaults(String tier, Integer age, String verification, Boolean anonymising, String contentClass,
            String performers, boolean tor, PolicyOutcome outcome, String rule) {
        // Arrange
        UploadContext context = context(age, verification, anonymising, contentClass, performers);

        // Act
        PolicyDecision decision = decide(Tier.ofCode(tier).orElseThrow(), context, tor);

        // Assert
        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.rule()).isEqualTo(rule);
        assertThat(decision.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("the answer says why in codes and in words, English or French, naming the Tor list's finding")
    void reasons() {
        // Act
        PolicyDecision decision = decide(Tier.GENERAL_MEDIA, context(2, "phone", null, "general", null), true);

        // Assert
        assertThat(decision.reason()).isEqualTo("account_age_below=7; tor_exit=yes");
        assertThat(decision.reasonText(Messages.in(java.util.Locale.ENGLISH))).isEqualTo("This upload is held until "
                + "a moderator has reviewed it, because the account is less than 7 days old, and it was sent through "
                + "the Tor network.");
        assertThat(decision.reasonText(Messages.in(java.util.Locale.CANADA_FRENCH))).startsWith("Ce téléversement est "
                + "retenu").contains("le compte a moins de 7 jours").contains("réseau Tor");
    }

    @Test
    @DisplayName("no rule can name itself as the fixed rule, nor hold without a condition")
    void fixedRuleIsReserved() {
        // Act & Assert
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PolicyRule(PolicyVersion.FIXED_RULE, null, null,
                null, ContentClass.ADULT, null, PolicyOutcome.ALLOW)).isInstanceOf(InvalidPolicyException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PolicyRule("everything", null, null, null, null,
                null, PolicyOutcome.ALLOW)).isInstanceOfSatisfying(InvalidPolicyException.class,
                e -> assertThat(e.problems()).containsExactly("policy.problem.noCondition"));
    }

    @Test
    @DisplayName("an edited table with an ALLOW rule for adult content still cannot allow adult content without records")
    void fixedRuleBeforeTable() {
        // Arrange
        PolicyVersion permissive = new PolicyVersion(Tier.ADULT_CONTENT, Optional.empty(), List.of(new PolicyRule(
                "adult-ok", null, null, null, ContentClass.ADULT, null, PolicyOutcome.ALLOW)), PolicyOutcome.ALLOW,
                "admin", Instant.EPOCH, null);

        // Act
        PolicyDecision decision = permissive.decide(PolicyFacts.of(context(900, "identity_document", false, "adult",
                "rec-unknown"), Tier.ADULT_CONTENT, false, ids -> ids));

        // Assert
        assertThat(decision.outcome()).isEqualTo(PolicyOutcome.REQUIRE_VERIFICATION);
        assertThat(decision.rule()).isEqualTo(PolicyVersion.FIXED_RULE);
    }
}

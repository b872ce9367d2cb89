package org.recourse.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.cases.Category;
import org.recourse.signals.SignalPolicy.Action;
import org.recourse.signals.SignalPolicy.Reason;

@DisplayName("What a classifier's signal does, as a rule table")
class SignalPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    /** A portal's settings: a classifier's own threshold, a label's, "none" over a built-in, a label's category. */
    private static final SignalPolicy POLICY = SignalPolicyProducer.read(Map.of(
            "recourse.signals.threshold.vendor-x.csam_likely", "0.9",
            "recourse.signals.threshold.nudity", "0.8",
            "recourse.signals.threshold.in-house.minor_likely", "none",
            "recourse.signals.category.nudity", "other_harmful",
            "recourse.signals.category.ncii_likely", "survivor_adult_image"));

    @ParameterizedTest(name = "{0} {1} at {2} (removed: {3}) -> {4}, {5}")
    @CsvSource({
            // built-in thresholds
            "safer,       csam_likely,  0.5,    false, HELD,     AT_OR_ABOVE_THRESHOLD",
            "safer,       csam_likely,  0.4999, false, RECORDED, BELOW_THRESHOLD",
            "safer,       csam_likely,  1.0,    false, HELD,     AT_OR_ABOVE_THRESHOLD",
            "safer,       minor_likely, 0.89,   false, RECORDED, BELOW_THRESHOLD",
            "safer,       minor_likely, 0.9,    false, HELD,     AT_OR_ABOVE_THRESHOLD",
            "safer,       ncii_likely,  0.8,    false, HELD,     AT_OR_ABOVE_THRESHOLD",
            // a classifier's own threshold wins over the label's built-in one
            "vendor-x,    csam_likely,  0.85,   false, RECORDED, BELOW_THRESHOLD",
            "vendor-x,    csam_likely,  0.9,    false, HELD,     AT_OR_ABOVE_THRESHOLD",
            // a label's setting applies to every classifier
            "in-house,    nudity,       0.8,    false, HELD,     AT_OR_ABOVE_THRESHOLD",
            "other,       nudity,       0.79,   false, RECORDED, BELOW_THRESHOLD",
            // "none" turns a built-in threshold off for one classifier only
            "in-house,    minor_likely, 1.0,    false, RECORDED, NO_THRESHOLD",
            "safer,       minor_likely, 1.0,    false, HELD,     AT_OR_ABOVE_THRESHOLD",
            // an unknown label never hides anything by surprise
            "safer,       weapons,      1.0,    false, RECORDED, NO_THRESHOLD",
            // an item already removed is not held again
            "safer,       csam_likely,  0.99,   true,  RECORDED, ALREADY_REMOVED",
            "safer,       csam_likely,  0.1,    true,  RECORDED, BELOW_THRESHOLD"})
    @DisplayName("threshold rules")
    void verdicts(String classifier, String label, double score, boolean removed, Action action, Reason reason) {
        // Act
        SignalPolicy.Verdict verdict = POLICY.verdict(classifier, label, score, removed);

        // Assert
        assertThat(verdict.action()).isEqualTo(action);
        assertThat(verdict.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "csam_likely,  CHILD_SEXUAL_IMAGERY",
            "minor_likely, CHILD_SEXUAL_IMAGERY",
            "ncii_likely,  SURVIVOR_ADULT_IMAGE",
            "nudity,       OTHER_HARMFUL",
            "weapons,      OTHER_HARMFUL"})
    @DisplayName("the category a held item is queued under: the setting, else assume a child for both child labels")
    void categories(String label, Category category) {
        // Act & Assert
        assertThat(POLICY.category(label)).isEqualTo(category);
    }

    @ParameterizedTest(name = "score {0} over threshold {1} in a {2} window -> due in {3}")
    @CsvSource({
            // at the threshold: the whole window; at 1.0: a quarter; linear in between
            "0.5,  0.5, PT1H,  PT1H",
            "1.0,  0.5, PT1H,  PT15M",
            "0.75, 0.5, PT1H,  PT37M30S",
            "0.9,  0.8, PT24H, PT15H",
            // a threshold of 1 leaves no room above it: the whole window
            "1.0,  1.0, PT4H,  PT4H",
            // a score under the threshold (never held, but the rule is total) is never later than the window
            "0.1,  0.5, PT1H,  PT1H"})
    @DisplayName("priority from the score: higher score, earlier review, never later than the category's SLA")
    void dueBy(double score, double threshold, Duration window, Duration expected) {
        // Act
        Instant due = SignalPolicy.dueBy(NOW, window, score, threshold);

        // Assert
        assertThat(Duration.between(NOW, due)).isEqualTo(expected);
    }

    @Test
    @DisplayName("higher scores are never due later (monotone over the whole range)")
    void monotone() {
        // Arrange
        Instant previous = SignalPolicy.dueBy(NOW, Duration.ofHours(1), 0.5, 0.5);

        for (int step = 1; step <= 100; step++) {
            // Act
            Instant due = SignalPolicy.dueBy(NOW, Duration.ofHours(1), 0.5 + step * 0.005, 0.5);

            // Assert
            assertThat(due).isBeforeOrEqualTo(previous);
            previous = due;
        }
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "recourse.signals.threshold.csam_likely | 0",
            "recourse.signals.threshold.csam_likely | 1.5",
            "recourse.signals.threshold.csam_likely | high",
            "recourse.signals.threshold.csam_likely | NaN",
            "recourse.signals.threshold.Vendor.csam_likely | 0.5",
            "recourse.signals.threshold.a.b.c | 0.5",
            "recourse.signals.category.csam_likely | csam",
            "recourse.signals.category.vendor.csam_likely | child_sexual_imagery"})
    @DisplayName("a wrong setting stops the portal, naming the setting")
    void wrongSettings(String name, String value) {
        // Arrange
        Map<String, String> settings = new HashMap<>();
        settings.put(name, value);

        // Act & Assert
        assertThatThrownBy(() -> SignalPolicyProducer.read(settings)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(name);
    }

    @Test
    @DisplayName("the list forms (for environment variables) read as the single settings they stand for")
    void lists() {
        // Arrange
        Map<String, String> settings = new HashMap<>(SignalPolicyProducer.listed(SignalPolicyProducer.THRESHOLDS,
                SignalPolicyProducer.THRESHOLD, "csam_likely=0.6; vendor-x.nudity = 0.8,minor_likely=none"));
        settings.putAll(SignalPolicyProducer.listed(SignalPolicyProducer.CATEGORIES, SignalPolicyProducer.CATEGORY,
                "nudity=survivor_adult_image"));

        // Act
        SignalPolicy policy = SignalPolicyProducer.read(settings);

        // Assert
        assertThat(policy.threshold("any", "csam_likely")).hasValue(0.6);
        assertThat(policy.threshold("vendor-x", "nudity")).hasValue(0.8);
        assertThat(policy.threshold("other", "nudity")).isEmpty();
        assertThat(policy.threshold("any", "minor_likely")).isEmpty();
        assertThat(policy.category("nudity")).isEqualTo(Category.SURVIVOR_ADULT_IMAGE);
        assertThatThrownBy(() -> SignalPolicyProducer.listed(SignalPolicyProducer.THRESHOLDS,
                SignalPolicyProducer.THRESHOLD, "csam_likely 0.6")).hasMessageStartingWith("recourse.signals.thresholds");
    }

    @Test
    @DisplayName("with no settings, the documented defaults hold")
    void defaults() {
        // Act & Assert
        assertThat(SignalPolicy.DEFAULT.threshold("any", "csam_likely")).hasValue(0.5);
        assertThat(SignalPolicy.DEFAULT.threshold("any", "minor_likely")).hasValue(0.9);
        assertThat(SignalPolicy.DEFAULT.threshold("any", "ncii_likely")).hasValue(0.8);
        assertThat(SignalPolicy.DEFAULT.threshold("any", "nudity")).isEmpty();
        assertThat(SignalPolicy.DEFAULT.category("minor_likely")).isEqualTo(Category.CHILD_SEXUAL_IMAGERY);
    }
}

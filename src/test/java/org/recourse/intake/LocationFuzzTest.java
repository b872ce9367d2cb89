package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.testing.FuzzInput;

/**
 * Locations and web addresses under fuzzing. Input: how the location was sent on the first line ({@code url},
 * {@code id}, anything else for the form's free field), the text after it. Whatever is typed, the rules answer
 * without throwing; a location the rules accept resolves without throwing (so a report is never a 500); an accepted
 * address normalises to an address the rules accept again, and normalising is idempotent. Seeds:
 * {@code src/test/resources/org/recourse/intake/LocationFuzzTestInputs/typedLocation/}.
 */
@DisplayName("Location rules and resolution under fuzzing")
class LocationFuzzTest {

    /** The default of {@code recourse.platform.content-url-pattern}. */
    private static final Pattern CONTENT_URL = Pattern.compile(
            "^https?://[^/?#]+/media/(?<id>[A-Za-z0-9][A-Za-z0-9._:-]{0,199})$");
    private static final ContentItem HOSTED = new ContentItem("img-1", "https://platform.example/p/img-1",
            "image/jpeg", "0".repeat(64), "user-1", Instant.parse("2026-12-01T10:00:00Z"));
    private static final LocationResolver RESOLVER = resolver();

    private static LocationResolver resolver() {
        LocationResolver resolver = new LocationResolver();
        resolver.content = new ContentRepository() {
            @Override
            public Optional<ContentItem> findByPlatformId(String platformContentId) {
                return Optional.of(HOSTED).filter(item -> item.platformContentId().equals(platformContentId));
            }

            @Override
            public Optional<ContentItem> findByUrl(String url) {
                return Optional.of(HOSTED).filter(item -> item.url().equals(url));
            }
        };
        resolver.settings = new PortalSettings() {
            @Override
            public Pattern contentUrlPattern() {
                return CONTENT_URL;
            }
        };
        return resolver;
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(5)
    void typedLocation(byte[] input) {
        // Arrange: the location as the form or the API makes it (which strips it; the service sees only that)
        String[] fields = FuzzInput.fields(input, 2);
        String text = fields[1];
        LocationInput location = switch (fields[0].strip().toLowerCase(Locale.ROOT)) {
            case "url" -> LocationInput.url(text);
            case "id" -> LocationInput.contentId(text);
            default -> LocationInput.either(text);
        };
        ReportSubmission submission = new ReportSubmission(List.of(location), "other_harmful", false, null, null, false,
                Locale.ENGLISH);

        // Act
        boolean accepted = SubmissionRules.check(submission).isEmpty();
        if (!accepted) {
            return;
        }
        LocationResolver.Resolved resolved = RESOLVER.resolve(location);

        // Assert
        if (location.looksLikeUrl()) {
            String normalised = LocationResolver.normalise(location.text());
            assertThat(SubmissionRules.isWebAddress(normalised)).as(normalised).isTrue();
            assertThat(LocationResolver.normalise(normalised)).isEqualTo(normalised);
            assertThat(resolved.isHosted() || normalised.equals(resolved.externalUrl())).isTrue();
        } else {
            assertThat(resolved.isHosted()).isEqualTo(location.text().equals("img-1"));
            assertThat(resolved.isUnknownContentId()).isEqualTo(!location.text().equals("img-1"));
        }
    }
}

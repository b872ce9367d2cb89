package org.recourse.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.platform.domain.IllegalTransitionException;

@DisplayName("Content item")
class ContentItemTest {

    private static final Instant FIRST_SEEN = Instant.parse("2025-02-01T08:00:00Z");
    private static final Instant HIDDEN_AT = FIRST_SEEN.plus(Duration.ofDays(2));
    private static final Instant LATER = HIDDEN_AT.plus(Duration.ofHours(1));
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static ContentItem anItem() {
        return new ContentItem("pic-1", "https://platform.example/media/pic-1", "image/png", SHA, "uploader-1",
                FIRST_SEEN);
    }

    /** An item brought to a visibility through legal moves. */
    static ContentItem anItemThatIs(Visibility visibility) {
        ContentItem item = anItem();
        if (visibility != Visibility.VISIBLE) {
            item.hideForReview(HIDDEN_AT);
        }
        if (visibility == Visibility.REMOVED || visibility == Visibility.RESTORED) {
            item.moveTo(visibility, HIDDEN_AT);
        }
        return item;
    }

    @Nested
    @DisplayName("construction")
    class Construction {

        @Test
        @DisplayName("keeps what it is given and starts visible since it was first seen")
        void keepsValues() {
            // Act
            ContentItem item = anItem();

            // Assert
            assertThat(item.platformContentId()).isEqualTo("pic-1");
            assertThat(item.url()).isEqualTo("https://platform.example/media/pic-1");
            assertThat(item.mediaType()).isEqualTo("image/png");
            assertThat(item.sha256()).isEqualTo(SHA);
            assertThat(item.uploaderId()).isEqualTo("uploader-1");
            assertThat(item.firstSeen()).isEqualTo(FIRST_SEEN);
            assertThat(item.visibility()).isEqualTo(Visibility.VISIBLE);
            assertThat(item.visibilitySince()).isEqualTo(FIRST_SEEN);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"a", "abc-123", "user:42:photo.7", "A_b.c-d:e", "x23456789"})
        @DisplayName("accepts platform ids of letters, digits and . _ : -")
        void acceptsPlatformIds(String id) {
            // Act
            ContentItem item = new ContentItem(id, "https://p.example/" + id, "image/png", null, null, FIRST_SEEN);

            // Assert
            assertThat(item.platformContentId()).isEqualTo(id);
        }

        @Test
        @DisplayName("accepts a platform id of 200 characters, not 201")
        void platformIdLength() {
            // Arrange
            String longest = "a".repeat(200);

            // Act / Assert
            assertThat(new ContentItem(longest, "https://p.example/", "image/png", null, null, FIRST_SEEN)
                    .platformContentId()).hasSize(200);
            assertThatThrownBy(() -> new ContentItem(longest + "a", "https://p.example/", "image/png", null, null,
                    FIRST_SEEN)).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "-abc", ".abc", "a b", "a/b", "a?b", "<script>", "über", "abc\n"})
        @DisplayName("refuses a bad platform id")
        void refusesBadPlatformId(String id) {
            // Act / Assert
            assertThatThrownBy(() -> new ContentItem(id, "https://p.example/", "image/png", null, null, FIRST_SEEN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Not a platform content id");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {
                "",
                "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a089",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g"
        })
        @DisplayName("refuses a SHA-256 that is not 64 lowercase hex digits")
        void refusesBadSha256(String sha) {
            // Act / Assert
            assertThatThrownBy(() -> new ContentItem("pic-1", "https://p.example/", "image/png", sha, null,
                    FIRST_SEEN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SHA-256");
        }

        @Test
        @DisplayName("needs an id, a URL, a media type and a first-seen time")
        void refusesMissingValues() {
            // Act / Assert
            assertThatThrownBy(() -> new ContentItem(null, "https://p.example/", "image/png", null, null, FIRST_SEEN))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ContentItem("pic-1", null, "image/png", null, null, FIRST_SEEN))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ContentItem("pic-1", "https://p.example/", null, null, null, FIRST_SEEN))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ContentItem("pic-1", "https://p.example/", "image/png", null, null, null))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("computes the SHA-256 of bytes in the stored form")
        void sha256Of() {
            // Act
            String sha = ContentItem.sha256Of("test".getBytes(StandardCharsets.UTF_8));

            // Assert
            assertThat(sha).isEqualTo(SHA);
            assertThat(new ContentItem("pic-1", "https://p.example/", "image/png", sha, null, FIRST_SEEN).sha256())
                    .isEqualTo(sha);
        }
    }

    @Nested
    @DisplayName("hiding for review")
    class HidingForReview {

        @ParameterizedTest
        @EnumSource(value = Visibility.class, names = {"VISIBLE", "RESTORED"})
        @DisplayName("hides served content and says so")
        void hidesServed(Visibility before) {
            // Arrange
            ContentItem item = anItemThatIs(before);

            // Act
            boolean hidden = item.hideForReview(LATER);

            // Assert
            assertThat(hidden).isTrue();
            assertThat(item.visibility()).isEqualTo(Visibility.HIDDEN_PENDING_REVIEW);
            assertThat(item.visibilitySince()).isEqualTo(LATER);
        }

        @ParameterizedTest
        @EnumSource(value = Visibility.class, names = {"HIDDEN_PENDING_REVIEW", "REMOVED"})
        @DisplayName("leaves hidden and removed content as it is")
        void leavesUnserved(Visibility before) {
            // Arrange
            ContentItem item = anItemThatIs(before);

            // Act
            boolean hidden = item.hideForReview(LATER);

            // Assert
            assertThat(hidden).isFalse();
            assertThat(item.visibility()).isEqualTo(before);
            assertThat(item.visibilitySince()).isEqualTo(HIDDEN_AT);
        }
    }

    @Nested
    @DisplayName("moving")
    class Moving {

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("org.recourse.content.VisibilityTest#everyPair")
        @DisplayName("makes every allowed move with its time, and refuses every other")
        void followsTable(Visibility from, Visibility to) {
            // Arrange
            ContentItem item = anItemThatIs(from);
            Instant sinceBefore = item.visibilitySince();

            if (VisibilityTest.ALLOWED.contains(from + " -> " + to)) {
                // Act
                item.moveTo(to, LATER);

                // Assert
                assertThat(item.visibility()).isEqualTo(to);
                assertThat(item.visibilitySince()).isEqualTo(LATER);
            } else {
                // Act / Assert
                assertThatThrownBy(() -> item.moveTo(to, LATER))
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessage("A content item cannot move from " + from + " to " + to + ".");
                assertThat(item.visibility()).isEqualTo(from);
                assertThat(item.visibilitySince()).isEqualTo(sinceBefore);
            }
        }
    }
}

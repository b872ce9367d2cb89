package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.cases.Category.CHILD_SEXUAL_IMAGERY;
import static org.recourse.cases.Category.NON_CONSENSUAL_INTIMATE_IMAGE;
import static org.recourse.cases.Category.OTHER_HARMFUL;
import static org.recourse.cases.Category.SURVIVOR_ADULT_IMAGE;
import static org.recourse.cases.Category.SURVIVOR_HARASSMENT;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.content.ContentItem;

@DisplayName("Case")
class CaseTest {

    private static final Instant T0 = CaseBuilder.DEFAULT_OPENED_AT;

    private static Instant at(Duration afterOpening) {
        return T0.plus(afterOpening);
    }

    @Nested
    @DisplayName("opening")
    class Opening {

        @ParameterizedTest
        @EnumSource(Category.class)
        @DisplayName("is due for review within the policy's window for its category")
        void dueFromPolicy(Category category) {
            // Act
            Case opened = aCase().category(category).openedAt(T0).build();

            // Assert
            assertThat(opened.reviewDueAt()).isEqualTo(T0.plus(SlaPolicy.DEFAULT.reviewWindow(category, false)));
            assertThat(opened.category()).isEqualTo(category);
            assertThat(opened.severity()).isEqualTo(category.severity());
            assertThat(opened.selfReported()).isFalse();
        }

        @Test
        @DisplayName("starts open, with one report, changed by the reporter at the opening time")
        void startsOpen() {
            // Act
            Case opened = aCase().category(SURVIVOR_HARASSMENT).openedAt(T0).build();

            // Assert
            assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(opened.isOpen()).isTrue();
            assertThat(opened.reportCount()).isOne();
            assertThat(opened.openedAt()).isEqualTo(T0);
            assertThat(opened.statusChangedAt()).isEqualTo(T0);
            assertThat(opened.statusChangedBy()).isEqualTo("reporter");
            assertThat(opened.items()).isEmpty();
            assertThat(opened.reviewDueAt()).isEqualTo(at(Duration.ofHours(12)));
        }

        @Test
        @DisplayName("a self-report is due within the self-report window")
        void selfReportDueSooner() {
            // Act
            Case opened = aCase().category(NON_CONSENSUAL_INTIMATE_IMAGE).selfReported().openedAt(T0).build();

            // Assert
            assertThat(opened.selfReported()).isTrue();
            assertThat(opened.reviewDueAt()).isEqualTo(at(Duration.ofHours(1)));
        }

        @Test
        @DisplayName("follows a configured policy")
        void configuredPolicy() {
            // Arrange
            SlaPolicy policy = new SlaPolicy(Map.of(SURVIVOR_HARASSMENT, Duration.ofHours(6)), Duration.ofMinutes(30));

            // Act
            Case opened = aCase().category(SURVIVOR_HARASSMENT).policy(policy).openedAt(T0).build();

            // Assert
            assertThat(opened.reviewDueAt()).isEqualTo(at(Duration.ofHours(6)));
        }

        @Test
        @DisplayName("needs a category and a time")
        void needsCategoryAndTime() {
            // Act / Assert
            assertThatThrownBy(() -> Case.open(null, false, T0, SlaPolicy.DEFAULT))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Case.open(OTHER_HARMFUL, false, null, SlaPolicy.DEFAULT))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    @DisplayName("expediting")
    class Expediting {

        @Test
        @DisplayName("moves the review and the queue's due time earlier, to the time asked")
        void movesEarlier() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).openedAt(T0).build();
            Instant sooner = at(Duration.ofMinutes(30));

            // Act
            boolean moved = caseFile.expedite(sooner, at(Duration.ofMinutes(1)));

            // Assert
            assertThat(moved).isTrue();
            assertThat(caseFile.reviewDueAt()).isEqualTo(sooner);
            assertThat(caseFile.queueDueAt()).isEqualTo(sooner);
        }

        @Test
        @DisplayName("never moves the review later")
        void neverLater() {
            // Arrange
            Case caseFile = aCase().category(CHILD_SEXUAL_IMAGERY).openedAt(T0).build();
            Instant due = caseFile.reviewDueAt();

            // Act
            boolean moved = caseFile.expedite(due.plus(Duration.ofHours(5)), at(Duration.ofMinutes(1)));

            // Assert
            assertThat(moved).isFalse();
            assertThat(caseFile.reviewDueAt()).isEqualTo(due);
        }

        @Test
        @DisplayName("a time already past becomes now, not a time before the case was looked at")
        void pastBecomesNow() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).openedAt(T0).build();
            Instant now = at(Duration.ofMinutes(10));

            // Act
            caseFile.expedite(T0, now);

            // Assert
            assertThat(caseFile.reviewDueAt()).isEqualTo(now);
        }
    }

    @Nested
    @DisplayName("joining a report")
    class JoiningReport {

        @Test
        @DisplayName("counts the report")
        void countGrows() {
            // Arrange
            Case caseFile = aCase().build();

            // Act
            caseFile.joinReport(OTHER_HARMFUL, false, at(Duration.ofMinutes(5)), SlaPolicy.DEFAULT);
            caseFile.joinReport(OTHER_HARMFUL, false, at(Duration.ofMinutes(6)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.reportCount()).isEqualTo(3);
        }

        static Stream<Arguments> everyPairOfCategories() {
            return Arrays.stream(Category.values())
                    .flatMap(first -> Arrays.stream(Category.values()).map(second -> Arguments.of(first, second)));
        }

        @ParameterizedTest(name = "{0} + {1}")
        @MethodSource("everyPairOfCategories")
        @DisplayName("takes the most severe category reported")
        void mostSevereWins(Category opened, Category joined) {
            // Arrange
            Case caseFile = aCase().category(opened).build();

            // Act
            caseFile.joinReport(joined, false, at(Duration.ofMinutes(1)), SlaPolicy.DEFAULT);

            // Assert
            Category expected = CategoryTest.moreSevereByRanking(opened, joined);
            assertThat(caseFile.category()).isEqualTo(expected);
            assertThat(caseFile.severity()).isEqualTo(expected.severity());
        }

        @Test
        @DisplayName("a less severe report later leaves the severity the queue sorts by")
        void severityNeverDrops() {
            // Arrange
            Case caseFile = aCase().category(OTHER_HARMFUL).build();
            caseFile.joinReport(CHILD_SEXUAL_IMAGERY, false, at(Duration.ofMinutes(1)), SlaPolicy.DEFAULT);

            // Act
            caseFile.joinReport(SURVIVOR_HARASSMENT, false, at(Duration.ofMinutes(2)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.category()).isEqualTo(CHILD_SEXUAL_IMAGERY);
            assertThat(caseFile.severity()).isEqualTo(CHILD_SEXUAL_IMAGERY.severity());
        }

        @Test
        @DisplayName("stays self-reported once anyone reported themselves")
        void selfReportSticks() {
            // Arrange
            Case caseFile = aCase().build();

            // Act
            caseFile.joinReport(OTHER_HARMFUL, true, at(Duration.ofMinutes(1)), SlaPolicy.DEFAULT);
            caseFile.joinReport(OTHER_HARMFUL, false, at(Duration.ofMinutes(2)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.selfReported()).isTrue();
        }

        @Test
        @DisplayName("a report by someone else does not make a case self-reported")
        void notSelfReported() {
            // Arrange
            Case caseFile = aCase().build();

            // Act
            caseFile.joinReport(OTHER_HARMFUL, false, at(Duration.ofMinutes(1)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.selfReported()).isFalse();
        }

        @Test
        @DisplayName("moves the review to half the time that was left")
        void halvesTimeLeft() {
            // Arrange: due at T0 + 24 h
            Case caseFile = aCase().category(OTHER_HARMFUL).openedAt(T0).build();

            // Act: 22 h left, the new report's own due time (T0 + 26 h) is later
            caseFile.joinReport(OTHER_HARMFUL, false, at(Duration.ofHours(2)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.reviewDueAt()).isEqualTo(at(Duration.ofHours(13)));
        }

        @Test
        @DisplayName("moves the review to the new report's own due time when that is sooner")
        void ownDueTimeWhenSooner() {
            // Arrange: due at T0 + 24 h
            Case caseFile = aCase().category(OTHER_HARMFUL).openedAt(T0).build();

            // Act: child sexual imagery is due within an hour, T0 + 3 h, sooner than the half (T0 + 13 h)
            caseFile.joinReport(CHILD_SEXUAL_IMAGERY, false, at(Duration.ofHours(2)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.reviewDueAt()).isEqualTo(at(Duration.ofHours(3)));
        }

        @Test
        @DisplayName("a self-report joining moves the review to the self-report window")
        void selfReportJoining() {
            // Arrange: due at T0 + 4 h
            Case caseFile = aCase().category(SURVIVOR_ADULT_IMAGE).openedAt(T0).build();

            // Act: half of 3 h 50 min left would be T0 + 2 h 5 min; a self-report is due at T0 + 1 h 10 min
            caseFile.joinReport(SURVIVOR_ADULT_IMAGE, true, at(Duration.ofMinutes(10)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.reviewDueAt()).isEqualTo(at(Duration.ofMinutes(70)));
        }

        @Test
        @DisplayName("leaves an overdue case at its due time")
        void overdueStays() {
            // Arrange: due at T0 + 24 h
            Case caseFile = aCase().category(OTHER_HARMFUL).openedAt(T0).build();
            Instant due = caseFile.reviewDueAt();

            // Act
            caseFile.joinReport(CHILD_SEXUAL_IMAGERY, true, at(Duration.ofHours(30)), SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.reviewDueAt()).isEqualTo(due);
            assertThat(caseFile.reportCount()).isEqualTo(2);
            assertThat(caseFile.category()).isEqualTo(CHILD_SEXUAL_IMAGERY);
        }

        @Test
        @DisplayName("a report exactly at the due time leaves the due time")
        void joinAtDueTime() {
            // Arrange
            Case caseFile = aCase().category(SURVIVOR_HARASSMENT).openedAt(T0).build();
            Instant due = caseFile.reviewDueAt();

            // Act
            caseFile.joinReport(OTHER_HARMFUL, false, due, SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.reviewDueAt()).isEqualTo(due);
        }

        static Stream<Arguments> reportsAtManyTimes() {
            return Arrays.stream(Category.values()).flatMap(category -> Stream.of(true, false).flatMap(self ->
                    Stream.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(59), Duration.ofHours(3),
                                    Duration.ofHours(23), Duration.ofHours(48))
                            .map(after -> Arguments.of(category, self, after))));
        }

        @ParameterizedTest(name = "{0}, self-report {1}, {2} after opening")
        @MethodSource("reportsAtManyTimes")
        @DisplayName("never moves the review later, nor past half the time left or the new report's own due time")
        void neverLater(Category reported, boolean selfReport, Duration after) {
            // Arrange
            Case caseFile = aCase().category(SURVIVOR_ADULT_IMAGE).openedAt(T0).build();
            Instant before = caseFile.reviewDueAt();
            Instant now = at(after);
            Instant ownDue = SlaPolicy.DEFAULT.reviewDue(reported, selfReport, now);

            // Act
            caseFile.joinReport(reported, selfReport, now, SlaPolicy.DEFAULT);

            // Assert
            assertThat(caseFile.reviewDueAt()).isBeforeOrEqualTo(before).isBeforeOrEqualTo(
                    now.isBefore(before) ? ownDue : before);
            if (now.isBefore(before)) {
                Instant half = now.plus(Duration.between(now, before).dividedBy(2));
                assertThat(caseFile.reviewDueAt()).isEqualTo(half.isBefore(ownDue) ? half : ownDue);
            } else {
                assertThat(caseFile.reviewDueAt()).isEqualTo(before);
            }
        }

        @Test
        @DisplayName("is refused on a closed case, which stays as it was")
        void refusedWhenClosed() {
            // Arrange
            Case closed = aCase().inStatus(CaseStatus.CLOSED).build();
            Instant due = closed.reviewDueAt();

            // Act / Assert
            assertThatThrownBy(() -> closed.joinReport(CHILD_SEXUAL_IMAGERY, true, at(Duration.ofMinutes(5)),
                    SlaPolicy.DEFAULT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
            assertThat(closed.reportCount()).isOne();
            assertThat(closed.category()).isEqualTo(OTHER_HARMFUL);
            assertThat(closed.reviewDueAt()).isEqualTo(due);
            assertThat(closed.selfReported()).isFalse();
        }
    }

    @Nested
    @DisplayName("items")
    class Items {

        private final ContentItem picture = new ContentItem("pic-1", "https://platform.example/media/pic-1",
                "image/png", null, "uploader-1", T0.minus(Duration.ofDays(3)));

        @Test
        @DisplayName("a hosted item points to the content, at its URL, pending review")
        void hostedItem() {
            // Arrange
            Case caseFile = aCase().build();
            Instant now = at(Duration.ofMinutes(1));

            // Act
            CaseItem item = caseFile.addHostedItem(picture, now);

            // Assert
            assertThat(caseFile.items()).containsExactly(item);
            assertThat(item.caseFile()).isSameAs(caseFile);
            assertThat(item.kind()).isEqualTo(CaseItem.Kind.HOSTED);
            assertThat(item.content()).isSameAs(picture);
            assertThat(item.location()).isEqualTo("https://platform.example/media/pic-1");
            assertThat(item.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
            assertThat(item.addedAt()).isEqualTo(now);
        }

        @Test
        @DisplayName("an external item keeps only the address, pending review")
        void externalItem() {
            // Arrange
            Case caseFile = aCase().build();

            // Act
            CaseItem item = caseFile.addExternalItem("https://elsewhere.example/x", at(Duration.ofMinutes(1)));

            // Assert
            assertThat(caseFile.items()).containsExactly(item);
            assertThat(item.kind()).isEqualTo(CaseItem.Kind.EXTERNAL);
            assertThat(item.content()).isNull();
            assertThat(item.location()).isEqualTo("https://elsewhere.example/x");
            assertThat(item.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
        }

        @Test
        @DisplayName("items stay in the order they were added and cannot be changed from outside")
        void itemsReadOnly() {
            // Arrange
            Case caseFile = aCase().build();
            CaseItem first = caseFile.addExternalItem("https://a.example/", at(Duration.ofMinutes(1)));
            CaseItem second = caseFile.addHostedItem(picture, at(Duration.ofMinutes(2)));

            // Act / Assert
            assertThat(caseFile.items()).containsExactly(first, second);
            assertThatThrownBy(() -> caseFile.items().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("are refused on a closed case")
        void refusedWhenClosed() {
            // Arrange
            Case closed = aCase().inStatus(CaseStatus.CLOSED).build();

            // Act / Assert
            assertThatThrownBy(() -> closed.addHostedItem(picture, at(Duration.ofMinutes(1))))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> closed.addExternalItem("https://a.example/", at(Duration.ofMinutes(1))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(closed.items()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"IN_REVIEW", "ESCALATED"})
        @DisplayName("may still be added while a case is being reviewed")
        void addedWhileInReview(CaseStatus status) {
            // Arrange
            Case caseFile = aCase().inStatus(status).build();

            // Act
            caseFile.addExternalItem("https://a.example/", at(Duration.ofMinutes(1)));

            // Assert
            assertThat(caseFile.items()).hasSize(1);
        }
    }

    @Test
    @DisplayName("a move without a time is refused before anything changes")
    void moveNeedsTime() {
        // Arrange
        Case caseFile = aCase().build();

        // Act / Assert
        assertThatThrownBy(() -> caseFile.moveTo(CaseStatus.IN_REVIEW, "moderator-7", null))
                .isInstanceOf(NullPointerException.class);
        assertThat(caseFile.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(caseFile.statusChangedBy()).isEqualTo("reporter");
    }
}

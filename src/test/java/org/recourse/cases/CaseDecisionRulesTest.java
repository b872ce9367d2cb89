package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.CaseActionRefusedException.Reason;
import org.recourse.staff.Role;

/**
 * Who may decide what, on the aggregate alone: role x category x self-reported x case status (and holder) x decision
 * (x how much justification was written). The tables are written out by hand, so that a change to a rule must be a
 * deliberate change here too; the expected outcome of a combination is the first refusal its rows name.
 */
@DisplayName("Case: who may decide what (role x category x self-reported x status x decision)")
class CaseDecisionRulesTest {

    private static final Instant NOW = CaseBuilder.DEFAULT_OPENED_AT.plus(Duration.ofMinutes(10));
    private static final String ME = "rev";
    private static final Role[] ROLES = {Role.MODERATOR, Role.SUPERVISOR, Role.ADMIN};

    /** How much the reviewer wrote to justify the decision. */
    enum Justification {
        NONE(null), SHORT("adults, checked"), ENOUGH("  Verified ID and signed consent of both adults, ref 77.  ");

        final String text;

        Justification(String text) {
            this.text = text;
        }
    }

    /**
     * Whether the case may be decided, by status and holder (rows) for each role (columns): {@code +} yes, otherwise
     * the rule that refuses: {@code C}losed, {@code E}scalated (supervisors only), {@code H}older (only the holder or a
     * supervisor).
     */
    private static final String[] ACCESS = {
        //                          MODERATOR  SUPERVISOR  ADMIN
        "OPEN       NOBODY              H          +         +",
        "IN_REVIEW  ME                  +          +         +",
        "IN_REVIEW  ANOTHER             H          +         +",
        "ESCALATED  NOBODY              E          +         +",
        "ESCALATED  ANOTHER             E          +         +",
        "CLOSED     NOBODY              C          C         C"};

    /**
     * Whether restoring is a supervisor's decision with a written justification ("when in doubt, a child"): by the
     * case's category, reported by someone else (first) or by the person shown (second).
     */
    private static final String[] SENSITIVE = {
        "CHILD_SEXUAL_IMAGERY           yes  yes",
        "SURVIVOR_CHILDHOOD_IMAGE       no   yes",
        "SURVIVOR_ADULT_IMAGE           no   yes",
        "SURVIVOR_PERSONAL_INFORMATION  no   yes",
        "SURVIVOR_HARASSMENT            no   yes",
        "NON_CONSENSUAL_INTIMATE_IMAGE  no   yes",
        "OTHER_HARMFUL                  no   yes"};

    /**
     * For a reviewer the case lets decide: the decision on ordinary and on sensitive content (rows), for each role
     * (columns), with no, a short and enough justification (the three characters of a cell): {@code +} yes, {@code S}
     * a supervisor's decision, {@code J} needs the justification.
     */
    private static final String[] DECISIONS = {
        //                      MODERATOR  SUPERVISOR  ADMIN
        "REMOVE    ordinary        +++        +++       +++",
        "REMOVE    sensitive       +++        +++       +++",
        "RESTORE   ordinary        +++        +++       +++",
        "RESTORE   sensitive       SSS        JJ+       JJ+",
        "ESCALATE  ordinary        +++        +++       +++",
        "ESCALATE  sensitive       +++        +++       +++",
        "REFER     ordinary        +++        +++       +++",
        "REFER     sensitive       +++        +++       +++"};

    /** Who holds the case when {@link #ME} decides. */
    enum Holding {
        NOBODY, ME, ANOTHER
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> rows = new ArrayList<>();
        for (String access : ACCESS) {
            String[] a = access.trim().split("\\s+");
            for (String sensitive : SENSITIVE) {
                String[] s = sensitive.trim().split("\\s+");
                for (int self = 0; self < 2; self++) {
                    boolean isSensitive = s[1 + self].equals("yes");
                    for (String decision : DECISIONS) {
                        String[] d = decision.trim().split("\\s+");
                        if (d[1].equals("sensitive") != isSensitive) {
                            continue;
                        }
                        for (int role = 0; role < ROLES.length; role++) {
                            for (Justification justification : Justification.values()) {
                                char accessCell = a[2 + role].charAt(0);
                                char decisionCell = d[2 + role].charAt(justification.ordinal());
                                rows.add(Arguments.of(ROLES[role], Category.valueOf(s[0]), self == 1,
                                        CaseStatus.valueOf(a[0]), Holding.valueOf(a[1]), Decision.valueOf(d[0]),
                                        justification, outcome(accessCell == '+' ? decisionCell : accessCell)));
                            }
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    /** The refusal a table cell names, or null for "allowed". */
    private static Reason outcome(char cell) {
        return switch (cell) {
            case '+' -> null;
            case 'C' -> Reason.CLOSED;
            case 'E' -> Reason.SUPERVISORS_ONLY;
            case 'H' -> Reason.NOT_HOLDER;
            case 'S' -> Reason.RESTORE_NEEDS_SUPERVISOR;
            case 'J' -> Reason.RESTORE_NEEDS_JUSTIFICATION;
            default -> throw new IllegalArgumentException("No outcome " + cell);
        };
    }

    /** A case of this category, in this status, held as described, with two items nobody has decided. */
    private static Case caseFor(Category category, boolean selfReported, CaseStatus status, Holding holding,
            Role role) {
        CaseBuilder builder = aCase().category(category).withExternalItems(2).inStatus(status);
        if (selfReported) {
            builder.selfReported();
        }
        return switch (holding) {
            case NOBODY -> builder.build();
            case ME -> builder.claimedBy(ME, role).build();
            case ANOTHER -> builder.claimedBy("sam", Role.SUPERVISOR).build();
        };
    }

    private static ReasonCode reasonFor(Decision decision) {
        return decision == Decision.RESTORE ? ReasonCode.ADULTS_CONSENTED : decision.reasons().iterator().next();
    }

    @ParameterizedTest(name = "{0}, {1}, self-reported {2}, {3} held by {4}: {5} with {6} justification -> {7}")
    @MethodSource("everyCombination")
    @DisplayName("a decision is taken or refused exactly as the tables say; a refused one changes nothing")
    void decideFollowsTables(Role role, Category category, boolean selfReported, CaseStatus status, Holding holding,
            Decision decision, Justification justification, Reason refused) {
        // Arrange
        Case caseFile = caseFor(category, selfReported, status, holding, role);
        CaseItem item = caseFile.items().get(0);
        String holderBefore = caseFile.assignee();
        Reviewer reviewer = new Reviewer(ME, role);

        if (refused == null) {
            // Act
            ItemDecision record = caseFile.decide(item, decision, reasonFor(decision), " ", justification.text,
                    reviewer, NOW);

            // Assert
            assertThat(record.decision()).isEqualTo(decision);
            assertThat(record.decidedBy()).isEqualTo(ME);
            assertThat(record.decidedAt()).isEqualTo(NOW);
            assertThat(record.note()).isNull();
            assertThat(record.justification())
                    .isEqualTo(justification.text == null ? null : justification.text.strip());
            assertThat(item.status()).isEqualTo(decision.result());
        } else {
            // Act / Assert
            assertThatThrownBy(() -> caseFile.decide(item, decision, reasonFor(decision), null, justification.text,
                    reviewer, NOW))
                    .isInstanceOfSatisfying(CaseActionRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(refused);
                        assertThat(e.action()).isEqualTo(CaseAction.DECIDE);
                    });
            assertThat(item.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
            assertThat(caseFile.status()).isEqualTo(status);
            assertThat(caseFile.assignee()).isEqualTo(holderBefore);
        }
    }

    @Nested
    @DisplayName("only the holder decides")
    class OnlyTheHolderDecides {

        @Test
        @DisplayName("a moderator decides the case they hold; another moderator is refused and changes nothing")
        void holderDecidesOthersDoNot() {
            // Arrange
            Case caseFile = aCase().withExternalItems(2).claimedBy("mona").build();
            CaseItem first = caseFile.items().get(0);
            CaseItem second = caseFile.items().get(1);

            // Act
            caseFile.decide(first, Decision.REMOVE, ReasonCode.HARASSMENT, null, null,
                    new Reviewer("mona", Role.MODERATOR), NOW);

            // Assert
            assertThat(first.status()).isEqualTo(ItemStatus.REMOVED);
            assertThatThrownBy(() -> caseFile.decide(second, Decision.REMOVE, ReasonCode.HARASSMENT, null, null,
                    new Reviewer("milo", Role.MODERATOR), NOW))
                    .isInstanceOfSatisfying(CaseActionRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("review.error.notHolder"));
            assertThat(second.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
            assertThat(caseFile.assignee()).isEqualTo("mona");
        }

        @Test
        @DisplayName("a moderator who gave the case back no longer decides it")
        void releasedHolderNoLongerDecides() {
            // Arrange
            Case caseFile = aCase().withExternalItems(1).claimedBy("mona").build();
            Reviewer mona = new Reviewer("mona", Role.MODERATOR);
            caseFile.release(mona, NOW);

            // Act / Assert
            assertThatThrownBy(() -> caseFile.decide(caseFile.items().get(0), Decision.REMOVE,
                    ReasonCode.HARASSMENT, null, null, mona, NOW))
                    .isInstanceOfSatisfying(CaseActionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_HOLDER));
        }

        @Test
        @DisplayName("an item of another case is refused, whoever decides")
        void itemOfAnotherCase() {
            // Arrange
            Case caseFile = aCase().withExternalItems(1).claimedBy("mona").build();
            CaseItem elsewhere = aCase().withExternalItems(1).claimedBy("mona").build().items().get(0);

            // Act / Assert
            assertThatThrownBy(() -> caseFile.decide(elsewhere, Decision.REMOVE, ReasonCode.HARASSMENT, null, null,
                    new Reviewer("mona", Role.MODERATOR), NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThat(elsewhere.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
        }
    }

    @Nested
    @DisplayName("revealing and releasing")
    class RevealingAndReleasing {

        @Test
        @DisplayName("a reveal by whom the case lets look counts as activity; anyone else is refused")
        void revealNeedsViewInFull() {
            // Arrange
            Case caseFile = aCase().withExternalItems(1).claimedBy("mona").build();
            CaseItem item = caseFile.items().get(0);

            // Act
            caseFile.reveal(item, new Reviewer("mona", Role.MODERATOR), NOW);

            // Assert
            assertThat(caseFile.lastActivityAt()).isEqualTo(NOW);
            assertThatThrownBy(() -> caseFile.reveal(item, new Reviewer("milo", Role.MODERATOR), NOW.plusSeconds(1)))
                    .isInstanceOfSatisfying(CaseActionRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("review.viewNeedsClaim"));
            assertThat(caseFile.lastActivityAt()).isEqualTo(NOW);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Role.class, names = {"SUPERVISOR", "ADMIN"})
        @DisplayName("the holder or a supervisor gives a case back; another moderator is refused")
        void releaseByHolderOrSupervisor(Role role) {
            // Arrange
            Case byHolder = aCase().claimedBy("mona").build();
            Case bySupervisor = aCase().claimedBy("mona").build();
            Case byOther = aCase().claimedBy("mona").build();

            // Act
            byHolder.release(new Reviewer("mona", Role.MODERATOR), NOW);
            bySupervisor.release(new Reviewer("sam", role), NOW);

            // Assert
            assertThat(byHolder.assignee()).isNull();
            assertThat(bySupervisor.assignee()).isNull();
            assertThat(bySupervisor.statusChangedBy()).isEqualTo("sam");
            assertThatThrownBy(() -> byOther.release(new Reviewer("milo", Role.MODERATOR), NOW))
                    .isInstanceOfSatisfying(CaseActionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_HOLDER));
            assertThat(byOther.assignee()).isEqualTo("mona");
            assertThat(byOther.status()).isEqualTo(CaseStatus.IN_REVIEW);
        }
    }

    @Nested
    @DisplayName("the words of a refusal")
    class Words {

        static Stream<Arguments> everyRefusal() {
            return Arrays.stream(Reason.values())
                    .flatMap(reason -> Arrays.stream(CaseAction.values()).map(action -> Arguments.of(reason, action)));
        }

        @ParameterizedTest(name = "{0} on {1}")
        @MethodSource("everyRefusal")
        @DisplayName("every refusal names a text the bundle has, in English and in French")
        void everyRefusalHasWords(Reason reason, CaseAction action) {
            // Arrange
            CaseActionRefusedException refusal = new CaseActionRefusedException(7L, action, reason);

            // Act
            String key = refusal.messageKey();

            // Assert
            for (Locale language : List.of(Locale.ENGLISH, Locale.CANADA_FRENCH)) {
                assertThat(ResourceBundle.getBundle("org.recourse.i18n.messages", language).containsKey(key))
                        .as("%s in %s", key, language).isTrue();
            }
        }

        @Test
        @DisplayName("the page's words stay what they were for each rule")
        void sameKeysAsBefore() {
            // Arrange
            Map<Reason, String> expected = Map.of(
                    Reason.CLOSED, "review.error.closed",
                    Reason.SUPERVISORS_ONLY, "review.error.supervisorsOnly",
                    Reason.HELD_BY_OTHER, "review.error.claimed",
                    Reason.NOT_HOLDER, "review.error.notHolder",
                    Reason.RESTORE_NEEDS_SUPERVISOR, "review.error.restoreNeedsSupervisor",
                    Reason.RESTORE_NEEDS_JUSTIFICATION, "review.error.restoreNeedsJustification");

            // Act / Assert
            expected.forEach((reason, key) -> assertThat(
                    new CaseActionRefusedException(1L, CaseAction.DECIDE, reason).messageKey()).isEqualTo(key));
            assertThat(new CaseActionRefusedException(1L, CaseAction.VIEW_IN_FULL, Reason.NOT_HOLDER).messageKey())
                    .isEqualTo("review.viewNeedsClaim");
            assertThat(new CaseAlreadyClaimedException(1L, "mona").messageArguments()).containsExactly("mona");
        }
    }
}

package org.recourse.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Category;
import org.recourse.cases.ReasonCode;
import org.recourse.platform.i18n.Messages;
import org.recourse.screening.banks.BankPurpose;

@DisplayName("A statement in words: English and French, every value through a message key, never an enum's name")
class StatementTextTest {

    private static final Subject ITEM = Statements.content(7L, "pic-7");
    private static final Subject ACCOUNT = new Subject(Scope.ACCOUNT, 7L, "pic-7", "uploader-1", 12L);
    private static final Subject UPLOAD = Subject.upload(new Subject.Upload(null, "sha256", "ab".repeat(32)));

    /** Every kind of statement, with every detection, bank kind, reason and category somewhere among them. */
    static Stream<Arguments> statements() {
        Stream<StatementOfReasons> kinds = Stream.of(
                Statements.first(ITEM, Restriction.HIDDEN_PENDING_REVIEW, Facts.reported(Category.OTHER_HARMFUL, false)),
                Statements.first(ITEM, Restriction.UPLOAD_HELD, Facts.hashMatch(Category.SURVIVOR_ADULT_IMAGE, null)),
                Statements.first(ITEM, Restriction.UPLOAD_BLOCKED,
                        new Facts(Category.CHILD_SEXUAL_IMAGERY, Detection.SCREENING_RULE, null, null)),
                Statements.first(ACCOUNT, Restriction.UPLOADER_BANNED, Facts.reported(Category.SURVIVOR_HARASSMENT,
                        true).decided(Category.SURVIVOR_HARASSMENT, ReasonCode.HARASSMENT)),
                Statements.first(Subject.account("uploader-2", null, null), Restriction.UPLOADER_BANNED,
                        StatementRules.staffFacts()),
                Statements.first(Subject.account("uploader-2", null, null), Restriction.BAN_LIFTED,
                        StatementRules.staffFacts()),
                Statements.first(UPLOAD, Restriction.UPLOAD_BLOCKED, StatementRules.textFacts()),
                Statements.first(Subject.upload(new Subject.Upload("upl-9", "md5", "0".repeat(32))),
                        Restriction.UPLOAD_HELD, Facts.hashMatch(Category.SURVIVOR_ADULT_IMAGE,
                                BankPurpose.SURVIVOR_SUBMITTED)));
        Stream<StatementOfReasons> banks = Arrays.stream(BankPurpose.values()).map(bank ->
                Statements.first(ITEM, Restriction.UPLOAD_BLOCKED, Facts.hashMatch(bank.category(), bank)));
        Stream<StatementOfReasons> reasons = Arrays.stream(ReasonCode.values()).map(reason ->
                Statements.first(ITEM, Restriction.REMOVED, Facts.reported(Category.values()[reason.ordinal()
                        % Category.values().length], false).decided(Category.values()[reason.ordinal()
                        % Category.values().length], reason)));
        return Stream.of(kinds, banks, reasons).flatMap(s -> s)
                .flatMap(statement -> Messages.SUPPORTED.stream().map(locale -> Arguments.of(statement, locale)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("statements")
    @DisplayName("no line holds an enum's name, a missing message or an unfilled argument")
    void noRawNames(StatementOfReasons statement, Locale locale) {
        // Act
        String text = StatementText.render(statement, locale).text();

        // Assert
        List<String> names = Stream.of(Restriction.values(), Detection.values(), AutomatedDecision.values(),
                        Category.values(), BankPurpose.values(), ReasonCode.values(), Scope.values())
                .flatMap(Arrays::stream).map(Enum::name).filter(name -> name.length() > 3).toList();
        assertThat(names).noneMatch(text::contains);
        assertThat(text).doesNotContain("{0}", "{1}", "???", "null");
        assertThat(Arrays.stream(Category.values()).map(Category::code)).noneMatch(text::contains);
    }

    @Test
    @DisplayName("a removal reads in English and in French, with its ground, automation and appeal")
    void removalInBothLanguages() {
        // Arrange
        StatementOfReasons hidden = Statements.first(ITEM, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.CHILD_SEXUAL_IMAGERY, false));
        StatementOfReasons removed = Statements.next(hidden, ITEM, Restriction.REMOVED, hidden.facts()
                .decided(Category.CHILD_SEXUAL_IMAGERY, ReasonCode.CHILD_SEXUAL_ABUSE_MATERIAL), Duration.ofHours(1));

        // Act
        List<StatementText.Rendered> both = StatementText.inEveryLanguage(removed);

        // Assert
        assertThat(both).extracting(StatementText.Rendered::language).containsExactly("en", "fr-CA");
        assertThat(both.get(0).title()).isEqualTo("Statement of reasons");
        assertThat(both.get(0).lines()).contains("The content was removed.", "Content concerned: pic-7.",
                "How it came to our attention: it was reported to us.",
                "Ground in the platform's rules: Community rules, section 1.",
                "Legal ground: the content is illegal (Directive 2011/93/EU art. 5).",
                "No automated means were used to detect it.",
                "A person decided; no automated means took the decision.");
        assertThat(both.get(0).text()).contains("You can appeal this decision until",
                "https://platform.example/appeals", "version 2", removed.publicId().value());
        assertThat(both.get(1).title()).isEqualTo("Exposé des motifs");
        assertThat(both.get(1).lines()).contains("Le contenu a été retiré.", "Contenu visé : pic-7.",
                "Comment nous l'avons appris : il nous a été signalé.",
                "Fondement juridique : le contenu est illicite (Directive 2011/93/EU art. 5).");
        assertThat(both.get(1).text()).contains("Vous pouvez faire appel de cette décision jusqu'au", "version 2");
    }

    @Test
    @DisplayName("a self-report says only that a person shown reported it; a restoration offers no appeal")
    void selfReportAndRestoration() {
        // Arrange
        StatementOfReasons restored = Statements.first(ITEM, Restriction.RESTORED, Facts.reported(
                Category.SURVIVOR_ADULT_IMAGE, true).decided(Category.SURVIVOR_ADULT_IMAGE, ReasonCode.ADULTS_CONSENTED));

        // Act
        String english = StatementText.render(restored, Locale.ENGLISH).text();

        // Assert
        assertThat(english).contains("it was reported by a person shown in it",
                "There is nothing to appeal", "every person shown is an adult who consented",
                "incompatible with the platform's rules")
                .doesNotContain("Legal ground", "You can appeal");
    }

    @Test
    @DisplayName("an upload named by its hash, and a lifted ban, read in English and in French; a lift offers no appeal")
    void uploadAndLiftedBan() {
        // Arrange
        StatementOfReasons blocked = Statements.first(UPLOAD, Restriction.UPLOAD_BLOCKED, StatementRules.textFacts());
        StatementOfReasons banned = Statements.first(Subject.account("uploader-2", null, null),
                Restriction.UPLOADER_BANNED, StatementRules.staffFacts());
        StatementOfReasons lifted = Statements.next(banned, Subject.account("uploader-2", null, null),
                Restriction.BAN_LIFTED, banned.facts(), Duration.ofDays(3));

        // Act
        String english = StatementText.render(blocked, Locale.ENGLISH).text();
        String french = StatementText.render(lifted, Locale.CANADA_FRENCH).text();

        // Assert
        assertThat(english).contains("Upload concerned: the file whose SHA256 fingerprint is " + "ab".repeat(32))
                .contains("its words matched the platform's lists of threats and harassment");
        assertThat(french).contains("La restriction du compte a pris fin : le bannissement a été levé")
                .contains("le personnel de la plateforme l'a constaté")
                .contains("Il n'y a rien à contester");
        assertThat(lifted.version()).isEqualTo(2);
        assertThat(lifted.redress().appealOpen()).isFalse();
        assertThat(lifted.ground().legalGround()).isNull();
    }

    @Test
    @DisplayName("without an appeal address the statement says to appeal through the platform")
    void appealThroughThePlatform() {
        // Arrange
        StatementPolicy policy = Statements.policy(null);
        StatementOfReasons hidden = StatementOfReasons.first(ITEM, Restriction.HIDDEN_PENDING_REVIEW,
                Facts.reported(Category.OTHER_HARMFUL, false), policy.ground(Category.OTHER_HARMFUL,
                        Restriction.HIDDEN_PENDING_REVIEW), AutomatedDecision.FULLY,
                policy.redress(Restriction.HIDDEN_PENDING_REVIEW, Statements.ISSUED), Statements.ISSUED);

        // Act
        String french = StatementText.render(hidden, Locale.CANADA_FRENCH).text();

        // Assert
        assertThat(french).contains("par l'intermédiaire de la plateforme", "sans décision humaine");
    }
}

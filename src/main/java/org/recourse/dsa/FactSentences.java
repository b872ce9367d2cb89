package org.recourse.dsa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.recourse.cases.Category;
import org.recourse.dsa.StatementFacts.Detection;
import org.recourse.dsa.StatementFacts.Restriction;

/**
 * The fixed English sentences the free-text fields are built from, chosen by codes: nothing a reporter, an uploader or
 * a reviewer typed ever reaches the database. The personal-data check accepts text made of these and of the grounds
 * from settings only.
 */
final class FactSentences {

    static final String OTHER_CONTENT_TYPE = "Uploaded media of another kind.";

    private static final Map<Detection, String> FOUND = Map.of(
            Detection.REPORT, "A notice from a member of the public identified the content.",
            Detection.SURVIVOR_SELF_REPORT, "A notice from a person shown in the content identified it.",
            Detection.HASH_MATCH, "The content matched a hash list of known material.",
            Detection.SCREENING_RULE, "An automated screening rule identified the content.",
            Detection.PHRASE_MATCH, "The text matched a list of threatening or harassing phrases.",
            Detection.CLASSIFIER, "An automated classifier flagged the content for human review.",
            Detection.STAFF_DECISION, "The platform's own staff identified the account's conduct.");

    private static final Map<Restriction, String> DONE = Map.of(
            Restriction.HIDDEN_PENDING_REVIEW, "Access to the content was disabled while it awaits human review.",
            Restriction.REMOVED, "The content was removed after review.",
            Restriction.RESTORED, "The content was restored after review.",
            Restriction.UPLOADER_BANNED, "The account was terminated.",
            Restriction.UPLOAD_HELD, "The upload was held back before publication.",
            Restriction.UPLOAD_BLOCKED, "The upload was blocked before publication.",
            Restriction.BAN_LIFTED, "The termination of the account was lifted.");

    private static final Map<Category, String> WHY = Map.of(
            Category.CHILD_SEXUAL_IMAGERY, "The content was assessed as sexual imagery of a child.",
            Category.SURVIVOR_CHILDHOOD_IMAGE, "The content was assessed as sexual imagery of a person taken when "
                    + "they were a child.",
            Category.SURVIVOR_ADULT_IMAGE, "The content was assessed as intimate imagery of an adult shared "
                    + "without their consent.",
            Category.SURVIVOR_PERSONAL_INFORMATION, "The content was assessed as exposing personal information "
                    + "of a person targeted by abuse.",
            Category.SURVIVOR_HARASSMENT, "The content was assessed as harassment of a person targeted by abuse.",
            Category.NON_CONSENSUAL_INTIMATE_IMAGE, "The content was assessed as intimate imagery shared without "
                    + "consent.",
            Category.OTHER_HARMFUL, "The content was assessed as harmful under the platform's terms.");

    private FactSentences() {
    }

    static String found(Detection detection) {
        return FOUND.get(detection);
    }

    static String done(Restriction restriction) {
        return DONE.get(restriction);
    }

    static String why(Category category) {
        return WHY.get(category);
    }

    /** Every sentence the mapping may use. */
    static List<String> all() {
        List<String> all = new ArrayList<>();
        Stream.of(FOUND.values(), DONE.values(), WHY.values()).forEach(all::addAll);
        all.add(OTHER_CONTENT_TYPE);
        return all;
    }

    /**
     * Whether {@code text} is made only of the given sentences, one space apart; longer sentences are tried first, so a
     * sentence that begins another does not cut it short.
     */
    static boolean madeOf(String text, List<String> sentences) {
        List<String> longestFirst = sentences.stream().filter(s -> !s.isEmpty())
                .sorted((a, b) -> b.length() - a.length()).toList();
        String rest = text;
        while (!rest.isEmpty()) {
            String current = rest;
            Optional<String> next = longestFirst.stream().filter(current::startsWith).findFirst();
            if (next.isEmpty()) {
                return false;
            }
            rest = current.substring(next.get().length());
            if (!rest.isEmpty()) {
                if (!rest.startsWith(" ")) {
                    return false;
                }
                rest = rest.substring(1);
            }
        }
        return !text.isEmpty();
    }
}

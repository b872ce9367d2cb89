package org.recourse.intake;

import java.util.List;
import java.util.regex.Pattern;
import org.recourse.cases.Category;
import org.recourse.platform.validation.FieldProblem;

/**
 * What makes a removal request valid (TAKE IT DOWN Act, sec. 3(a)(1)(B)): a signature, contact information, the
 * location (the report's own locations, checked by {@link SubmissionRules}), and a statement of good faith; and it
 * must be about an intimate image. Every outside byte is hostile: bounded lengths, no markup, no control characters.
 * Every broken rule is named at once.
 */
public final class RemovalRequestRules {

    public static final int MAX_SIGNATURE = 200;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[\\p{Cc}\\p{Cf}<>]");

    private RemovalRequestRules() {
    }

    /** The problems of the request filed with a report of {@code categoryCode}; none for no request. */
    static void check(RemovalRequest request, String categoryCode, List<FieldProblem> problems) {
        if (request == null) {
            return;
        }
        checkSignature(request.signature(), problems);
        String email = request.email();
        if (email == null) {
            problems.add(FieldProblem.of("removal.email", "removal.error.email.missing"));
        } else if (email.length() > SubmissionRules.MAX_EMAIL || !SubmissionRules.EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("removal.email", "report.error.email.malformed"));
        }
        if (request.forSomeoneElse() == null) {
            problems.add(FieldProblem.of("removal.actingFor", "removal.error.actingFor.missing"));
        }
        if (!request.goodFaith()) {
            problems.add(FieldProblem.of("removal.goodFaith", "removal.error.goodFaith.missing"));
        }
        Category.fromCode(categoryCode).filter(category -> !category.intimateImage()).ifPresent(
                category -> problems.add(FieldProblem.of("category", "removal.error.category")));
    }

    private static void checkSignature(String signature, List<FieldProblem> problems) {
        if (signature == null) {
            problems.add(FieldProblem.of("removal.signature", "removal.error.signature.missing"));
        } else if (signature.length() > MAX_SIGNATURE) {
            problems.add(FieldProblem.of("removal.signature", "removal.error.signature.tooLong", MAX_SIGNATURE,
                    signature.length()));
        } else if (NOT_IN_A_NAME.matcher(signature).find()) {
            problems.add(FieldProblem.of("removal.signature", "removal.error.signature.characters"));
        } else if (signature.codePointCount(0, signature.length()) < 2 || !LETTER.matcher(signature).find()) {
            problems.add(FieldProblem.of("removal.signature", "removal.error.signature.notAName"));
        }
    }
}

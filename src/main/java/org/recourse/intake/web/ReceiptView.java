package org.recourse.intake.web;

import java.time.Duration;
import java.util.List;
import org.recourse.cases.SanctionRule;
import org.recourse.cases.StrikePolicy;
import org.recourse.intake.Receipt;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;

/** A receipt in words: what the confirmation page, the API and the saved text file tell the reporter. */
public final class ReceiptView {

    private final Receipt receipt;
    private final PortalSettings settings;
    private final StrikePolicy sanctions;
    private final Messages messages;

    public ReceiptView(Receipt receipt, PortalSettings settings, StrikePolicy sanctions, Messages messages) {
        this.receipt = receipt;
        this.settings = settings;
        this.sanctions = sanctions;
        this.messages = messages;
    }

    public String reference() {
        return receipt.reference().display();
    }

    public boolean isContentHidden() {
        return receipt.itemsHidden() > 0;
    }

    public String hiddenStatement() {
        return messages.get("confirmation.hidden", receipt.itemsHidden());
    }

    public boolean isHasExternal() {
        return receipt.itemsExternal() > 0;
    }

    public String externalStatement() {
        return messages.get("confirmation.external", receipt.itemsExternal());
    }

    public boolean isMailSent() {
        return receipt.contactKept();
    }

    /** Whether what the reporter typed is this reference (any case, dashes, O for 0 and I or L for 1 allowed). */
    public boolean matches(String typed) {
        try {
            return org.recourse.intake.Reference.parse(typed).equals(receipt.reference());
        } catch (org.recourse.intake.InvalidReferenceException e) {
            return false;
        }
    }

    public String referenceCompact() {
        return receipt.reference().compact();
    }

    public String joinedStatement() {
        return receipt.joinedExistingCase() ? messages.get("confirmation.joined") : null;
    }

    /** What happens next for this category, what a removal does to the uploader (the strike policy), and by when. */
    public String nextSteps() {
        String due = messages.get("confirmation.due", dueWithin(), dueAt());
        String key = receipt.selfReport() ? "nextSteps.self_report" : "nextSteps." + receipt.category().code();
        String sanction = sanctionStatement();
        return messages.get(key) + (sanction.isEmpty() ? "" : " " + sanction) + " " + due;
    }

    /**
     * What the policy does to the uploader if this category's content is removed, from the same rule the removal
     * applies (nothing is said where it does nothing).
     */
    public String sanctionStatement() {
        SanctionRule rule = sanctions.ruleFor(receipt.category());
        return messages.get(rule.messageKey("nextSteps.sanction."), rule.messageArguments());
    }

    /** The review window in whole hours (or minutes when under one hour). */
    String dueWithin() {
        long minutes = Duration.between(receipt.receivedAt(), receipt.reviewDueBy()).toMinutes();
        return minutes >= 60
                ? messages.get("duration.hours", Math.round(minutes / 60.0))
                : messages.get("duration.minutes", Math.max(1, minutes));
    }

    String dueAt() {
        return messages.time(receipt.reviewDueBy());
    }

    /** Whom to contact, in the reader's language. */
    public PortalSettings.Contact contact() {
        return settings.contact(messages.locale());
    }

    public List<org.recourse.platform.settings.PortalSettings.SupportOrganisation> supportOrganisations() {
        return settings.supportOrganisations(messages.locale());
    }

    /** The text file a reporter can save: the reference, what happens next and whom to contact. */
    public String asText() {
        StringBuilder text = new StringBuilder()
                .append(messages.get("receipt.file.title")).append("\r\n\r\n")
                .append(messages.get("receipt.file.reference", reference())).append("\r\n\r\n")
                .append(nextSteps()).append("\r\n\r\n")
                .append(messages.get("receipt.file.contact", contact().team(), contact().email())).append("\r\n");
        if (contact().phone() != null) {
            text.append(contact().phone()).append("\r\n");
        }
        text.append("\r\n").append(messages.get("receipt.file.keep")).append("\r\n");
        return text.toString();
    }
}

package org.recourse.screening.policy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.policy.InvalidPolicyException;
import org.recourse.screening.policy.PolicyOutcome;
import org.recourse.screening.policy.PolicyRule;
import org.recourse.screening.policy.PolicyVersion;
import org.recourse.screening.policy.TorExitList;
import org.recourse.screening.policy.UploadPolicy;

/**
 * Backs /staff/admin/policy: the version in force of this service's tier, its history and the Tor exit list's state;
 * the admin edits a copy of the rules and publishes it as the next version (the one in force is never changed).
 */
@Named
@ViewScoped
public class PolicyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_ROWS = 2;

    @Inject
    RequestContext context;

    @Inject
    transient UploadPolicy policy;

    @Inject
    transient TorExitList torExits;

    private List<RuleRow> rows = new ArrayList<>();
    private String defaultOutcome;
    private String note;
    private String message;
    private List<String> errors = List.of();

    @PostConstruct
    void draft() {
        PolicyVersion current = policy.inForce();
        rows = new ArrayList<>();
        List<PolicyRule> rules = current.rules();
        for (int i = 0; i < rules.size(); i++) {
            rows.add(RuleRow.of(rules.get(i), i + 1));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(RuleRow.blank(rules.size() + i + 1));
        }
        defaultOutcome = current.defaultOutcome().name();
        note = null;
    }

    public void publish() {
        Messages messages = context.messages();
        List<String> problems = new ArrayList<>();
        List<PolicyRule> rules = new ArrayList<>();
        rows.stream().filter(r -> !r.isBlank()).sorted(Comparator.comparingInt(RuleRow::order)).forEach(row -> {
            try {
                rules.add(row.toRule());
            } catch (InvalidPolicyException invalid) {
                invalid.problems().forEach(p -> problems.add(messages.get(p, row.getName())));
            } catch (IllegalArgumentException notANumber) {
                problems.add(messages.get("policy.problem.age", row.getName()));
            }
        });
        if (problems.isEmpty()) {
            try {
                PolicyVersion published = policy.publish(context.staffName(), rules,
                        PolicyOutcome.valueOf(defaultOutcome), note);
                message = messages.get("staff.policy.published", published.number());
                errors = List.of();
                draft();
                return;
            } catch (InvalidPolicyException invalid) {
                invalid.problems().forEach(p -> problems.add(messages.get(p, "")));
            }
        }
        errors = problems;
        message = null;
    }

    public PolicyVersion getInForce() {
        return policy.inForce();
    }

    public List<PolicyVersion> getHistory() {
        return policy.history(20);
    }

    public String getTier() {
        return policy.tier().code();
    }

    public TorExitList.Status getTor() {
        return torExits.status();
    }

    private String time(java.time.Instant instant) {
        return instant == null ? "" : context.messages().time(instant);
    }

    public String versionLine(PolicyVersion version) {
        Messages messages = context.messages();
        return messages.get("staff.policy.versionLine", version.number(),
                messages.get("staff.policy.tier." + version.tier().code()), whenBy(version));
    }

    public String historyLine(PolicyVersion version) {
        Messages messages = context.messages();
        return messages.get("staff.policy.historyLine", version.number(), whenBy(version),
                messages.get("staff.policy.ruleCount", version.rules().size()));
    }

    private String whenBy(PolicyVersion version) {
        return context.messages().get("staff.policy.whenBy", time(version.publishedAt()), publisher(version));
    }

    /** The admin who published it, or the portal's words for the seeded defaults. */
    private String publisher(PolicyVersion version) {
        return UploadPolicy.SYSTEM.equals(version.publishedBy()) ? context.messages().get("staff.policy.system")
                : version.publishedBy();
    }

    public String torLine(TorExitList.Status tor) {
        Messages messages = context.messages();
        if (!tor.configured()) {
            return messages.get("staff.policy.tor.off");
        }
        if (tor.loadedAt() == null) {
            return messages.get("staff.policy.tor.notRead");
        }
        return messages.get("staff.policy.tor.state", tor.addresses(), time(tor.loadedAt())) + " "
                + messages.get("staff.policy.tor.bad", tor.badLines());
    }

    public String ruleNumber(int index) {
        return context.messages().get("staff.policy.ruleNumber", index + 1);
    }

    /** A rule's conditions in the reader's words, joined. */
    public String conditions(PolicyRule rule) {
        Messages messages = context.messages();
        List<String> words = new ArrayList<>();
        if (rule.accountAgeBelow() != null) {
            words.add(messages.get("policy.condition.account_age_below", rule.accountAgeBelow()));
        }
        if (rule.verificationBelow() != null) {
            words.add(messages.get("policy.condition.verification_below",
                    messages.get("policy.verification." + rule.verificationBelow().code())));
        }
        if (rule.anonymisingNetwork() != null) {
            words.add(messages.get("policy.condition.anonymising_network." + (rule.anonymisingNetwork() ? "yes" : "no")));
        }
        if (rule.contentClass() != null) {
            words.add(messages.get("policy.condition.content_class." + rule.contentClass().code()));
        }
        if (rule.performersMissing() != null) {
            words.add(messages.get("policy.condition.performers_missing." + (rule.performersMissing() ? "yes" : "no")));
        }
        return String.join(messages.get("policy.reason.separator"), words);
    }

    public List<String> getOutcomes() {
        return java.util.Arrays.stream(PolicyOutcome.values()).map(Enum::name).toList();
    }

    public List<String> getVerifications() {
        return List.of("email", "phone", "payment", "identity_document");
    }

    public List<RuleRow> getRows() {
        return rows;
    }

    public String getDefaultOutcome() {
        return defaultOutcome;
    }

    public void setDefaultOutcome(String defaultOutcome) {
        this.defaultOutcome = defaultOutcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getMessage() {
        return message;
    }

    public List<String> getErrors() {
        return errors;
    }
}

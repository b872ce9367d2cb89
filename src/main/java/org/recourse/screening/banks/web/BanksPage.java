package org.recourse.screening.banks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.banks.BankFile;
import org.recourse.screening.banks.BankFlags;
import org.recourse.screening.banks.BankFormats;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.EntryState;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.HashSubmissions;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.banks.PartnerBanks;
import org.recourse.screening.banks.RejectionRate;
import org.recourse.screening.banks.TrustLevel;

/**
 * Backs /staff/supervise/banks: supervisors and admins browse a bank (each entry with its review state), add a hash,
 * disable or enable one, import a shared list (all of it or nothing, bad lines named; Recourse's CSV and JSON lines or
 * ThreatExchange's formats), export the bank, and look at survivors' submissions of hashes staff had set aside. They
 * also make partner banks (a list from outside, with its source and trust level), change a partner bank's trust level,
 * see whether it is flagged for too many rejections, and download its feedback.
 */
@Named
@ViewScoped
public class BanksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    private static final int MAX_FILE = 20 * 1024 * 1024;

    @Inject
    RequestContext context;

    @Inject
    transient HashBanks banks;

    @Inject
    transient HashSubmissions submissions;

    @Inject
    transient BankFlags flags;

    @Inject
    transient PartnerBanks partners;

    private Long bankId;
    private String type = HashType.PDQ.code();
    private String value;
    private String label;
    private transient Part file;
    private List<BankFile.Problem> problems = List.of();
    private String partnerName;
    private String partnerSource;
    private String partnerPurpose = BankPurpose.IMPORTED.name();
    private String partnerTrust = TrustLevel.UNTRUSTED.name();
    private String trust;
    private String message;
    private String error;

    public List<HashBank> getBanks() {
        return banks.banks();
    }

    public long countOf(HashBank bank) {
        return banks.count(bank.id());
    }

    public List<HashBanks.Row> getEntries() {
        return bankId == null ? List.of() : banks.entries(bankId, 0, SHOWN);
    }

    public void add() {
        try {
            HashType hashType = HashType.parse(type).orElseThrow(() -> new IllegalArgumentException("type"));
            banks.addByHand(requireBank(), hashType, value, label, user());
            message = messages().get("staff.banks.added");
            error = null;
            value = null;
            label = null;
        } catch (IllegalArgumentException e) {
            error = messages().get("staff.banks.error.value");
        }
    }

    public void setActive(long entryId, boolean active) {
        banks.setActive(entryId, active, user());
    }

    /** Submissions of hashes staff had rejected or disabled, waiting for a supervisor (shown on the survivors' bank). */
    public List<HashSubmissions.SetAside> getSetAside() {
        return isSurvivorBank() ? submissions.setAside(SHOWN) : List.of();
    }

    /** A supervisor reopens the entry's review, or keeps it as staff set it. */
    public void handle(long submittedHashId, boolean reopen) {
        boolean done = submissions.handle(submittedHashId, reopen, user());
        message = messages().get(!done ? "staff.banks.setAside.gone"
                : reopen ? "staff.banks.setAside.reopened" : "staff.banks.setAside.kept");
        error = null;
    }

    public boolean isSurvivorBank() {
        return bankId != null && banks.bank(bankId).map(b -> b.purpose() == BankPurpose.SURVIVOR_SUBMITTED)
                .orElse(false);
    }

    /**
     * A bank's name: the portal's own in the page's language (the database keeps one name, for the audit log and
     * exports), a partner bank's as the supervisor named it.
     */
    public String nameOf(HashBank bank) {
        return nameOf(bank, messages());
    }

    /** The same, for other pages that name banks (the sweeps). */
    public static String nameOf(HashBank bank, Messages messages) {
        return bank.isPartner() ? bank.name() : messages.get("staff.banks.purpose." + bank.purpose().name());
    }

    /** The bank shown, if one is chosen. */
    public HashBank getBank() {
        return bankId == null ? null : banks.bank(bankId).orElse(null);
    }

    /** Makes a partner bank and shows it. */
    public String createPartner() {
        try {
            BankPurpose purpose = BankPurpose.valueOf(partnerPurpose);
            HashBank bank = partners.createPartnerBank(partnerName, purpose, partnerSource,
                    TrustLevel.valueOf(partnerTrust), user());
            return "/staff/supervise/banks?faces-redirect=true&bank=" + bank.id();
        } catch (IllegalArgumentException e) {
            error = messages().get("staff.banks.partner.error");
            return null;
        }
    }

    /** Changes the shown partner bank's trust level. */
    public void changeTrust() {
        try {
            boolean changed = partners.setTrust(requireBank(), TrustLevel.valueOf(trust), user());
            message = messages().get(changed ? "staff.banks.trust.changed" : "staff.banks.trust.same");
            error = null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            error = messages().get("staff.banks.partner.error");
        }
    }

    /** How the shown bank's entries fared in review. */
    public RejectionRate getRejectionRate() {
        return bankId == null ? new RejectionRate(0, 0) : partners.rejectionRate(bankId);
    }

    /** The flag setting in words. */
    public String getFlagPolicy() {
        RejectionRate.Policy policy = flags.policy();
        return messages().get("staff.banks.flag.policy", policy.percent(), policy.minReviewed());
    }

    /** Where the shown bank's feedback goes, in words: its format. */
    public String getFeedbackFormat() {
        return bankId == null ? "" : messages().get("staff.banks.format." + partners.feedbackFormat(bankId).name());
    }

    public String trustOf(HashBank bank) {
        return messages().get("staff.banks.trust." + bank.trust().name());
    }

    public List<String> getTrustLevels() {
        return List.of(TrustLevel.UNTRUSTED.name(), TrustLevel.TRUSTED.name());
    }

    public String trustLabel(String level) {
        return messages().get("staff.banks.trust." + level);
    }

    /** What a partner's list may hold. */
    public List<String> getPartnerPurposes() {
        return java.util.Arrays.stream(BankPurpose.values()).filter(BankPurpose::partnerMayHold).map(Enum::name)
                .toList();
    }

    public String purposeLabel(String purpose) {
        return messages().get("staff.banks.partner.holds." + purpose);
    }

    /** Where an entry came from, in the page's language. */
    public String sourceOf(HashBanks.Row row) {
        return EntryText.source(row, messages());
    }

    public String addedBy(HashBanks.Row row) {
        return EntryText.addedBy(row, messages());
    }

    /** An entry's state, with who settled it and why, in the page's language. */
    public String stateOf(HashBanks.Row row) {
        return EntryText.state(row, messages());
    }

    public String stateOf(EntryState state, boolean active) {
        return EntryText.state(state, active, messages());
    }

    /** A moment as the reader writes it, in UTC and saying so. */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : messages().time(instant);
    }

    public void importFile() {
        problems = List.of();
        error = null;
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_FILE) {
            error = messages().get("staff.banks.error.file");
            return;
        }
        String text;
        try (InputStream in = file.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            error = messages().get("staff.banks.error.file");
            return;
        }
        BankFormats.Read read = BankFormats.read(text);
        BankFile.Parsed parsed = read.parsed();
        if (!parsed.valid()) {
            problems = parsed.problems();
            error = messages().get("staff.banks.error.import", parsed.problems().size());
            return;
        }
        try {
            int added = banks.importFile(requireBank(), read, file.getSubmittedFileName(), user());
            message = messages().get("staff.banks.imported", parsed.rows().size(), added) + " "
                    + messages().get("staff.banks.importedAs",
                            messages().get("staff.banks.format." + read.format().name()));
        } catch (IllegalArgumentException refused) {
            error = messages().get("staff.banks.error.survivors");
        }
    }

    private long requireBank() {
        if (bankId == null) {
            throw new IllegalArgumentException("bank");
        }
        return bankId;
    }

    private String user() {
        return context.staffName();
    }

    private Messages messages() {
        return context.messages();
    }

    public List<String> getTypes() {
        return List.of(HashType.PDQ.code(), HashType.SHA256.code(), HashType.MD5.code());
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getPartnerSource() {
        return partnerSource;
    }

    public void setPartnerSource(String partnerSource) {
        this.partnerSource = partnerSource;
    }

    public String getPartnerPurpose() {
        return partnerPurpose;
    }

    public void setPartnerPurpose(String partnerPurpose) {
        this.partnerPurpose = partnerPurpose;
    }

    public String getPartnerTrust() {
        return partnerTrust;
    }

    public void setPartnerTrust(String partnerTrust) {
        this.partnerTrust = partnerTrust;
    }

    public String getTrust() {
        HashBank bank = getBank();
        return trust != null || bank == null ? trust : bank.trust().name();
    }

    public void setTrust(String trust) {
        this.trust = trust;
    }

    public Long getBankId() {
        return bankId;
    }

    public void setBankId(Long bankId) {
        this.bankId = bankId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<BankFile.Problem> getProblems() {
        return problems;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}

package org.recourse.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.intake.IntakeService;
import org.recourse.intake.InvalidSubmissionException;
import org.recourse.intake.LocationInput;
import org.recourse.intake.RemovalRequest;
import org.recourse.intake.ReportSubmission;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.Deadlocks;
import org.recourse.platform.ratelimit.TooManySubmissionsException;
import org.recourse.cases.StrikePolicy;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.platform.web.Refusals;
import org.recourse.platform.web.RequestContext;

/**
 * Backs the report form. The view is stateless and this bean lives for one request, so a reporter who takes an
 * hour to write never meets an expired page, and no session is needed to report.
 */
@Named
@RequestScoped
public class ReportForm {

    @Inject
    IntakeService intake;

    @Inject
    ContentRepository content;

    @Inject
    PortalSettings settings;

    @Inject
    StrikePolicy sanctions;

    @Inject
    RequestContext request;

    @Inject
    Refusals refusals;

    private String contentId;
    private String locations;
    private String category;
    private boolean selfReport;
    private String details;
    private String contactEmail;
    private boolean contactConsent;
    private String removalSignature;
    private String removalEmail;
    private String removalActingFor;
    private boolean removalGoodFaith;
    private final FormErrors errors = new FormErrors();
    private ReceiptView receipt;

    /**
     * On first display from a "Report" link: the form already names the content, if it is visible. Nothing is said
     * about an item nobody may see (hidden, removed) or that does not exist: the form would otherwise show anyone the
     * stored address of any id they try.
     */
    public void prefill() {
        if (contentId != null && (locations == null || locations.isBlank())) {
            locations = content.findByPlatformId(contentId.strip()).filter(item -> item.visibility().isServed())
                    .map(ContentItem::url).orElse(null);
        }
    }

    public String submit() {
        Messages messages = request.messages();
        try {
            ReportSubmission submission = submission(messages);
            receipt = new ReceiptView(Deadlocks.retry(() -> intake.file(submission, request.submitter())), settings,
                    sanctions, messages);
            return "confirmation";
        } catch (TooManySubmissionsException e) {
            refusals.tooManySubmissions(FacesContext.getCurrentInstance(), e);
            return null;
        } catch (InvalidSubmissionException e) {
            errors.addAll(e.problems(), messages);
            return null;
        }
    }

    private ReportSubmission submission(Messages messages) {
        List<LocationInput> lines = locations == null ? List.of() : Arrays.stream(locations.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).map(LocationInput::either).toList();
        return new ReportSubmission(lines, category, selfReport, details, contactEmail, contactConsent,
                messages.locale()).withRemovalRequest(removalRequest());
    }

    /**
     * The removal request, if any part of its section was filled in: a half-filled request is checked and its
     * problems named, never dropped in silence. An untouched section is no request, and the report stays anonymous.
     */
    private RemovalRequest removalRequest() {
        if (!isRemovalStarted()) {
            return null;
        }
        Boolean forSomeoneElse = "other".equals(removalActingFor) ? Boolean.TRUE
                : "self".equals(removalActingFor) ? Boolean.FALSE : null;
        return new RemovalRequest(removalSignature, removalEmail, forSomeoneElse, removalGoodFaith);
    }

    /** Whether the reporter filled in any part of the removal request: the section is then shown open. */
    public boolean isRemovalStarted() {
        return !isBlank(removalSignature) || !isBlank(removalEmail) || !isBlank(removalActingFor) || removalGoodFaith;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public FormErrors getErrors() {
        return errors;
    }

    public ReceiptView getReceipt() {
        return receipt;
    }

    public String getContentId() {
        return contentId;
    }

    public void setContentId(String contentId) {
        this.contentId = contentId;
    }

    public String getLocations() {
        return locations;
    }

    public void setLocations(String locations) {
        this.locations = locations;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isSelfReport() {
        return selfReport;
    }

    public void setSelfReport(boolean selfReport) {
        this.selfReport = selfReport;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getRemovalSignature() {
        return removalSignature;
    }

    public void setRemovalSignature(String removalSignature) {
        this.removalSignature = removalSignature;
    }

    public String getRemovalEmail() {
        return removalEmail;
    }

    public void setRemovalEmail(String removalEmail) {
        this.removalEmail = removalEmail;
    }

    public String getRemovalActingFor() {
        return removalActingFor;
    }

    public void setRemovalActingFor(String removalActingFor) {
        this.removalActingFor = removalActingFor;
    }

    public boolean isRemovalGoodFaith() {
        return removalGoodFaith;
    }

    public void setRemovalGoodFaith(boolean removalGoodFaith) {
        this.removalGoodFaith = removalGoodFaith;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }
}

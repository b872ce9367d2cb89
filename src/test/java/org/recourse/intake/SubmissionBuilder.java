package org.recourse.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds report submissions for tests: {@code aSubmission().items(url("https://...")).details("...").build()}.
 * The default is a valid anonymous report of one link.
 */
public final class SubmissionBuilder {

    public static final String VALID_URL = "https://platform.example/media/pic-1";

    private List<LocationInput> items = new ArrayList<>(List.of(LocationInput.url(VALID_URL)));
    private String category = "survivor_adult_image";
    private boolean selfReport;
    private String details;
    private String email;
    private boolean consent;
    private Locale locale = Locale.ENGLISH;

    private SubmissionBuilder() {
    }

    public static SubmissionBuilder aSubmission() {
        return new SubmissionBuilder();
    }

    public SubmissionBuilder items(LocationInput... items) {
        this.items = new ArrayList<>(Arrays.asList(items));
        return this;
    }

    public SubmissionBuilder items(List<LocationInput> items) {
        this.items = new ArrayList<>(items);
        return this;
    }

    public SubmissionBuilder noItems() {
        this.items = new ArrayList<>();
        return this;
    }

    public SubmissionBuilder category(String code) {
        this.category = code;
        return this;
    }

    public SubmissionBuilder selfReport() {
        this.selfReport = true;
        return this;
    }

    public SubmissionBuilder details(String details) {
        this.details = details;
        return this;
    }

    public SubmissionBuilder contact(String email, boolean consent) {
        this.email = email;
        this.consent = consent;
        return this;
    }

    public SubmissionBuilder locale(Locale locale) {
        this.locale = locale;
        return this;
    }

    public ReportSubmission build() {
        return new ReportSubmission(items, category, selfReport, details, email, consent, locale);
    }
}

package org.recourse.dsa;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recourse.dsa.DsaVocabulary.Account;
import org.recourse.dsa.DsaVocabulary.AutomatedDecision;
import org.recourse.dsa.DsaVocabulary.Category;
import org.recourse.dsa.DsaVocabulary.ContentType;
import org.recourse.dsa.DsaVocabulary.Ground;
import org.recourse.dsa.DsaVocabulary.Keyword;
import org.recourse.dsa.DsaVocabulary.SourceType;
import org.recourse.dsa.DsaVocabulary.Visibility;

/**
 * One statement of reasons as the database takes it, field by field (docs/dsa-research.md §3). Only the fields named
 * here can leave: there is no {@code source_identity}, {@code url} or {@code content_id}.
 *
 * @param groundText       the legal ground (illegal content) or the contractual ground (incompatible content)
 * @param explanation      why the content is illegal or incompatible on that ground
 */
public record DsaStatement(List<Visibility> visibility, Optional<Account> account, Ground ground, String groundText,
        String explanation, Optional<String> groundReferenceUrl, Category category, List<Keyword> keywords,
        List<ContentType> contentType, List<String> territorialScope, LocalDate contentDate,
        LocalDate applicationDate, String facts, SourceType sourceType, boolean automatedDetection,
        AutomatedDecision automatedDecision, String puid) {

    public DsaStatement {
        visibility = List.copyOf(visibility);
        Objects.requireNonNull(account, "The account decision may be empty, not null.");
        if (visibility.isEmpty() && account.isEmpty()) {
            throw new IllegalArgumentException("A statement restricts visibility or an account.");
        }
        Objects.requireNonNull(ground, "The ground is required.");
        Objects.requireNonNull(groundText, "The ground's text is required.");
        Objects.requireNonNull(explanation, "The explanation is required.");
        Objects.requireNonNull(category, "The category is required.");
        keywords = List.copyOf(keywords);
        contentType = List.copyOf(contentType);
        territorialScope = List.copyOf(territorialScope);
        Objects.requireNonNull(contentDate, "The content date is required.");
        Objects.requireNonNull(applicationDate, "The application date is required.");
        Objects.requireNonNull(facts, "The facts are required.");
        Objects.requireNonNull(sourceType, "The source type is required.");
        Objects.requireNonNull(automatedDecision, "How automated the decision was is required.");
        Objects.requireNonNull(puid, "The puid is required.");
    }

    /** The JSON object sent in {@code statements[]}. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (!visibility.isEmpty()) {
            json.add("decision_visibility", names(visibility));
        }
        account.ifPresent(decision -> json.add("decision_account", decision.name()));
        json.add("decision_ground", ground.name());
        groundReferenceUrl.ifPresent(url -> json.add("decision_ground_reference_url", url));
        if (ground == Ground.DECISION_GROUND_ILLEGAL_CONTENT) {
            json.add("illegal_content_legal_ground", groundText).add("illegal_content_explanation", explanation);
        } else {
            json.add("incompatible_content_ground", groundText).add("incompatible_content_explanation", explanation);
        }
        json.add("category", category.name());
        if (!keywords.isEmpty()) {
            json.add("category_specification", names(keywords));
        }
        if (contentType.contains(ContentType.CONTENT_TYPE_OTHER)) {
            json.add("content_type_other", FactSentences.OTHER_CONTENT_TYPE);
        }
        return json.add("content_type", names(contentType))
                .add("territorial_scope", strings(territorialScope))
                .add("content_date", contentDate.toString())
                .add("application_date", applicationDate.toString())
                .add("decision_facts", facts)
                .add("source_type", sourceType.name())
                .add("automated_detection", automatedDetection ? "Yes" : "No")
                .add("automated_decision", automatedDecision.name())
                .add("puid", puid)
                .build();
    }

    private static JsonArrayBuilder names(List<? extends Enum<?>> values) {
        return strings(values.stream().map(Enum::name).toList());
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}

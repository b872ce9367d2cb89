package org.recourse.statements;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.recourse.cases.CaseNumbers;
import org.recourse.platform.rest.JsonSupport;

/**
 * A statement as the platform reads it, the same in the {@code statement.issued} webhook and in the API: every field
 * as a code (for the platform's own mapping, e.g. to the DSA database) and the statement in words, in English and
 * French, for its user. Fields with no value are left out rather than sent as null.
 */
public final class StatementJson {

    private StatementJson() {
    }

    /**
     * @param supersedes the public id of the version this one replaces, or null for a first statement
     */
    public static JsonObject of(StatementOfReasons statement, StatementId supersedes) {
        Facts facts = statement.facts();
        Ground ground = statement.ground();
        Redress redress = statement.redress();
        JsonObjectBuilder json = JsonSupport.object()
                .add("id", statement.publicId().value())
                .add("version", statement.version())
                .add("scope", statement.scope().name())
                .add("restriction", statement.restriction().name());
        statement.platformContentId().ifPresent(content -> json.add("contentId", content));
        statement.uploaderId().ifPresent(uploader -> json.add("uploaderId", uploader));
        statement.caseId().ifPresent(caseId -> json.add("caseNumber", CaseNumbers.format(caseId)));
        statement.upload().ifPresent(upload -> {
            JsonObjectBuilder named = JsonSupport.object();
            if (upload.reference() != null) {
                named.add("reference", upload.reference());
            }
            json.add("upload", named.add("hashType", upload.hashType()).add("hash", upload.hash()));
        });
        JsonObjectBuilder factsJson = JsonSupport.object()
                .add("category", facts.category().code())
                .add("detection", facts.detection().name());
        if (facts.bankKind() != null) {
            factsJson.add("bankKind", facts.bankKind().name());
        }
        if (facts.decisionReason() != null) {
            factsJson.add("decisionReason", facts.decisionReason().name());
        }
        JsonObjectBuilder groundJson = JsonSupport.object()
                .add("policyClause", ground.policyClause())
                .add("illegal", ground.illegal());
        if (ground.legalGround() != null) {
            groundJson.add("legalGround", ground.legalGround());
        }
        JsonObjectBuilder redressJson = JsonSupport.object().add("appealOpen", redress.appealOpen());
        if (redress.appealOpen()) {
            redressJson.add("appealUntil", redress.appealUntil().toString());
        }
        if (redress.address() != null) {
            redressJson.add("address", redress.address());
        }
        json.add("facts", factsJson).add("ground", groundJson)
                .add("automatedDetection", statement.automatedDetection())
                .add("automatedDecision", statement.automatedDecision().name())
                .add("redress", redressJson)
                .add("issuedAt", statement.issuedAt().toString());
        if (supersedes != null) {
            json.add("supersedes", supersedes.value());
        }
        statement.supersededBy().ifPresent(next -> json.add("supersededBy", next.value()));
        statement.supersededAt().ifPresent(at -> json.add("supersededAt", at.toString()));
        return json.add("text", texts(statement)).build();
    }

    private static JsonObjectBuilder texts(StatementOfReasons statement) {
        JsonObjectBuilder texts = JsonSupport.object();
        for (StatementText.Rendered rendered : StatementText.inEveryLanguage(statement)) {
            JsonArrayBuilder lines = JsonSupport.array();
            rendered.lines().forEach(lines::add);
            texts.add(rendered.language(), JsonSupport.object().add("title", rendered.title()).add("lines", lines));
        }
        return texts;
    }
}

package org.recourse.clients.rest;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.recourse.clients.Scope;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.ClientReadyDocument;
import org.recourse.platform.rest.Problem;

/**
 * Documents the answers the API-key filter gives, on every operation that needs a key: 401 (no key, or a wrong or
 * revoked one) and 403 (the key lacks the scope), both as problem+json with an example. Written once here rather than
 * on each resource method, so a new endpoint cannot forget them. Registered by {@code mp.openapi.filter}, which takes
 * one class: it also has the whole document made ready for client generators ({@link ClientReadyDocument}).
 */
public class ApiKeyResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        ClientReadyDocument.tidy(document);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        List<?> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            return operation;
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Messages messages = Messages.in(Locale.ENGLISH);
        document(responses, "401", "No key, or a wrong or revoked one", Problem.of(401,
                messages.get("api.error.key.missing.title"), messages.get("api.error.key.missing.detail")));
        document(responses, "403", "The key lacks the scope this call needs", Problem.of(403,
                messages.get("api.error.key.scope.title"),
                messages.get("api.error.key.scope.detail", Scope.SCREEN_UPLOADS.code())));
        return operation;
    }

    /** Adds the answer, or its problem+json body and example to one a resource already names. */
    private static void document(APIResponses responses, String status, String description, Problem problem) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            responses.addAPIResponse(status, problem(description, problem));
        } else if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(problem(description, problem).getContent());
        }
    }

    private static APIResponse problem(String description, Problem problem) {
        Example example = OASFactory.createExample().value(problem.toJson().toString());
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                        .addExample("problem", example)));
    }
}

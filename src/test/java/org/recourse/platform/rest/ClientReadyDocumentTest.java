package org.recourse.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The /openapi document made ready for client generators")
class ClientReadyDocumentTest {

    /** A tag as Payara's model holds it: only its name and description are read. */
    private static Tag tag(String name, String description) {
        return (Tag) Proxy.newProxyInstance(Tag.class.getClassLoader(), new Class<?>[] {Tag.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getDescription" -> description;
                    case "toString" -> name + ": " + description;
                    default -> null;
                });
    }

    @Test
    @DisplayName("a tag named by several resources is declared once, with its description, where it first appeared")
    void tagsDeclaredOnce() {
        // Arrange
        List<Tag> tags = List.of(tag("Screening", null), tag("Reports", "Anonymous reporting"),
                tag("Screening", "Stay-down"), tag("Reports", "Anonymous reporting"), tag("Screening", "Other"));

        // Act
        List<Tag> once = ClientReadyDocument.declaredOnce(tags);

        // Assert
        assertThat(once).extracting(Tag::getName).containsExactly("Screening", "Reports");
        assertThat(once).extracting(Tag::getDescription).containsExactly("Stay-down", "Anonymous reporting");
    }

    @Test
    @DisplayName("a model without Payara's endpoints key is left as it is")
    void noEndpointsToDrop() {
        // Arrange
        OpenAPI document = (OpenAPI) Proxy.newProxyInstance(OpenAPI.class.getClassLoader(),
                new Class<?>[] {OpenAPI.class}, (proxy, method, args) -> null);

        // Act / Assert: no setter, nothing to do, no failure
        ClientReadyDocument.dropServerEndpoints(document);
    }

    @Test
    @DisplayName("Payara's non-standard endpoints key is emptied, so it is not written")
    void endpointsDropped() {
        // Arrange
        PayaraLikeModel model = new PayaraLikeModel();

        // Act
        ClientReadyDocument.dropServerEndpoints(model);

        // Assert
        assertThat(model.endpoints).isEmpty();
    }

    /** Stands in for Payara's OpenAPIImpl, whose public setEndpoints is all that is used. */
    public static final class PayaraLikeModel {
        Map<String, ?> endpoints = Map.of("/", List.of("/api/v1/reports"));

        public void setEndpoints(Map<String, ?> endpoints) {
            this.endpoints = endpoints;
        }
    }
}

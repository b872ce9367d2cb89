package org.recourse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Demo webhook event")
class DemoWebhookEventTest {

    @Test
    @DisplayName("reads the id, type, content id and sequence of an event as the portal sends it")
    void event() {
        // Act
        var event = DemoWebhookEvent.read("""
                {"id":"evt_01","type":"content.hidden","data":{"contentId":"img-1","sequence":3}}""");

        // Assert
        assertThat(event).contains(new DemoWebhookEvent("evt_01", "content.hidden", "img-1", 3L));
        assertThat(DemoWebhookEvent.read("{\"id\":\"evt_02\"}")).contains(new DemoWebhookEvent("evt_02", "unknown",
                null, null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"id\":\"e\",\"data\":1}", "{\"id\":\"e\",\"data\":{\"sequence\":\"3\"}}",
            "{\"id\":\"e\",\"data\":{\"sequence\":1.5}}", "{\"id\":5}", "[]", "not json"})
    @DisplayName("a body with a member of another type is no event to keep, and never an exception (found by fuzzing)")
    void otherTypes(String body) {
        // Act / Assert
        assertThat(DemoWebhookEvent.read(body)).isEmpty();
    }
}

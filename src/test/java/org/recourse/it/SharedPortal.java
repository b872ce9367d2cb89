package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Http;
import org.recourse.testing.TestDatabase;

/**
 * One Payara Micro shared by several contracts, each run in it as a JUnit {@code @Nested} class: a Payara boot costs
 * about 20 s of the suite, so contracts whose settings agree ({@link org.recourse.testing.SharedSettings} refuses two
 * that do not) share one. A subclass declares the nested classes; its H2 and PostgreSQL shells extend it with the
 * {@code @Deployment}. Contracts in a shared portal share its database: they assert only about rows they made.
 */
@ExtendWith(ArquillianExtension.class)
abstract class SharedPortal {

    static final String ADMIN_PASSWORD = "first portal password 42";

    /** The address Arquillian gave each concrete class, for the nested classes (JUnit makes a fresh outer instance). */
    private static final Map<Class<?>, URL> DEPLOYED = new ConcurrentHashMap<>();

    @ArquillianResource
    URL base;

    abstract TestDatabase database();

    @BeforeEach
    void rememberAddress() {
        if (base != null) {
            DEPLOYED.put(getClass(), base);
        }
    }

    /** The portal of the concrete class running now, for its nested classes. */
    URL deployed() {
        return DEPLOYED.get(getClass());
    }

    @Test
    @DisplayName("the shared portal is up and ready before its parts run")
    void ready() throws Exception {
        // Act
        HttpResponse<String> ready = new Http(URI.create(base.toString())).get("/health/ready");

        // Assert
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
    }
}

package org.recourse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.DiskSpaceGuard;

/**
 * A page that failed for lack of space answers 503 with Retry-After and the calm page in the reader's language; any
 * other failure still reaches the error page as before.
 */
@DisplayName("Storage full on a page: 503, Retry-After, the reader's language; other failures untouched")
class StorageFullFilterTest {

    /** What the filter wrote. */
    static final class Written {
        int status;
        final Map<String, String> headers = new HashMap<>();
        String type;
        final StringWriter body = new StringWriter();

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> {
                            type = (String) args[0];
                            yield null;
                        }
                        case "isCommitted" -> false;
                        case "resetBuffer", "setCharacterEncoding" -> null;
                        case "getWriter" -> new PrintWriter(body);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static HttpServletRequest request(String path, Locale language) {
        return (HttpServletRequest) Proxy.newProxyInstance(StorageFullFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getServletPath", "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getAttribute" -> Messages.REQUEST_ATTRIBUTE.equals(args[0]) ? language : null;
                    case "getHeader" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** What the stand-in guard says. */
    private static boolean low;

    private static StorageFullFilter filter() {
        StorageFullFilter filter = new StorageFullFilter();
        filter.refusals = new Refusals();
        filter.refusals.quickExitUrl = "https://www.google.com/";
        filter.space = new DiskSpaceGuard() {
            @Override
            public boolean isLow() {
                return low;
            }
        };
        return filter;
    }

    private static FilterChain failing(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
    }

    @Test
    @DisplayName("the report form, in French: 503 and the calm page, nothing of the 500 page")
    void reportFormInFrench() throws Exception {
        // Arrange: H2's file store could not write the report's transaction
        Written response = new Written();
        ServletException failure = new ServletException(new PersistenceException(
                new IOException("No space left on device")));

        // Act
        filter().doFilter(request("/report", Locale.CANADA_FRENCH), response.proxy(), failing(failure));

        // Assert
        assertThat(response.status).isEqualTo(503);
        assertThat(response.headers).containsEntry("Retry-After", "120");
        assertThat(response.type).isEqualTo("text/html");
        assertThat(response.body.toString()).contains("lang=\"fr-CA\"")
                .contains("Nous ne pouvons pas recevoir de nouveaux signalements").contains("environ 2 min");
    }

    @Test
    @DisplayName("under /api/ the same refusal as a problem document")
    void api() throws Exception {
        // Arrange
        Written response = new Written();

        // Act
        filter().doFilter(request("/api/v1/reports", Locale.ENGLISH), response.proxy(),
                failing(new IllegalStateException(new IOException("No space left on device"))));

        // Assert
        assertThat(response.status).isEqualTo(503);
        assertThat(response.type).isEqualTo("application/problem+json");
        assertThat(response.body.toString()).contains("\"status\":503")
                .contains("We cannot take new reports for a few minutes");
    }

    @Test
    @DisplayName("any other failure goes on to the error page as before")
    void otherFailure() {
        // Arrange
        Written response = new Written();
        ServletException failure = new ServletException(new IllegalStateException("a bug"));

        // Act / Assert
        assertThatThrownBy(() -> filter().doFilter(request("/report", Locale.ENGLISH), response.proxy(),
                failing(failure))).isSameAs(failure);
        assertThat(response.status).isZero();
    }

    @Test
    @DisplayName("below the reserve of free space: a report is refused before it is tried, a look-up still served")
    void belowTheReserve() throws Exception {
        // Arrange
        low = true;
        Written refused = new Written();
        Written served = new Written();
        int[] calls = new int[1];
        FilterChain chain = (request, response) -> calls[0]++;
        HttpServletRequest lookUp = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> "getMethod".equals(method.getName())
                        ? "GET" : null);
        try {
            // Act
            filter().doFilter(request("/api/v1/reports", Locale.ENGLISH), refused.proxy(), chain);
            filter().doFilter(lookUp, served.proxy(), chain);
        } finally {
            low = false;
        }

        // Assert
        assertThat(refused.status).isEqualTo(503);
        assertThat(refused.headers).containsEntry("Retry-After", "120");
        assertThat(refused.type).isEqualTo("application/problem+json");
        assertThat(calls[0]).as("only the look-up went on").isEqualTo(1);
    }
}

package org.recourse.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Why a webhook attempt failed, as much as an admin is shown: the class of the answer or of the failure, never an
 * exception's name nor the receiver's own words. Exact statuses and error texts would turn the dead-letter list into
 * a port scanner (refused here, timed out there, this banner on that port). {@link #stored()} is what the delivery
 * row keeps; the page shows the translation of {@link #messageKey()}.
 */
public enum WebhookFailure {
    HTTP_1XX("HTTP 1xx"),
    HTTP_3XX("HTTP 3xx"),
    HTTP_4XX("HTTP 4xx"),
    HTTP_5XX("HTTP 5xx"),
    NOT_HTTP("not an HTTP answer"),
    REFUSED_PRIVATE("refused: private address"),
    HOST_NOT_FOUND("host not found"),
    CONNECTION_REFUSED("connection refused"),
    TIMED_OUT("timed out"),
    TLS_FAILED("TLS failed"),
    CONNECTION_FAILED("connection failed"),
    /** Not tried: the endpoint could not be reached earlier in the same run. */
    UNREACHABLE_EARLIER("unreachable earlier in this run"),
    /** A row written before failures were classed, whatever it said. */
    OTHER("failed");

    private final String stored;

    WebhookFailure(String stored) {
        this.stored = stored;
    }

    /** The class of a non-2xx answer. */
    static WebhookFailure ofStatus(int status) {
        return switch (status / 100) {
            case 1 -> HTTP_1XX;
            case 3 -> HTTP_3XX;
            case 4 -> HTTP_4XX;
            case 5 -> HTTP_5XX;
            default -> NOT_HTTP;
        };
    }

    /** The class of a failure to send or to read the answer. */
    static WebhookFailure of(IOException failure) {
        if (failure instanceof SocketTimeoutException) {
            return TIMED_OUT;
        }
        if (failure instanceof ConnectException) {
            return CONNECTION_REFUSED;
        }
        if (failure instanceof UnknownHostException) {
            return HOST_NOT_FOUND;
        }
        if (failure instanceof SSLException) {
            return TLS_FAILED;
        }
        if (failure instanceof PinnedPost.NotHttpException) {
            return NOT_HTTP;
        }
        return CONNECTION_FAILED;
    }

    /** What a delivery row holds, read back; rows from before (which could name an exception) read as their class. */
    public static WebhookFailure fromStored(String text) {
        if (text == null) {
            return OTHER;
        }
        Optional<WebhookFailure> known = Arrays.stream(values()).filter(f -> f.stored.equals(text)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        if (text.matches("HTTP [1-5]\\d\\d")) {
            return ofStatus(Integer.parseInt(text.substring(5)));
        }
        if (text.startsWith("no answer within")) {
            return TIMED_OUT;
        }
        if (text.startsWith("the endpoint was unreachable")) {
            return UNREACHABLE_EARLIER;
        }
        return text.startsWith("cannot reach the endpoint") ? CONNECTION_FAILED : OTHER;
    }

    public String stored() {
        return stored;
    }

    public String messageKey() {
        return "staff.webhooks.failure." + name();
    }
}

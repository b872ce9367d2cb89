package org.recourse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recourse.staff.Totp;

/**
 * One staff member's browser session without JavaScript: cookies, JSF form posts (with the view state the server
 * gave), and codes from an authenticator app computed from the enrolled secret.
 */
public final class StaffClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    /** The address this client claims behind the portal's trusted proxy (X-Forwarded-For), or null for none. */
    private final String forwardedFor;
    private String lastPage = "";
    private String secret;

    public StaffClient(URI base) {
        this(base, null);
    }

    /**
     * A client that comes through the portal's trusted proxy from {@code forwardedFor}: so a test on one machine can
     * be several clients (the portal must trust forwarded headers).
     */
    public StaffClient(URI base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path.substring(1))).GET());
        lastPage = response.body();
        return response;
    }

    /** A GET whose answer (a picture, a download) is kept as bytes; the last page stays what it was. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path.substring(1))).GET()
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows one redirect, if the response is one. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .map(location -> get(URI.create(location).getPath() + (URI.create(location).getQuery() == null ? ""
                        : "?" + URI.create(location).getQuery())))
                .orElse(response);
    }

    /** Posts a JSF form of the last page: its id, the view state, the fields given and the button pressed. */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, "x");
        form.put("jakarta.faces.ViewState", viewState());
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        lastPage = response.body();
        return response;
    }

    /**
     * Posts a JSF form of the last page as multipart/form-data (a form with a file field): its id, the view state,
     * the fields, one file and the button pressed.
     */
    public HttpResponse<String> submitWithFile(String path, String formId, String button, Map<String, String> fields,
            String fileField, String fileName, byte[] file) {
        String boundary = "----recourse-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, "x");
        form.put("jakarta.faces.ViewState", viewState());
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        lastPage = response.body();
        return response;
    }

    /** Posts a JSF form of the last page whose answer is a download (kept as bytes); the last page stays. */
    public HttpResponse<byte[]> submitForDownload(String path, String formId, String button,
            Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, "x");
        form.put("jakarta.faces.ViewState", viewState());
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return sendForBytes(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts an empty body as the signed-in staff member; the answer (a download) is kept as bytes. */
    public HttpResponse<byte[]> postForBytes(String path) {
        return sendForBytes(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a body of this media type as the signed-in staff member (a script's import); the last page stays. */
    public HttpResponse<String> post(String path, String mediaType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path.substring(1))).header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a streamed body without a length (chunked), as the signed-in staff member. */
    public HttpResponse<String> post(String path, String mediaType,
            java.util.function.Supplier<java.io.InputStream> body) {
        return send(HttpRequest.newBuilder(base.resolve(path.substring(1))).header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)));
    }

    /** Posts a form as if it came from the given page (e.g. one whose view state was tampered with). */
    public HttpResponse<String> submitOn(String page, String path, String formId, String button, Map<String, String> fields) {
        lastPage = page;
        return submit(path, formId, button, fields);
    }

    public String lastPage() {
        return lastPage;
    }

    private String viewState() {
        Matcher matcher = VIEW_STATE.matcher(lastPage);
        if (!matcher.find()) {
            throw new IllegalStateException("No JSF form on the last page:\n" + lastPage);
        }
        return matcher.group(1);
    }

    /** Signs in with password and, once enrolled, the next code of the authenticator app. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/staff/login");
        return submit("/staff/login", "signIn", "signInButton", Map.of("username", username, "password", password,
                "code", secret == null ? "" : nextCode()));
    }

    /** Signs in with a code of the caller's choosing (e.g. one already used). */
    public HttpResponse<String> signInWithCode(String username, String password, String code) {
        get("/staff/login");
        return submit("/staff/login", "signIn", "signInButton", Map.of("username", username, "password", password,
                "code", code));
    }

    /**
     * First sign-in of a new account: choose a password (unless it is already set), enrol a second factor, then sign
     * in with it. Returns the last response (the workspace).
     */
    public HttpResponse<String> firstSignIn(String username, String oneTimePassword, String newPassword) {
        String password = setUp(username, oneTimePassword, newPassword);
        return signIn(username, password);
    }

    /** The set-up of a new account without the final sign-in; returns the password now in force. */
    public String setUp(String username, String oneTimePassword, String newPassword) {
        HttpResponse<String> response = signIn(username, oneTimePassword);
        if (!response.headers().firstValue("Location").orElse("").endsWith("/staff/setup/")) {
            throw new IllegalStateException("Expected the set-up page, got " + response.statusCode() + " " + response.headers());
        }
        String password = oneTimePassword;
        get("/staff/setup/");
        if (lastPage.contains("id=\"newPassword\"")) {
            submit("/staff/setup/", "password", "savePassword",
                    Map.of("newPassword", newPassword, "repeatPassword", newPassword));
            password = newPassword;
            get("/staff/setup/");
        }
        Matcher secretText = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(lastPage);
        if (!secretText.find()) {
            throw new IllegalStateException("No secret on the set-up page:\n" + lastPage);
        }
        String enrolled = secretText.group(1).replace(" ", "");
        submit("/staff/setup/", "enrol", "enrolButton", Map.of("code", Totp.code(enrolled, Totp.step(Instant.now()))));
        secret = enrolled;
        return password;
    }

    /** The code of the next time step: still accepted (one step of drift), and never one used before. */
    private String nextCode() {
        long step = Totp.step(Instant.now()) + 1;
        return Totp.code(secret, step);
    }

    public String secret() {
        return secret;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

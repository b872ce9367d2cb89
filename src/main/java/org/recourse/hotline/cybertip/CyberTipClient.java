package org.recourse.hotline.cybertip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * NCMEC's CyberTipline provider API: {@code /status}, {@code /xsd}, {@code /submit}, {@code /upload},
 * {@code /fileinfo}, {@code /finish}, {@code /retract}, with HTTP Basic on every call. Every XML is validated before it
 * leaves (against ours, and the service's own schema when given one); every answer is read with a size bound and a
 * safe parser; an upload's MD5 as the service computed it must be ours. Redirects are never followed, so the
 * credentials only ever go to the address configured.
 */
public class CyberTipClient {

    /** The longest answer read: answers are a few hundred bytes. */
    static final int MAX_ANSWER = 64 * 1024;
    /** The longest schema read from {@code /xsd}. */
    static final int MAX_SCHEMA = 2 * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param base the service's address, e.g. {@code https://exttest.cybertip.org/ispws}
     * @param password never logged, kept only inside the Authorization header
     */
    public CyberTipClient(URI base, String username, String password, Duration timeout) {
        String address = Objects.requireNonNull(base, "The CyberTipline address is required.").toString();
        this.base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (Objects.requireNonNull(username, "A username is required.") + ":"
                        + Objects.requireNonNull(password, "A password is required.")).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Checks the address and the credentials. */
    public CyberTipResponse status() throws CyberTipException {
        return succeeded(call(request("/status").GET()));
    }

    /** The schema the service serves, or null when it serves none (any non-200 answer). */
    public byte[] servedSchema() throws CyberTipException {
        Answer answer = exchange(request("/xsd").GET(), MAX_SCHEMA);
        return answer.status == 200 ? answer.body : null;
    }

    /** Opens a report; returns NCMEC's report id. The XML must be valid against {@code schemas}. */
    public long submit(byte[] reportXml, List<CyberTipSchema> schemas) throws CyberTipException {
        validate(reportXml, schemas);
        CyberTipResponse response = succeeded(call(request("/submit").header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(reportXml))));
        if (response.reportId() == null) {
            throw new CyberTipException(CyberTipException.Kind.BAD_ANSWER, "The service opened a report without an id");
        }
        return response.reportId();
    }

    /**
     * Uploads one file to an open report; returns its file id once the service's MD5 of it is {@code md5}.
     *
     * @throws CyberTipException {@code HASH_MISMATCH} when the service saw other bytes than we sent
     */
    public String upload(long reportId, String fileName, String mediaType, byte[] bytes, String md5)
            throws CyberTipException {
        String boundary = "recourse-" + HexFormat.of().formatHex(randomBytes());
        byte[] body = multipart(boundary, reportId, fileName, mediaType, bytes);
        CyberTipResponse response = succeeded(call(request("/upload")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
        if (response.fileId() == null || response.fileId().isBlank()) {
            throw new CyberTipException(CyberTipException.Kind.BAD_ANSWER, "The service took a file without an id");
        }
        if (response.hash() == null || !response.hash().equalsIgnoreCase(md5)) {
            throw new CyberTipException(CyberTipException.Kind.HASH_MISMATCH, "The service's MD5 of file "
                    + response.fileId() + " is " + response.hash() + ", ours is " + md5);
        }
        return response.fileId();
    }

    /** Describes an uploaded file. */
    public void fileInfo(byte[] fileDetailsXml, List<CyberTipSchema> schemas) throws CyberTipException {
        validate(fileDetailsXml, schemas);
        succeeded(call(request("/fileinfo").header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(fileDetailsXml))));
    }

    /** Files the report (it cannot be retracted after); returns the file ids it holds. */
    public List<String> finish(long reportId) throws CyberTipException {
        return succeeded(call(form("/finish", reportId))).files();
    }

    /** Cancels a report that was opened but not finished. */
    public void retract(long reportId) throws CyberTipException {
        succeeded(call(form("/retract", reportId)));
    }

    private HttpRequest.Builder form(String path, long reportId) {
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=" + URLEncoder.encode(Long.toString(reportId),
                        StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", authorization).header("User-Agent", "Recourse-Hotline/1");
    }

    private static void validate(byte[] xml, List<CyberTipSchema> schemas) throws CyberTipException {
        try {
            for (CyberTipSchema schema : schemas) {
                schema.validate(xml);
            }
        } catch (InvalidXmlException e) {
            throw new CyberTipException(CyberTipException.Kind.INVALID, e.getMessage());
        }
    }

    private static CyberTipResponse succeeded(CyberTipResponse response) throws CyberTipException {
        if (!response.succeeded()) {
            String description = response.description() == null ? "" : ": " + response.description();
            throw new CyberTipException(CyberTipException.Kind.REFUSED, response.code(), "Refused with "
                    + response.code() + description + (response.requestId() == null ? ""
                    : " (Request-ID " + response.requestId() + ")"));
        }
        return response;
    }

    private CyberTipResponse call(HttpRequest.Builder request) throws CyberTipException {
        Answer answer = exchange(request, MAX_ANSWER);
        if (answer.status == 401) {
            throw new CyberTipException(CyberTipException.Kind.UNAUTHORIZED, "The service refused the credentials "
                    + "(HTTP 401): check recourse.hotline.ncmec.username and password");
        }
        if (answer.status != 200) {
            throw new CyberTipException(CyberTipException.Kind.UNAVAILABLE, "HTTP " + answer.status);
        }
        try {
            return CyberTipResponses.parse(answer.body, answer.requestId);
        } catch (InvalidXmlException e) {
            throw new CyberTipException(CyberTipException.Kind.BAD_ANSWER, e.getMessage());
        }
    }

    private record Answer(int status, byte[] body, String requestId) {
    }

    private Answer exchange(HttpRequest.Builder request, int limit) throws CyberTipException {
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = readAtMost(in, limit);
                return new Answer(response.statusCode(), body,
                        response.headers().firstValue("Request-ID").orElse(null));
            }
        } catch (AnswerTooLarge e) {
            throw new CyberTipException(CyberTipException.Kind.BAD_ANSWER, "The answer is longer than " + limit
                    + " bytes");
        } catch (IOException e) {
            throw new CyberTipException(CyberTipException.Kind.UNAVAILABLE, "Not reached: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CyberTipException(CyberTipException.Kind.UNAVAILABLE, "Interrupted");
        }
    }

    private static final class AnswerTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > limit) {
                throw new AnswerTooLarge();
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static byte[] multipart(String boundary, long reportId, String fileName, String mediaType, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 512);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n" + reportId + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + safeFileName(fileName) + "\"\r\nContent-Type: "
                + (mediaType == null || !mediaType.matches("[\\w.+-]+/[\\w.+-]+") ? "application/octet-stream"
                : mediaType) + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A file name that cannot break out of its header: printable ASCII only, no quotes or backslashes. */
    static String safeFileName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() ? "file" : cleaned.substring(0, Math.min(cleaned.length(), 200));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return "CyberTipClient[" + base + "]";
    }
}

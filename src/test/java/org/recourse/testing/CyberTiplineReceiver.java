package org.recourse.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.recourse.hotline.cybertip.CyberTipSchema;
import org.recourse.hotline.cybertip.InvalidXmlException;
import org.recourse.hotline.cybertip.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A local stand-in for NCMEC's CyberTipline provider API, for the tests and for a demo (never a real hotline in
 * tests): {@code /ispws/{status,xsd,submit,upload,fileinfo,finish,retract}} behind HTTP Basic, a state per report, and
 * the refusals the research in docs/legal.md found: 401 with {@code WWW-Authenticate} without the right credentials;
 * HTTP 200 with a non-zero responseCode otherwise: 4110 for XML that does not parse, 4100 for XML not valid against
 * the schema (order included) or an incident in the future, 4200 for an upload without a file, 5001 for an unknown
 * report, 5002 for an unknown file, 5101 after a retract, 5102 after a finish; {@code /finish} answers a
 * {@code reportDoneResponse}. It can be told to go down (503) or to fail the next N requests, for the retry tests.
 *
 * <p>For a demo: {@code mvn -q -o test-compile} then
 * {@code java -cp target/classes:target/test-classes org.recourse.testing.CyberTiplineReceiver [port] [user] [password]}.
 */
public final class CyberTiplineReceiver implements AutoCloseable {

    /** What it knows of one report. */
    public static final class Report {
        private final long id;
        private final String xml;
        private final Map<String, UploadedFile> files = new LinkedHashMap<>();
        private volatile String state = "OPEN";

        Report(long id, String xml) {
            this.id = id;
            this.xml = xml;
        }

        public long id() {
            return id;
        }

        public String xml() {
            return xml;
        }

        public String state() {
            return state;
        }

        public synchronized List<UploadedFile> files() {
            return List.copyOf(files.values());
        }
    }

    /** One uploaded file: its name, MD5 as the receiver computed it, and the fileinfo XML sent for it (or null). */
    public record UploadedFile(String fileId, String fileName, String md5, int size, String details) {
    }

    private static final int MAX_BODY = 16 * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final String authorization;
    private final Map<Long, Report> reports = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(7_855_775);
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean down;
    private volatile boolean serveSchema = true;
    private volatile String downAfter;
    private volatile boolean refuseUploads;

    private CyberTiplineReceiver(HttpServer server, String username, String password) {
        this.server = server;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** On a free loopback port. */
    public static CyberTiplineReceiver start(String username, String password) {
        return start(InetAddress.getLoopbackAddress(), 0, username, password);
    }

    public static CyberTiplineReceiver start(InetAddress address, int port, String username, String password) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
            CyberTiplineReceiver receiver = new CyberTiplineReceiver(server, username, password);
            server.createContext("/ispws/", receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base address, as {@code recourse.hotline.ncmec.url} takes it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ispws";
    }

    /** Answers every request with 503 until {@link #up()}. */
    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    /**
     * Goes down (503 to everything) right after it has answered the next request to {@code path}
     * ({@code "/submit"}, {@code "/upload"}...): a hotline that fails halfway through a report.
     */
    public void goDownAfter(String path) {
        downAfter = path;
    }

    /** Whether {@code /upload} answers 1110 "Upload failed" (the service's own failure: retried later). */
    public void refuseUploads(boolean refuse) {
        refuseUploads = refuse;
    }

    /** The next {@code count} requests get 503. */
    public void failNext(int count) {
        failures.set(count);
    }

    /** Whether {@code /xsd} serves the schema (else 404, as a service that serves none). */
    public void serveSchema(boolean serve) {
        serveSchema = serve;
    }

    public int requests() {
        return requests.get();
    }

    public synchronized List<Report> reports() {
        return List.copyOf(reports.values());
    }

    public List<Report> finished() {
        return reports().stream().filter(report -> "FINISHED".equals(report.state())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (down || failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"ESP Web Services\"");
                answer(exchange, 401, response(1000, "Authentication Required", null, null, null));
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                answer(exchange, 413, new byte[0]);
                return;
            }
            String path = exchange.getRequestURI().getPath().substring("/ispws".length());
            String method = exchange.getRequestMethod();
            byte[] reply = switch (method + " " + path) {
                case "GET /status" -> response(0, "Remote User : demo, Remote Ip : "
                        + exchange.getRemoteAddress().getAddress().getHostAddress(), null, null, null);
                case "GET /xsd" -> serveSchema ? CyberTipSchema.ourBytes() : null;
                case "POST /submit" -> submit(body);
                case "POST /upload" -> upload(exchange.getRequestHeaders().getFirst("Content-Type"), body);
                case "POST /fileinfo" -> fileInfo(body);
                case "POST /finish" -> finish(id(exchange, body));
                case "POST /retract" -> retract(id(exchange, body));
                default -> null;
            };
            if (reply == null) {
                answer(exchange, 404, new byte[0]);
            } else {
                answer(exchange, 200, reply);
            }
            if (path.equals(downAfter)) {
                downAfter = null;
                down = true;
            }
        }
    }

    private synchronized byte[] submit(byte[] body) {
        String problem = invalid(body);
        if (problem != null) {
            return problem.startsWith("4110") ? response(4110, problem.substring(5), null, null, null)
                    : response(4100, problem, null, null, null);
        }
        Element summary = child(SafeXml.parse(body).getDocumentElement(), "incidentSummary");
        String when = text(summary, "incidentDateTime");
        if (when != null && OffsetDateTime.parse(when).toInstant().isAfter(Instant.now().plusSeconds(60))) {
            return response(4100, "incidentDateTime is in the future", null, null, null);
        }
        long id = nextId.getAndIncrement();
        reports.put(id, new Report(id, new String(body, StandardCharsets.UTF_8)));
        return response(0, "Success", id, null, null);
    }

    private synchronized byte[] upload(String contentType, byte[] body) {
        if (refuseUploads) {
            return response(1110, "Upload failed", null, null, null);
        }
        Multipart form = Multipart.parse(contentType, body);
        if (form == null || form.file == null) {
            return response(4200, "Malformed file submittal", null, null, null);
        }
        Report report = reportOf(form.fields.get("id"));
        byte[] refusal = refusalFor(report);
        if (refusal != null) {
            return refusal;
        }
        String fileId = HexFormat.of().formatHex(randomBytes(16));
        String md5 = md5(form.file);
        synchronized (report) {
            report.files.put(fileId, new UploadedFile(fileId, form.fileName, md5, form.file.length, null));
        }
        return response(0, "Success", report.id, fileId, md5);
    }

    private synchronized byte[] fileInfo(byte[] body) {
        String problem = invalid(body);
        if (problem != null) {
            return response(problem.startsWith("4110") ? 4110 : 4100, problem, null, null, null);
        }
        Element root = SafeXml.parse(body).getDocumentElement();
        Report report = reportOf(text(root, "reportId"));
        byte[] refusal = refusalFor(report);
        if (refusal != null) {
            return refusal;
        }
        String fileId = text(root, "fileId");
        synchronized (report) {
            UploadedFile file = report.files.get(fileId);
            if (file == null) {
                return response(5002, "File does not exist", report.id, null, null);
            }
            report.files.put(fileId, new UploadedFile(file.fileId(), file.fileName(), file.md5(), file.size(),
                    new String(body, StandardCharsets.UTF_8)));
        }
        return response(0, "Success", report.id, null, null);
    }

    private synchronized byte[] finish(String id) {
        Report report = reportOf(id);
        byte[] refusal = refusalFor(report);
        if (refusal != null) {
            return refusal;
        }
        report.state = "FINISHED";
        StringBuilder files = new StringBuilder();
        report.files().forEach(file -> files.append("<fileId>").append(file.fileId()).append("</fileId>"));
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><reportDoneResponse><responseCode>0"
                + "</responseCode><reportId>" + report.id + "</reportId>" + (files.isEmpty() ? "<files/>"
                : "<files>" + files + "</files>") + "</reportDoneResponse>").getBytes(StandardCharsets.UTF_8);
    }

    private synchronized byte[] retract(String id) {
        Report report = reportOf(id);
        byte[] refusal = refusalFor(report);
        if (refusal != null) {
            return refusal;
        }
        report.state = "RETRACTED";
        return response(0, "Success", report.id, null, null);
    }

    private byte[] refusalFor(Report report) {
        if (report == null) {
            return response(5001, "Report does not exist", null, null, null);
        }
        return switch (report.state) {
            case "FINISHED" -> response(5102, "Report already finished", report.id, null, null);
            case "RETRACTED" -> response(5101, "Report already retracted", report.id, null, null);
            default -> null;
        };
    }

    private Report reportOf(String id) {
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            return null;
        }
        return reports.get(Long.parseLong(id.strip()));
    }

    /** Null when valid; "4110 ..." when not well-formed; the validator's message when not valid. */
    private static String invalid(byte[] xml) {
        try {
            SafeXml.parse(xml);
        } catch (InvalidXmlException e) {
            return "4110 Malformed XML submittal - " + e.getMessage();
        }
        try {
            CyberTipSchema.ours().validate(xml);
            return null;
        } catch (InvalidXmlException e) {
            return "Validation failed - " + e.getMessage();
        }
    }

    private static String id(HttpExchange exchange, byte[] body) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("multipart/")) {
            Multipart form = Multipart.parse(type, body);
            return form == null ? null : form.fields.get("id");
        }
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && "id".equals(pair.substring(0, eq))) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }

    private static byte[] response(int code, String description, Long reportId, String fileId, String hash) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<reportResponse><responseCode>" + code + "</responseCode>");
        xml.append("<responseDescription>").append(escape(description)).append("</responseDescription>");
        if (reportId != null) {
            xml.append("<reportId>").append(reportId).append("</reportId>");
        }
        if (fileId != null) {
            xml.append("<fileId>").append(fileId).append("</fileId><hash>").append(hash).append("</hash>");
        }
        return xml.append("</reportResponse>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/xml;charset=UTF-8");
        exchange.getResponseHeaders().add("Request-ID", HexFormat.of().formatHex(randomBytes(8)));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > MAX_BODY) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** multipart/form-data, enough of it for {@code id} and {@code file}. */
    private static final class Multipart {
        final Map<String, String> fields = new LinkedHashMap<>();
        byte[] file;
        String fileName;

        static Multipart parse(String contentType, byte[] body) {
            if (contentType == null || !contentType.startsWith("multipart/form-data")) {
                return null;
            }
            int at = contentType.indexOf("boundary=");
            if (at < 0) {
                return null;
            }
            byte[] delimiter = ("--" + contentType.substring(at + 9).replace("\"", "").strip())
                    .getBytes(StandardCharsets.ISO_8859_1);
            Multipart form = new Multipart();
            List<Integer> starts = new ArrayList<>();
            for (int i = indexOf(body, delimiter, 0); i >= 0; i = indexOf(body, delimiter, i + delimiter.length)) {
                starts.add(i);
            }
            for (int p = 0; p + 1 < starts.size(); p++) {
                int partStart = starts.get(p) + delimiter.length + 2;
                int partEnd = starts.get(p + 1) - 2;
                int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
                if (headersEnd < 0 || headersEnd > partEnd) {
                    continue;
                }
                String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.ISO_8859_1);
                byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, partEnd));
                String name = attribute(headers, "name");
                String fileName = attribute(headers, "filename");
                if ("file".equals(name) && fileName != null) {
                    form.file = content;
                    form.fileName = fileName;
                } else if (name != null) {
                    form.fields.put(name, new String(content, StandardCharsets.UTF_8));
                }
            }
            return form;
        }

        private static String attribute(String headers, String name) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[; ]" + name + "=\"([^\"]*)\"")
                    .matcher(headers);
            return m.find() ? m.group(1) : null;
        }

        private static int indexOf(byte[] data, byte[] pattern, int from) {
            outer:
            for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /** Runs it for a demo until stopped: {@code [port] [username] [password]}. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9777;
        String username = args.length > 1 ? args[1] : "recourse";
        String password = args.length > 2 ? args[2] : "demo-only-password";
        try (CyberTiplineReceiver receiver = start(InetAddress.getLoopbackAddress(), port, username, password)) {
            System.out.println("Local CyberTipline test receiver at " + receiver.url() + ". Start the portal with:");
            System.out.println("  RECOURSE_HOTLINE_NCMEC_ENABLED=true RECOURSE_HOTLINE_NCMEC_URL=" + receiver.url()
                    + " RECOURSE_HOTLINE_NCMEC_USERNAME=" + username + " RECOURSE_HOTLINE_NCMEC_PASSWORD=" + password
                    + " java -jar target/recourse.jar");
            Thread.currentThread().join();
        }
    }
}

package org.recourse.screening.banks.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.banks.BankFile;
import org.recourse.screening.banks.BankFormats;
import org.recourse.screening.banks.HashBanks;

/**
 * Imports a hash list into a bank from a script (supervisors and admins, by web.xml's /staff/supervise/*): the list is
 * the request body, in any {@link org.recourse.screening.banks.ListFormat}. All of it or nothing: {@code 201} with what
 * was read and added; {@code 422} problem+json naming each bad row by its line and what is wrong, with nothing stored;
 * {@code 413} over {@value #MAX_BYTES} bytes (read no further); {@code 415} for a form body, which a page on another
 * site could send (the session cookie is SameSite=Strict too). Audited like an import on the banks page.
 */
@WebServlet(name = "bankImport", urlPatterns = "/staff/supervise/banks/import")
public class BankImportServlet extends HttpServlet {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    RequestContext context;

    @Inject
    HashBanks banks;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("bank");
        if (id == null || !id.matches("\\d{1,9}") || banks.bank(Long.parseLong(id)).isEmpty()) {
            problem(response, Problem.of(404, context.messages().get("staff.banks.api.noBank"), null));
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")
                || type.isEmpty()) {
            problem(response, Problem.of(415, context.messages().get("staff.banks.api.mediaType"), null));
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            problem(response, tooLarge());
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            problem(response, tooLarge());
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            invalid(response, List.of(new BankFile.Problem(1, "the file is not UTF-8 text")));
            return;
        }
        BankFormats.Read read = BankFormats.read(text);
        if (!read.parsed().valid()) {
            invalid(response, read.parsed().problems());
            return;
        }
        int added;
        try {
            added = banks.importFile(Long.parseLong(id), read, request.getParameter("name"), context.staffName());
        } catch (IllegalArgumentException refused) {
            invalid(response, List.of(new BankFile.Problem(1, refused.getMessage())));
            return;
        }
        response.setStatus(201);
        response.setHeader("Location", request.getContextPath() + "/staff/supervise/banks?bank=" + id);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().print(JsonSupport.object().add("format", read.formatName())
                .add("rows", read.parsed().rows().size()).add("added", added).build());
    }

    private Problem tooLarge() {
        return Problem.of(413, context.messages().get("staff.banks.api.tooLarge"),
                context.messages().get("staff.banks.api.tooLarge.detail", MAX_BYTES / (1024 * 1024)));
    }

    /** 422: every bad row by its line and what is wrong with it (the rows' own words are English, as the file's). */
    private void invalid(HttpServletResponse response, List<BankFile.Problem> problems) throws IOException {
        JsonArrayBuilder errors = JsonSupport.array();
        problems.forEach(p -> errors.add(JsonSupport.object().add("line", p.line()).add("field", "line " + p.line())
                .add("message", p.message())));
        response.setStatus(422);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().print(JsonSupport.object().add("type", "about:blank")
                .add("title", context.messages().get("staff.banks.api.invalid"))
                .add("status", 422)
                .add("detail", context.messages().get("staff.banks.error.import", problems.size()))
                .add("errors", errors).build());
    }

    private static void problem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.toJson().getInt("status"));
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().print(problem.toJson());
    }
}

package org.recourse.evidence.legal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.OpenedEvidence;
import org.recourse.evidence.legal.EvidencePackage;
import org.recourse.evidence.legal.EvidenceUnavailableException;
import org.recourse.evidence.legal.LegalDesk;
import org.recourse.evidence.legal.PreparedPackage;
import org.recourse.evidence.legal.RecordDetails;
import org.recourse.evidence.legal.SigningKeyView;
import org.recourse.platform.web.RequestContext;

/**
 * Backs /staff/legal/record?id=: one record's details without opening it; "Open the metadata" decrypts it (an
 * opening, in its custody) and keeps only the metadata's text and the files' hashes for the page, never the bytes;
 * "Export" posts, then streams the signed package as the answer.
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A file as the page shows it after opening: its name, type, size and hashes (no bytes kept in the session). */
    public record FileHashes(String name, String mediaType, int size, String sha256, String md5, String pdq)
            implements Serializable {
    }

    @Inject
    transient LegalDesk desk;

    @Inject
    transient RequestContext request;

    private long id;
    private RecordDetails details;
    private String metadata;
    private List<FileHashes> files;
    private String error;

    /** The view action: reads the record's details (audited), or answers 404. */
    public void load() throws IOException {
        Optional<RecordDetails> found = desk.details(id, request.staffName());
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        details = found.get();
    }

    /** Decrypts the record to show its metadata: written in the chain of custody as an opening. */
    public void openMetadata() {
        try {
            Optional<OpenedEvidence> opened = desk.open(id, request.staffName());
            opened.ifPresent(evidence -> {
                metadata = new String(evidence.metadataJson(), StandardCharsets.UTF_8);
                files = evidence.files().stream().map(RecordPage::hashes).toList();
            });
            reload();
        } catch (EvidenceUnavailableException unavailable) {
            error = request.messages().get(unavailable.reason().messageKey());
        }
    }

    /** Exports the signed package: the answer to this POST is the zip itself. */
    public void export() throws IOException {
        Optional<PreparedPackage> prepared;
        try {
            prepared = desk.export(id, request.staffName());
        } catch (EvidenceUnavailableException unavailable) {
            error = request.messages().get(unavailable.reason().messageKey());
            return;
        }
        if (prepared.isEmpty()) {
            error = request.messages().get("legal.api.notFound.title");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(EvidencePackage.MEDIA_TYPE);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + prepared.get().fileName()
                + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            prepared.get().writeTo(out);
        }
        faces.responseComplete();
    }

    private void reload() {
        details = desk.details(id, request.staffName()).orElse(details);
    }

    private static FileHashes hashes(EvidenceFile file) {
        return new FileHashes(file.name(), file.mediaType(), file.bytes().length, file.sha256(), file.md5(),
                file.pdq());
    }

    public SigningKeyView getSigningKey() {
        return desk.signingKey();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RecordDetails getDetails() {
        return details;
    }

    public String getMetadata() {
        return metadata;
    }

    public List<FileHashes> getFiles() {
        return files;
    }

    public String getError() {
        return error;
    }
}

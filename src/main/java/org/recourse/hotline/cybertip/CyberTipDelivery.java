package org.recourse.hotline.cybertip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.OpenedEvidence;
import org.recourse.hotline.DeliveryFailure;
import org.recourse.hotline.HotlineDelivery;
import org.recourse.hotline.HotlineProblem;
import org.recourse.hotline.ReportContent;

/**
 * A record to NCMEC's CyberTipline, through its API: submit, then each file uploaded (its MD5 checked) and described,
 * then finish; each step stored before the next, so an attempt resumes where an earlier one stopped. A finish answered
 * "already finished" (5102) means an earlier attempt filed it and stopped before storing that: it counts as filed, not
 * as a second report. A report NCMEC no longer knows (5001: it deletes unfinished ones after a day) is forgotten and
 * started over at the next attempt. One instance serves one run of the outbox: the schema the service serves is
 * fetched once, at the first delivery.
 */
public class CyberTipDelivery implements HotlineDelivery {

    private static final Logger LOG = Logger.getLogger(CyberTipDelivery.class.getName());

    private final CyberTipClient client;
    private final boolean validateServedSchema;
    private List<CyberTipSchema> schemas;

    public CyberTipDelivery(CyberTipClient client, boolean validateServedSchema) {
        this.client = client;
        this.validateServedSchema = validateServedSchema;
    }

    @Override
    public String recipient() {
        return "ncmec";
    }

    @Override
    public Outcome deliver(OpenedEvidence evidence, ReportContent content, Progress progress) throws DeliveryFailure {
        try {
            List<CyberTipSchema> against = schemas();
            Optional<String> opened = progress.reportId();
            long reportId;
            if (opened.isPresent()) {
                reportId = Long.parseLong(opened.get());
            } else {
                reportId = client.submit(CyberTipXml.report(content), against);
                progress.opened(Long.toString(reportId));
            }
            for (ReportContent.FileContent file : content.files()) {
                send(reportId, evidence.files().get(file.position()), file, progress, against);
            }
            finish(reportId);
            return new Filed(Long.toString(reportId));
        } catch (CyberTipException e) {
            if (e.kind() == CyberTipException.Kind.REFUSED && e.code() == CyberTipResponse.REPORT_DOES_NOT_EXIST
                    && progress.reportId().isPresent()) {
                String lost = progress.reportId().get();
                progress.lost();
                throw new DeliveryFailure(HotlineProblem.LOST_AT_HOTLINE, "NCMEC no longer knows report " + lost
                        + " (unfinished reports expire): it is opened again at the next attempt", true);
            }
            throw new DeliveryFailure(problemOf(e.kind()), e.getMessage(), e.isTransient());
        }
    }

    private void send(long reportId, EvidenceFile bytes, ReportContent.FileContent file, Progress progress,
            List<CyberTipSchema> against) throws CyberTipException, DeliveryFailure {
        Optional<String> uploaded = progress.fileId(file.position());
        String fileId;
        if (uploaded.isPresent()) {
            fileId = uploaded.get();
        } else {
            fileId = client.upload(reportId, file.name(), file.mediaType(), bytes.bytes(), file.md5());
            progress.uploaded(file.position(), fileId, file.md5());
        }
        if (!progress.described(file.position())) {
            client.fileInfo(CyberTipXml.fileDetails(reportId, fileId, file), against);
            progress.fileDescribed(file.position());
        }
    }

    static HotlineProblem problemOf(CyberTipException.Kind kind) {
        return switch (kind) {
            case UNAVAILABLE -> HotlineProblem.UNREACHABLE;
            case UNAUTHORIZED -> HotlineProblem.UNAUTHORIZED;
            case REFUSED -> HotlineProblem.REFUSED;
            case HASH_MISMATCH -> HotlineProblem.HASH_MISMATCH;
            case BAD_ANSWER -> HotlineProblem.BAD_ANSWER;
            case INVALID -> HotlineProblem.INVALID;
        };
    }

    private void finish(long reportId) throws CyberTipException {
        try {
            client.finish(reportId);
        } catch (CyberTipException e) {
            if (e.kind() != CyberTipException.Kind.REFUSED || e.code() != CyberTipResponse.ALREADY_FINISHED) {
                throw e;
            }
            LOG.info(() -> "CyberTip " + reportId + " was already finished by an earlier attempt");
        }
    }

    /** Ours, and the service's own when it serves one (fetched once); a served schema that cannot be read is logged. */
    private List<CyberTipSchema> schemas() throws CyberTipException {
        if (schemas == null) {
            List<CyberTipSchema> list = new ArrayList<>();
            list.add(CyberTipSchema.ours());
            if (validateServedSchema) {
                byte[] served = client.servedSchema();
                if (served != null) {
                    try {
                        list.add(CyberTipSchema.served(served));
                    } catch (InvalidXmlException e) {
                        LOG.log(Level.WARNING, "The CyberTipline's own schema could not be used; validating against "
                                + "ours only: {0}", e.getMessage());
                    }
                }
            }
            schemas = List.copyOf(list);
        }
        return schemas;
    }
}

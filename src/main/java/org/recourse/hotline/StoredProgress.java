package org.recourse.hotline;

import java.util.List;
import java.util.Optional;

/** A delivery's progress as the outbox stores it: read once at the start of an attempt, written after each step. */
final class StoredProgress implements HotlineDelivery.Progress {

    private final HotlineClaims claims;
    private final long id;
    private String reportId;
    private List<SentFile> files;

    StoredProgress(HotlineClaims claims, long id) {
        this.claims = claims;
        this.id = id;
        HotlineClaims.Stored stored = claims.stored(id);
        this.reportId = stored.reportId();
        this.files = stored.files();
    }

    @Override
    public Optional<String> reportId() {
        return Optional.ofNullable(reportId);
    }

    @Override
    public Optional<String> fileId(int position) {
        return files.stream().filter(file -> file.position() == position).map(SentFile::fileId).findFirst();
    }

    @Override
    public boolean described(int position) {
        return files.stream().anyMatch(file -> file.position() == position && file.described());
    }

    @Override
    public void opened(String id) throws DeliveryFailure {
        claims.opened(this.id, id);
        reportId = id;
    }

    @Override
    public void uploaded(int position, String fileId, String md5) throws DeliveryFailure {
        claims.uploaded(id, position, fileId, md5);
        files = claims.stored(id).files();
    }

    @Override
    public void fileDescribed(int position) throws DeliveryFailure {
        claims.described(id, position);
        files = claims.stored(id).files();
    }

    @Override
    public void lost() throws DeliveryFailure {
        claims.lost(id);
        reportId = null;
        files = List.of();
    }
}

package org.recourse.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One file of a report that reached the hotline: its place in the record, its id there, the MD5 it confirmed. */
@Embeddable
public class SentFile {

    @Column(nullable = false)
    private int position;

    @Column(name = "file_id", nullable = false, length = 256)
    private String fileId;

    @Column(nullable = false, length = 32)
    private String md5;

    /** Whether its details went too ({@code /fileinfo}). */
    @Column(nullable = false)
    private boolean described;

    protected SentFile() {
        // for JPA
    }

    SentFile(int position, String fileId, String md5) {
        this.position = position;
        this.fileId = Objects.requireNonNull(fileId, "A file id is required.");
        this.md5 = Objects.requireNonNull(md5, "An MD5 is required.");
    }

    void describe() {
        described = true;
    }

    public int position() {
        return position;
    }

    public String fileId() {
        return fileId;
    }

    public String md5() {
        return md5;
    }

    public boolean described() {
        return described;
    }
}

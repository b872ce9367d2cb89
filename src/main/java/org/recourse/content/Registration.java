package org.recourse.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recourse.matching.hash.PdqHash;
import org.recourse.platform.validation.FieldProblem;

/**
 * What the platform tells about an item it hosts: its id, its address, its media type, who uploaded it, and its
 * bytes or at least their SHA-256, and optionally what it knows of the uploader's account ({@code uploader}, read
 * and checked by {@link UploaderContextReader}). {@link #check()} names everything wrong at once.
 */
public record Registration(String contentId, String url, String mediaType, String uploaderId, String sha256,
        byte[] bytes, String md5, String pdq, String vpdq, UploaderContext uploader) {

    /** Larger pictures and videos are registered by their SHA-256 alone. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    static final int MAX_URL = 2048;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");
    private static final Pattern UPLOADER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    /** Without the optional MD5 and PDQ hashes (the platform sends them when it has no bytes to give). */
    public Registration(String contentId, String url, String mediaType, String uploaderId, String sha256,
            byte[] bytes) {
        this(contentId, url, mediaType, uploaderId, sha256, bytes, null, null);
    }

    /** Without what the platform says about the uploader's account (nothing to keep). */
    public Registration(String contentId, String url, String mediaType, String uploaderId, String sha256,
            byte[] bytes, String md5, String pdq, String vpdq) {
        this(contentId, url, mediaType, uploaderId, sha256, bytes, md5, pdq, vpdq, null);
    }

    /** Without a video's vPDQ (the platform sends it for a video whose bytes it does not give). */
    public Registration(String contentId, String url, String mediaType, String uploaderId, String sha256,
            byte[] bytes, String md5, String pdq) {
        this(contentId, url, mediaType, uploaderId, sha256, bytes, md5, pdq, null);
    }

    public List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (contentId == null || contentId.isBlank()) {
            problems.add(FieldProblem.of("contentId", "api.error.content.contentId.missing"));
        } else if (!ContentItem.PLATFORM_ID.matcher(contentId).matches()) {
            problems.add(FieldProblem.of("contentId", "api.error.content.contentId.malformed"));
        }
        if (url == null || url.isBlank()) {
            problems.add(FieldProblem.of("url", "api.error.content.url.missing"));
        } else if (url.length() > MAX_URL || !isWebAddress(url)) {
            problems.add(FieldProblem.of("url", "api.error.content.url.malformed"));
        }
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType.toLowerCase(Locale.ROOT)).matches()) {
            problems.add(FieldProblem.of("mediaType", "api.error.content.mediaType.malformed"));
        }
        if (uploaderId != null && !UPLOADER.matcher(uploaderId).matches()) {
            problems.add(FieldProblem.of("uploaderId", "api.error.content.uploaderId.malformed"));
        }
        if (sha256 != null && !HEX64.matcher(sha256).matches()) {
            problems.add(FieldProblem.of("sha256", "api.error.content.sha256.malformed"));
        }
        if (md5 != null && !HEX32.matcher(md5).matches()) {
            problems.add(FieldProblem.of("md5", "api.error.content.md5.malformed"));
        }
        if (pdq != null && PdqHash.parse(pdq).isEmpty()) {
            problems.add(FieldProblem.of("pdq", "api.error.content.pdq.malformed"));
        }
        if (vpdq != null && bytes != null) {
            // Recourse fingerprints the bytes it is given; a second, different fingerprint would be trusted blindly.
            problems.add(FieldProblem.of("vpdq", "api.error.content.vpdq.withBytes"));
        }
        if (bytes == null && sha256 == null) {
            problems.add(FieldProblem.of("bytes", "api.error.content.bytes.missing"));
        } else if (bytes != null && bytes.length > MAX_BYTES) {
            problems.add(FieldProblem.of("bytes", "api.error.content.bytes.tooLarge", MAX_BYTES / (1024 * 1024)));
        } else if (bytes != null && sha256 != null && HEX64.matcher(sha256).matches()
                && !ContentItem.sha256Of(bytes).equals(sha256.toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of("sha256", "api.error.content.sha256.mismatch"));
        }
        return problems;
    }

    private static boolean isWebAddress(String text) {
        try {
            java.net.URI uri = new java.net.URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The PDQ hash the platform gave (checked by {@link #check()}), or null. */
    public PdqHash pdqHash() {
        return pdq == null ? null : PdqHash.fromHex(pdq);
    }

    /** The SHA-256 as stored: computed from the bytes if given, else as sent, in lower case. */
    public String effectiveSha256() {
        return bytes != null ? ContentItem.sha256Of(bytes) : sha256.toLowerCase(Locale.ROOT);
    }

    /** Whether this registration says the same as an item already registered (sending it twice is no error). */
    public boolean sameAs(ContentItem item) {
        return item.url().equals(url) && item.mediaType().equals(mediaType.toLowerCase(Locale.ROOT))
                && java.util.Objects.equals(item.uploaderId(), uploaderId)
                && effectiveSha256().equals(item.sha256());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Registration that && java.util.Objects.equals(contentId, that.contentId)
                && java.util.Objects.equals(url, that.url) && java.util.Objects.equals(mediaType, that.mediaType)
                && java.util.Objects.equals(uploaderId, that.uploaderId)
                && java.util.Objects.equals(sha256, that.sha256) && Arrays.equals(bytes, that.bytes)
                && java.util.Objects.equals(md5, that.md5) && java.util.Objects.equals(pdq, that.pdq)
                && java.util.Objects.equals(vpdq, that.vpdq) && java.util.Objects.equals(uploader, that.uploader);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(contentId, url, mediaType, uploaderId, sha256, md5, pdq, vpdq, uploader) * 31
                + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Registration[" + contentId + ", " + (bytes == null ? "no bytes" : bytes.length + " bytes") + "]";
    }
}

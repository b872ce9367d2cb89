package org.recourse.matching.video;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.recourse.matching.index.PdqMatch;
import org.recourse.matching.index.StaticMultiIndex;

/**
 * Many videos, searched by a video: every usable frame of each is in one PDQ frame index (a
 * {@link StaticMultiIndex}), so a query's frames find the few videos that share a near frame, and only those are
 * compared with the exact {@link VpdqMatcher} (what {@code VpdqBenchmark.withIndex} measures). The index keeps frames
 * within the matcher's distance inclusive, a superset of what either rule counts; the matcher decides.
 *
 * <p>Thread-safe; ids are the caller's (a bank entry's, a content item's).
 */
public final class VideoIndex implements AutoCloseable {

    /** Frames a video may have here: its frame keys are {@code id * FRAME_SLOTS + position}. */
    static final int FRAME_SLOTS = 1 << 17;

    /** A video of the index that matches a query, and how. */
    public record Hit(long videoId, VpdqMatch match) {
    }

    private final VpdqMatcher matcher;
    private final StaticMultiIndex frames;
    private final Map<Long, VpdqVideo> videos = new HashMap<>();

    public VideoIndex(VpdqMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "A matcher is required.");
        this.frames = new StaticMultiIndex(matcher.thresholds().distance(), 1024);
    }

    /** Adds a video; a video already here under this id is replaced. */
    public synchronized void add(long videoId, VpdqVideo video) {
        Objects.requireNonNull(video, "A video is required.");
        if (video.size() > FRAME_SLOTS) {
            throw new IllegalArgumentException("A video of more than " + FRAME_SLOTS + " frames is not indexed.");
        }
        remove(videoId);
        videos.put(videoId, video);
        List<VpdqFrame> list = video.frames();
        for (int i = 0; i < list.size(); i++) {
            // A frame under the quality threshold is never counted by the matcher: no need to find it.
            if (list.get(i).hasQuality(matcher.thresholds().quality())) {
                frames.add(videoId * FRAME_SLOTS + i, list.get(i).hash());
            }
        }
    }

    public synchronized boolean remove(long videoId) {
        VpdqVideo video = videos.remove(videoId);
        if (video == null) {
            return false;
        }
        for (int i = 0; i < video.size(); i++) {
            frames.remove(videoId * FRAME_SLOTS + i);
        }
        return true;
    }

    public synchronized boolean contains(long videoId) {
        return videos.containsKey(videoId);
    }

    /** How many videos are indexed. */
    public synchronized int size() {
        return videos.size();
    }

    /** The videos that match the query by the matcher's verdict, the best share of the query's frames first. */
    public List<Hit> matches(VpdqVideo query) {
        Map<Long, VpdqVideo> candidates = candidates(query);
        List<Hit> hits = new ArrayList<>();
        candidates.forEach((id, video) -> {
            VpdqMatch match = matcher.match(query, video);
            if (match.isMatch()) {
                hits.add(new Hit(id, match));
            }
        });
        hits.sort(Comparator.comparingDouble((Hit h) -> h.match().queryPercent().orElse(0)).reversed()
                .thenComparingLong(Hit::videoId));
        return hits;
    }

    private synchronized Map<Long, VpdqVideo> candidates(VpdqVideo query) {
        Set<Long> ids = new LinkedHashSet<>();
        for (VpdqFrame frame : query.frames()) {
            if (frame.hasQuality(matcher.thresholds().quality())) {
                for (PdqMatch hit : frames.allWithin(frame.hash())) {
                    ids.add(hit.id() / FRAME_SLOTS);
                }
            }
        }
        Map<Long, VpdqVideo> found = new HashMap<>();
        ids.forEach(id -> found.put(id, videos.get(id)));
        return found;
    }

    /** The frames of one indexed video (for a caller that must compare again), or null. */
    public synchronized VpdqVideo video(long videoId) {
        return videos.get(videoId);
    }

    @Override
    public void close() {
        frames.close();
    }
}

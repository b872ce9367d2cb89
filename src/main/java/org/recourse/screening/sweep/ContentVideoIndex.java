package org.recourse.screening.sweep;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.matching.video.VideoIndex;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.screening.VideoMatching;
import org.recourse.screening.staydown.VideoChanges;

/**
 * This node's index of registered videos (every item with vPDQ frames that is not removed), beside the PDQ
 * {@link ContentIndex}: loaded from the database on first use, a page at a time, then following the registrations the
 * {@code video_change} log records. A banked video's frames find the registered videos that share a near frame, and
 * the vPDQ matcher confirms each (the banked video as the query: at least 80 % of its frames in the copy). Whether a
 * video found is still shown is asked of the database when it is hidden, not here.
 */
@ApplicationScoped
public class ContentVideoIndex {

    private static final Logger LOG = Logger.getLogger(ContentVideoIndex.class.getName());
    private static final int PAGE = 1_000;

    @Inject
    VideoMatching matching;

    @Inject
    SweepRepository repository;

    @Inject
    VideoChanges changes;

    private VideoIndex index;
    private long lastApplied = -1;

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /** The registered videos (by content item id) that these frames match, the best first. */
    public List<VideoIndex.Hit> matches(VpdqVideo banked) {
        catchUp();
        return index.matches(banked);
    }

    @Transactional
    synchronized void catchUp() {
        if (index == null) {
            load();
        }
        List<VideoChanges.Change> batch;
        do {
            batch = changes.after(List.of(VideoChanges.Source.CONTENT), lastApplied, PAGE);
            batch.forEach(this::apply);
        } while (batch.size() == PAGE);
    }

    private void load() {
        long upTo = changes.lastId();
        index = new VideoIndex(matching.matcher());
        long after = 0;
        List<SweepRepository.IndexedVideo> page;
        do {
            page = repository.contentVideos(after, PAGE);
            page.forEach(video -> index.add(video.itemId(), VpdqText.read(video.frames())));
            after = page.isEmpty() ? after : page.get(page.size() - 1).itemId();
        } while (page.size() == PAGE);
        lastApplied = upTo;
        LOG.info(() -> "Content video index loaded: " + index.size() + " videos.");
    }

    private void apply(VideoChanges.Change change) {
        if (change.add()) {
            repository.contentVideo(change.sourceId()).ifPresent(text -> index.add(change.sourceId(),
                    VpdqText.read(text)));
        } else {
            index.remove(change.sourceId());
        }
        lastApplied = change.id();
    }
}

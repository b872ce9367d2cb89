package org.recourse.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Read-side access to registered content for the pages and the media endpoint. */
@ApplicationScoped
public class ContentService {

    /** An item's bytes with what decides whether they may be served. */
    public record Media(String mediaType, Visibility visibility, byte[] bytes) {
    }

    /** One item as the gallery shows it. */
    public record Listed(String platformContentId, String url, Visibility visibility) {
    }

    @Inject
    ContentRepository repository;

    @Transactional
    public Optional<Media> media(String platformContentId) {
        return repository.findByPlatformId(platformContentId).map(item -> new Media(item.mediaType(),
                item.visibility(),
                item.visibility().isServed() ? repository.media(item).map(ContentMedia::bytes).orElse(null) : null));
    }

    @Transactional
    public List<Listed> list(int max) {
        return repository.listAll(max).stream()
                .map(item -> new Listed(item.platformContentId(), item.url(), item.visibility()))
                .toList();
    }
}

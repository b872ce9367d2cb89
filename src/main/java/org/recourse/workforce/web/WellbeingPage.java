package org.recourse.workforce.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.recourse.platform.web.RequestContext;
import org.recourse.staff.PreviewChoices;
import org.recourse.staff.StaffService;
import org.recourse.workforce.ExposureDay;
import org.recourse.workforce.ExposureService;
import org.recourse.workforce.WellbeingRules;

/**
 * Backs /staff/wellbeing: the reviewer's own exposure today against the organisation's cap and breaks, and their own
 * preview defaults (blur, greyscale, mute video), never below the organisation's minimums.
 */
@Named
@ViewScoped
public class WellbeingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestContext context;

    @Inject
    transient ExposureService exposure;

    @Inject
    transient StaffService staff;

    private boolean blur;
    private boolean greyscale;
    private boolean muteVideo;
    private String message;

    @PostConstruct
    void load() {
        PreviewChoices mine = staff.previewChoices(context.staffName());
        blur = mine.blur();
        greyscale = mine.greyscale();
        muteVideo = mine.muteVideo();
    }

    public void save() {
        PreviewChoices kept = staff.choosePreviews(context.staffName(), new PreviewChoices(blur, greyscale, muteVideo));
        blur = kept.blur();
        greyscale = kept.greyscale();
        muteVideo = kept.muteVideo();
        message = context.messages().get("workforce.preferences.saved");
    }

    public ExposureDay getToday() {
        return exposure.today(context.staffName());
    }

    public WellbeingRules getRules() {
        return exposure.rules();
    }

    public PreviewChoices getMinimums() {
        return staff.previewMinimums();
    }

    public boolean isBlur() {
        return blur;
    }

    public void setBlur(boolean blur) {
        this.blur = blur;
    }

    public boolean isGreyscale() {
        return greyscale;
    }

    public void setGreyscale(boolean greyscale) {
        this.greyscale = greyscale;
    }

    public boolean isMuteVideo() {
        return muteVideo;
    }

    public void setMuteVideo(boolean muteVideo) {
        this.muteVideo = muteVideo;
    }

    public String getMessage() {
        return message;
    }
}

package org.recourse.it;

import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.recourse.testing.SharedSettings;
import org.recourse.testing.TestDatabase;

/**
 * One Payara Micro for what Recourse knows about hosted copies and their uploaders: the sweep of copies already up
 * ({@link SweepContract}), video fingerprints ({@link VideoContract}) and what the platform says about uploaders and
 * outside addresses ({@link UploaderAndOutsideContract}), with the demo platform on as their own portals had it. The
 * staff they share (mona, sam) are made once ({@link SharedStaff}). On H2 ({@link StayDownH2IT}) and PostgreSQL
 * ({@link StayDownPostgresIT}).
 */
abstract class StayDownPortal extends SharedPortal {

    static Map<String, String> settings(Map<String, String> database) {
        return new SharedSettings(database)
                .add("sweep", SweepContract.settings())
                .add("video", VideoContract.settings())
                .add("uploader and outside", UploaderAndOutsideContract.settings())
                .toMap();
    }

    @Nested
    @DisplayName("The sweep: copies already up")
    class Sweep extends SweepContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return StayDownPortal.this.database();
        }
    }

    @Nested
    @DisplayName("Video: registered, screened and swept by frames")
    class Video extends VideoContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return StayDownPortal.this.database();
        }
    }

    @Nested
    @DisplayName("The uploader's context and outside addresses")
    class UploaderAndOutside extends UploaderAndOutsideContract {

        @Override
        URL portal() {
            return deployed();
        }

        @Override
        TestDatabase database() {
            return StayDownPortal.this.database();
        }
    }
}

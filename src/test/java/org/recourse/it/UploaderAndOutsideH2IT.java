package org.recourse.it;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.recourse.testing.Deployments;
import org.recourse.testing.TestDatabase;

@DisplayName("Uploader context and outside addresses on H2")
class UploaderAndOutsideH2IT extends UploaderAndOutsideContract {

    private static final Map<String, String> SETTINGS = settings(Deployments.h2("uploader-outside"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.recourse(SETTINGS);
    }

    @Override
    TestDatabase database() {
        return TestDatabase.h2(SETTINGS.get("recourse.db.url"));
    }
}

package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A machine without Chromium fails the browser test and says how to install it; it never skips it silently. */
class MissingChromiumTest {

    @Test
    void without_chromium_the_browser_test_fails_and_says_how_to_install_it() {
        String before = System.getProperty("singlepoint.chromium");
        System.setProperty("singlepoint.chromium", "/nonexistent/chromium");
        try {
            assertThatThrownBy(SlaAdminPageBrowserTest::chromium)
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("sudo apt-get install chromium")
                    .hasMessageContaining(".ci/run");
        } finally {
            if (before == null) {
                System.clearProperty("singlepoint.chromium");
            } else {
                System.setProperty("singlepoint.chromium", before);
            }
        }
    }
}

package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in: sal-api. Implemented by the plugin; SAL calls {@code onStart} once the plugin is enabled and the
 * application has started (the bean must be exported as an OSGi service for SAL to find it).
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}

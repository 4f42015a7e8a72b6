package com.atlassian.event.api;

/** Stand-in: atlassian-event. Where listeners are (un)registered; {@link EventPublisher} extends it. */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}

package com.atlassian.event.api;

/** Stand-in: atlassian-event. {@code register}/{@code unregister} are declared on the supertype, as in the real API. */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}

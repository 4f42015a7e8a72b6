package io.singlepoint.jira.sla.panel;

import java.util.List;

/**
 * What the SLA panel shows, every word already in the viewer's language: {@code templates/sla/sla-panel-view.vm}'s
 * one view object. Jira escapes every value when the template writes it.
 *
 * @param slas   one per SLA of the configuration, in its order
 * @param notice that the requester answered and an agent must take the issue over; {@code null} when not
 */
public record SlaPanelView(List<SlaPanelRow> slas, String notice) {

    public SlaPanelView {
        slas = List.copyOf(slas);
    }

    /** Whether the configuration defines no SLA. */
    public boolean isEmpty() {
        return slas.isEmpty();
    }
}

package io.singlepoint.jira.sla.panel;

import java.util.List;

/**
 * One SLA on the panel.
 *
 * @param name     the SLA's name
 * @param lozenge  the AUI lozenge class of its state, e.g. {@code aui-lozenge-success}; empty for the plain one
 * @param state    the state in words: running, waiting on user, met, breached, stopped, not started
 * @param time     the working time left, or by how much it is over; {@code null} when neither applies
 * @param goal     the goal's target, or that no goal applies
 * @param calendar the calendar that measures it
 * @param cycles   oldest first
 */
public record SlaPanelRow(String name, String lozenge, String state, String time, String goal, String calendar,
                          List<SlaPanelCycle> cycles) {

    public SlaPanelRow {
        cycles = List.copyOf(cycles);
    }

    public boolean hasCycles() {
        return !cycles.isEmpty();
    }
}

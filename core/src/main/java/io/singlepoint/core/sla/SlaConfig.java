package io.singlepoint.core.sla;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An SLA configuration: named business calendars and the SLA definitions that use them. DESIGN.md's "SLA
 * configuration"; {@link SlaConfigJson} reads and writes it.
 *
 * @param calendars calendar id → calendar, without the built-in {@code 24x7}
 * @param slas      in the order they are shown; ids unique
 */
public record SlaConfig(Map<String, BusinessCalendar> calendars, List<SlaDefinition> slas) {

    public SlaConfig {
        calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
        slas = List.copyOf(slas);
        calendars.forEach((id, calendar) -> {
            if (!id.equals(calendar.id())) {
                throw new IllegalArgumentException("calendar \"" + calendar.id() + "\" is listed as \"" + id + "\"");
            }
        });
        Set<String> ids = new HashSet<>();
        for (SlaDefinition sla : slas) {
            if (!ids.add(sla.id())) {
                throw new IllegalArgumentException("two SLAs have the id \"" + sla.id() + "\"");
            }
            for (Goal goal : sla.goals()) {
                BusinessCalendar calendar = goal.calendar();
                if (!calendar.isAlways() && !calendar.equals(calendars.get(calendar.id()))) {
                    throw new IllegalArgumentException("SLA \"" + sla.id() + "\" uses calendar \"" + calendar.id()
                            + "\", which the configuration does not define");
                }
            }
        }
    }

    public Optional<SlaDefinition> sla(String id) {
        return slas.stream().filter(sla -> sla.id().equals(id)).findFirst();
    }

    /** The field ids that any goal matches on: all an issue reader needs to keep. */
    public Set<String> matchedFields() {
        Set<String> fields = new LinkedHashSet<>();
        slas.forEach(sla -> sla.goals().forEach(goal -> fields.addAll(goal.match().keySet())));
        return fields;
    }
}

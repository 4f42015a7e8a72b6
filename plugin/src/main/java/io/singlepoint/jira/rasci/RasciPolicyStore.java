package io.singlepoint.jira.rasci;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciPolicyJson;
import io.singlepoint.jira.rasci.ao.RasciPolicyEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy of each RASCI field by custom field id. A field without one, or whose stored policy cannot be read
 * (logged), follows {@link RasciPolicy#DEFAULT}.
 */
@Named
public final class RasciPolicyStore {

    private static final Logger LOG = LoggerFactory.getLogger(RasciPolicyStore.class);

    private final ActiveObjects ao;

    @Inject
    public RasciPolicyStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The policy {@code fieldId} follows; the default one for {@code null} or a field without its own. */
    public RasciPolicy policy(String fieldId) {
        return fieldId == null ? RasciPolicy.DEFAULT : stored(fieldId).orElse(RasciPolicy.DEFAULT);
    }

    /** The field's own policy, if it has one that can be read. */
    public Optional<RasciPolicy> stored(String fieldId) {
        RasciPolicyEntity[] found = ao.find(RasciPolicyEntity.class, Query.select().where("FIELD_ID = ?", fieldId));
        return found.length == 0 ? Optional.empty() : read(fieldId, found[0].getPolicyJson());
    }

    /** Saves the field's policy, replacing its previous one. */
    public void save(String fieldId, RasciPolicy policy) {
        ao.executeInTransaction(() -> {
            remove(fieldId);
            ao.create(RasciPolicyEntity.class, new DBParam("FIELD_ID", fieldId),
                    new DBParam("POLICY_JSON", RasciPolicyJson.write(policy)));
            return null;
        });
    }

    /** Back to the default policy. */
    public void remove(String fieldId) {
        ao.deleteWithSQL(RasciPolicyEntity.class, "FIELD_ID = ?", fieldId);
    }

    /** Every field's own policy that can be read, by field id. */
    public Map<String, RasciPolicy> all() {
        Map<String, RasciPolicy> all = new LinkedHashMap<>();
        Arrays.stream(ao.find(RasciPolicyEntity.class, Query.select().order("FIELD_ID")))
                .forEach(entity -> read(entity.getFieldId(), entity.getPolicyJson())
                        .ifPresent(policy -> all.put(entity.getFieldId(), policy)));
        return all;
    }

    private static Optional<RasciPolicy> read(String fieldId, String json) {
        try {
            return Optional.of(RasciPolicyJson.read(json));
        } catch (IllegalArgumentException e) {
            LOG.warn("The RASCI policy of {} cannot be read, the default policy applies: {}", fieldId, e.getMessage());
            return Optional.empty();
        }
    }
}

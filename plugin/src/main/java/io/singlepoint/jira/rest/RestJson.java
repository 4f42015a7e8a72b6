package io.singlepoint.jira.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.sla.SlaPreview;
import io.singlepoint.jira.sla.store.ConfigVersion;
import io.singlepoint.jira.sla.store.RecalcTask;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The JSON the REST API answers with, one method per kind of value. Instants are ISO-8601 in UTC. */
@Named
public final class RestJson {

    private final UserManager users;

    @Inject
    public RestJson(UserManager users) {
        this.users = users;
    }

    /**
     * {@code {"key": "JIRAUSER10100", "username": "ann", "name": "Ann Admin"}}; for a user Jira no longer has, the
     * key stands for the other two.
     */
    ObjectNode user(String userKey) {
        ObjectNode node = Answers.MAPPER.createObjectNode();
        if (userKey == null) {
            return node.putNull("key").putNull("username").putNull("name");
        }
        ApplicationUser user = users.getUserByKey(userKey);
        return node.put("key", userKey).put("username", user == null ? userKey : user.getUsername())
                .put("name", user == null ? userKey : user.getDisplayName());
    }

    /** A configuration version; with its JSON text when {@code withJson}. */
    ObjectNode version(ConfigVersion version, boolean withJson) {
        ObjectNode node = Answers.MAPPER.createObjectNode().put("version", version.number());
        node.set("author", user(version.authorKey()));
        node.put("savedAt", instant(version.savedAt())).put("note", version.note());
        return withJson ? node.put("json", version.json()) : node;
    }

    ObjectNode task(RecalcTask task) {
        ObjectNode node = Answers.MAPPER.createObjectNode()
                .put("id", task.id()).put("jql", task.jql()).put("version", task.configVersion())
                .put("status", task.status().name()).put("total", task.total()).put("done", task.done())
                .put("finished", task.isFinished());
        node.set("author", user(task.authorKey()));
        return node.put("createdAt", instant(task.createdAt())).put("finishedAt", instant(task.finishedAt()))
                .put("message", task.message());
    }

    /** Per SLA: the counts before and after, and the issues that move, each with its summary. */
    ObjectNode preview(String projectKey, SlaPreview.Result result, Map<String, String> summaries) {
        ObjectNode node = Answers.MAPPER.createObjectNode().put("project", projectKey).put("issues", result.issues());
        ArrayNode changes = node.putArray("changes");
        for (SlaPreview.Change change : result.changes()) {
            ObjectNode sla = changes.addObject().put("sla", change.slaId()).put("name", change.name())
                    .put("inCurrent", change.inCurrent()).put("inProposed", change.inProposed())
                    .put("metBefore", change.metBefore()).put("breachedBefore", change.breachedBefore())
                    .put("metAfter", change.metAfter()).put("breachedAfter", change.breachedAfter());
            issues(sla.putArray("metToBreached"), change.metToBreached(), summaries);
            issues(sla.putArray("breachedToMet"), change.breachedToMet(), summaries);
        }
        return node;
    }

    private static void issues(ArrayNode array, List<String> keys, Map<String, String> summaries) {
        keys.forEach(key -> array.addObject().put("key", key).put("summary", summaries.getOrDefault(key, "")));
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

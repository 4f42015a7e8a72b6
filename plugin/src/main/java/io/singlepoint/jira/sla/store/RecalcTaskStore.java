package io.singlepoint.jira.sla.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.jira.sla.ao.SlaRecalcEntity;
import io.singlepoint.jira.sla.store.RecalcTask.Status;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Background recalculations and their progress, readable from any node. */
@Named
public final class RecalcTaskStore {

    private static final int MESSAGE_LENGTH = 450;

    private final ActiveObjects ao;

    @Inject
    public RecalcTaskStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public RecalcTask create(String jql, int configVersion, String authorKey, Instant at) {
        return task(ao.create(SlaRecalcEntity.class,
                new DBParam("JQL", jql),
                new DBParam("CONFIG_VERSION", configVersion),
                new DBParam("STATUS", Status.QUEUED.name()),
                new DBParam("TOTAL", 0),
                new DBParam("DONE", 0),
                new DBParam("AUTHOR_KEY", authorKey),
                new DBParam("CREATED_AT", at.toEpochMilli())));
    }

    public Optional<RecalcTask> get(int id) {
        return Optional.ofNullable(ao.get(SlaRecalcEntity.class, id)).map(RecalcTaskStore::task);
    }

    /** The latest {@code limit} tasks, newest first. */
    public List<RecalcTask> latest(int limit) {
        return Arrays.stream(ao.find(SlaRecalcEntity.class, Query.select().order("ID DESC").limit(limit)))
                .map(RecalcTaskStore::task)
                .toList();
    }

    /** The oldest task still waiting to run. */
    public Optional<RecalcTask> nextQueued() {
        SlaRecalcEntity[] queued = ao.find(SlaRecalcEntity.class,
                Query.select().where("STATUS = ?", Status.QUEUED.name()).order("ID").limit(1));
        return queued.length == 0 ? Optional.empty() : Optional.of(task(queued[0]));
    }

    /**
     * The oldest task not finished yet: the one running, else the next queued. Tasks start oldest first and one at a
     * time, so a running task is older than every queued one.
     */
    public Optional<RecalcTask> oldestUnfinished() {
        SlaRecalcEntity[] unfinished = ao.find(SlaRecalcEntity.class, Query.select()
                .where("STATUS IN (?, ?)", Status.QUEUED.name(), Status.RUNNING.name()).order("ID").limit(1));
        return unfinished.length == 0 ? Optional.empty() : Optional.of(task(unfinished[0]));
    }

    public void started(int id, int total) {
        update(id, entity -> {
            entity.setStatus(Status.RUNNING.name());
            entity.setTotal(total);
            entity.setDone(0);
        });
    }

    public void progress(int id, int done) {
        update(id, entity -> entity.setDone(done));
    }

    public void finished(int id, Status status, String message, Instant at) {
        update(id, entity -> {
            entity.setStatus(status.name());
            entity.setFinishedAt(at.toEpochMilli());
            entity.setMessage(message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message);
        });
    }

    private void update(int id, java.util.function.Consumer<SlaRecalcEntity> change) {
        SlaRecalcEntity entity = ao.get(SlaRecalcEntity.class, id);
        if (entity == null) {
            throw new IllegalArgumentException("no recalculation " + id);
        }
        change.accept(entity);
        entity.save();
    }

    private static RecalcTask task(SlaRecalcEntity entity) {
        return new RecalcTask(entity.getID(), entity.getJql(), entity.getConfigVersion(),
                Status.valueOf(entity.getStatus()), entity.getTotal(), entity.getDone(), entity.getAuthorKey(),
                Instant.ofEpochMilli(entity.getCreatedAt()),
                entity.getFinishedAt() == null ? null : Instant.ofEpochMilli(entity.getFinishedAt()),
                entity.getMessage());
    }
}

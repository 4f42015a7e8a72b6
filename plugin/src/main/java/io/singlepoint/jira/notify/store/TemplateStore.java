package io.singlepoint.jira.notify.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.notify.TemplateLibrary;
import io.singlepoint.core.notify.TemplateSet.Part;
import io.singlepoint.jira.notify.ao.NotifyTemplateEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Projects' template overrides: one source per project, template name, language and part. */
@Named
public final class TemplateStore {

    private final ActiveObjects ao;

    @Inject
    public TemplateStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** SinglePoint's templates with the project's overrides. */
    public TemplateLibrary library(long projectId) {
        Map<TemplateLibrary.Key, String> sources = new HashMap<>();
        for (NotifyTemplateEntity row : rows(projectId)) {
            sources.put(key(row.getName(), row.getLanguage(), row.getPart()), row.getSource());
        }
        return TemplateLibrary.defaults().withOverrides(sources);
    }

    /** The project's overridden parts, as file names ({@code change-approved.de.html.vm}). */
    public List<String> overridden(long projectId) {
        List<String> names = new ArrayList<>();
        for (NotifyTemplateEntity row : rows(projectId)) {
            names.add(key(row.getName(), row.getLanguage(), row.getPart()).fileName());
        }
        return names;
    }

    /**
     * Saves the project's version of a part; a blank source goes back to SinglePoint's.
     *
     * @throws IllegalArgumentException if the name, language or part is malformed or the source too long
     */
    public void save(long projectId, String name, String language, String part, String source) {
        TemplateLibrary.Key key = key(name, language, part);
        if (source != null && !source.isBlank()) {
            TemplateLibrary.defaults().withOverrides(Map.of(key, source));
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(NotifyTemplateEntity.class, "PROJECT_ID = ? AND NAME = ? AND LANGUAGE = ? AND PART = ?",
                    projectId, key.name(), key.language(), key.part().suffix());
            if (source != null && !source.isBlank()) {
                ao.create(NotifyTemplateEntity.class,
                        new DBParam("PROJECT_ID", projectId),
                        new DBParam("NAME", key.name()),
                        new DBParam("LANGUAGE", key.language()),
                        new DBParam("PART", key.part().suffix()),
                        new DBParam("SOURCE", source));
            }
            return null;
        });
    }

    /** A key from the form's words. */
    public static TemplateLibrary.Key key(String name, String language, String part) {
        for (Part p : Part.values()) {
            if (p.suffix().equals(part)) {
                return new TemplateLibrary.Key(name, language, p);
            }
        }
        throw new IllegalArgumentException("\"" + part + "\" is not a template part: subject, txt or html");
    }

    private NotifyTemplateEntity[] rows(long projectId) {
        return ao.find(NotifyTemplateEntity.class, Query.select().where("PROJECT_ID = ?", projectId).order("ID"));
    }
}

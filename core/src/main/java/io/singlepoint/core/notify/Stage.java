package io.singlepoint.core.notify;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The stages of a change at which the service desk tells people something, each with a default template. The
 * {@linkplain #id() id} is stable: configuration, the command line, template names and Message-IDs use it.
 */
public enum Stage {

    /** The request was received: sent on create. */
    RECEIPT_CONFIRMED("receipt-confirmed", "singlepoint.notify.stage.receipt-confirmed"),
    /** The change was approved and scheduled for its window. */
    CHANGE_APPROVED("change-approved", "singlepoint.notify.stage.change-approved"),
    /** The change window is near: sent an offset (24 hours by default) before it starts. */
    REMINDER("reminder", "singlepoint.notify.stage.reminder"),
    /** The change was carried out. */
    CHANGE_COMPLETED("change-completed", "singlepoint.notify.stage.change-completed"),
    /** What the change taught, for those who took part. */
    LESSONS_LEARNT("lessons-learnt", "singlepoint.notify.stage.lessons-learnt"),
    /** Anything else a workflow wants to tell; its default template says the status changed. */
    CUSTOM("custom", "singlepoint.notify.stage.custom");

    private final String id;
    private final String i18nKey;

    Stage(String id, String i18nKey) {
        this.id = id;
        this.i18nKey = i18nKey;
    }

    /** {@code receipt-confirmed}, {@code change-approved}, {@code reminder}, ...: lower case letters and hyphens. */
    public String id() {
        return id;
    }

    /** The key of the stage's name, {@code singlepoint.notify.stage.<id>}. */
    public String i18nKey() {
        return i18nKey;
    }

    /**
     * The stage of an id, case ignored.
     *
     * @throws IllegalArgumentException listing the ids, if it is none
     */
    public static Stage of(String id) {
        for (Stage stage : values()) {
            if (stage.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return stage;
            }
        }
        throw new IllegalArgumentException("\"" + id + "\" is not a stage; the stages are " + ids());
    }

    /** The ids of every stage, comma separated, in order: for messages and help. */
    public static String ids() {
        return Arrays.stream(values()).map(Stage::id).collect(Collectors.joining(", "));
    }
}

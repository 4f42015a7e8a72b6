package io.singlepoint.jira.notify.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.notify.Stage;
import io.singlepoint.jira.notify.store.StoredIntent;

/** A row of the send log as the admin page shows it: strings only, so the template needs no allowlist entries. */
final class NotifyLogRow {

    private NotifyLogRow() {
    }

    static List<Map<String, Object>> of(List<StoredIntent> intents) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredIntent intent : intents) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", String.valueOf(intent.id()));
            row.put("issueKey", intent.issueKey());
            row.put("stageKey", stageKey(intent.stage()));
            row.put("stateKey", switch (intent.state()) {
                case SENT -> "singlepoint.notify.admin.state.sent";
                case FAILED -> "singlepoint.notify.admin.state.failed";
                case CANCELLED -> "singlepoint.notify.admin.state.cancelled";
                case PENDING -> "singlepoint.notify.admin.state.pending";
            });
            row.put("lozenge", switch (intent.state()) {
                case SENT -> "aui-lozenge-success";
                case FAILED -> "aui-lozenge-error";
                case CANCELLED -> "aui-lozenge-subtle";
                case PENDING -> "aui-lozenge-current";
            });
            row.put("recorded", intent.recordedAt().toString());
            row.put("next", intent.state() == StoredIntent.State.PENDING ? intent.nextAt().toString() : "");
            row.put("done", intent.doneAt() == null ? "" : intent.doneAt().toString());
            row.put("attempts", String.valueOf(intent.attempts()));
            row.put("sent", String.valueOf(intent.sent()));
            row.put("skipped", String.valueOf(intent.skipped()));
            row.put("reason", intent.reason() == null ? "" : intent.reason());
            row.put("resendable", intent.state() != StoredIntent.State.PENDING);
            rows.add(row);
        }
        return rows;
    }

    private static String stageKey(String id) {
        try {
            return Stage.of(id).i18nKey();
        } catch (IllegalArgumentException e) {
            return Stage.CUSTOM.i18nKey();
        }
    }
}

package io.singlepoint.testkit.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActiveObjectsDatabaseTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(Queued.class);

    @Test
    void tables_and_columns_are_named_as_jira_names_them() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rows = meta.getColumns(null, null, "AO_5C1E7D_QUEUED", null)) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
        }

        assertThat(columns).containsExactlyInAnyOrder("ID", "ISSUE_ID", "DUE_AT");
    }

    @Test
    void queries_run_as_real_sql_on_the_column_names() {
        ActiveObjects ao = database.activeObjects();
        for (long i = 0; i < 6; i++) {
            ao.create(Queued.class, new DBParam("ISSUE_ID", 100 + i % 2), new DBParam("DUE_AT", 1000 * i));
        }

        Queued[] due = ao.find(Queued.class, Query.select().where("ISSUE_ID = ? AND DUE_AT >= ?", 101L, 2000L)
                .order("DUE_AT DESC"));

        assertThat(due).extracting(Queued::getDueAt).containsExactly(5000L, 3000L);
        assertThat(ao.count(Queued.class, "ISSUE_ID = ?", 100L)).isEqualTo(3);
        assertThat(ao.deleteWithSQL(Queued.class, "DUE_AT < ?", 2000L)).isEqualTo(2);
        assertThat(ao.count(Queued.class)).isEqualTo(4);
    }

    @Test
    void a_transaction_that_fails_leaves_nothing_behind() {
        ActiveObjects ao = database.activeObjects();

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(Queued.class, new DBParam("ISSUE_ID", 7L));
            throw new IllegalStateException("the job died");
        })).hasMessageContaining("the job died");

        assertThat(ao.count(Queued.class)).isZero();
        assertThat(ao.executeInTransaction(() -> ao.create(Queued.class, new DBParam("ISSUE_ID", 8L)).getIssueId()))
                .isEqualTo(8L);
        assertThat(ao.count(Queued.class)).isEqualTo(1);
    }

    @Test
    void every_test_starts_with_an_empty_database() {
        assertThat(database.activeObjects().count(Queued.class)).isZero();
        database.activeObjects().create(Queued.class, new DBParam("ISSUE_ID", 1L));
    }

    @Test
    void and_again() {
        assertThat(database.activeObjects().count(Queued.class)).isZero();
        database.activeObjects().create(Queued.class, new DBParam("ISSUE_ID", 1L));
    }
}

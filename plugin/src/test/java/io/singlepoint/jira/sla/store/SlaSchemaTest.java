package io.singlepoint.jira.sla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Oracle allows 30 characters per name, and AO prefixes every table with AO_ and six hex digits. Index and
 * constraint names are AO's to shorten (its Atlassian converters hash long ones); tables and columns are ours.
 */
class SlaSchemaTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    @Test
    void every_table_and_column_name_fits_oracles_limit() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.entityManager().getProvider().getConnection()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "AO_%", null)) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
            for (String table : List.copyOf(names)) {
                try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, null)) {
                    while (columns.next()) {
                        names.add(columns.getString("COLUMN_NAME"));
                    }
                }
            }
        }

        assertThat(names).contains("AO_5C1E7D_SLA_STATE", "AO_5C1E7D_SLA_QUEUE", "BREACH_AT", "NOTE");
        assertThat(names).allSatisfy(name -> assertThat(name.length()).as(name).isLessThanOrEqualTo(30));
    }
}

package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bounces stop notifications: the handler records the failing addresses of a delivery status notification (core's
 * corpus: a Postfix DSN for t.harris@northwind.example), on a real database; an administrator clears one.
 */
class BouncedAddressesTest {

    /** Core's Postfix bounce: {@code Final-Recipient: rfc822; t.harris@northwind.example}, {@code Status: 5.1.1}. */
    private static final Path POSTFIX_BOUNCE = Path.of("..", "core", "src", "test", "resources", "mail",
            "bounce-postfix-dsn.eml");
    private static final Path DELAYED = Path.of("..", "core", "src", "test", "resources", "mail",
            "bounce-delayed-dsn.eml");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.notify.ao.NotifySenderEntity.class, MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private MailWorld world;

    @BeforeEach
    void setUp() throws Exception {
        world = new MailWorld(database.activeObjects());
    }

    /** The handler receives the mail as Jira's mail service hands it over; returns the logged decision. */
    private String receive(Path mail) throws Exception {
        try (InputStream in = Files.newInputStream(mail)) {
            assertThat(world.handler().handleMessage(new MimeMessage(Session.getInstance(new Properties()), in),
                    world.context)).isTrue();
        }
        return world.log.latest(1).get(0).decision();
    }

    @Test
    void a_bounce_marks_its_failing_address_until_an_administrator_clears_it() throws Exception {
        assertThat(receive(POSTFIX_BOUNCE)).isEqualTo("mark-bounced");
        assertThat(world.bounced.isBounced("t.harris@northwind.example")).isTrue();
        assertThat(world.bounced.isBounced("T.Harris@NorthWind.example ")).isTrue();
        assertThat(world.bounced.isBounced("lena.fischer@customer.example")).isFalse();
        assertThat(world.bounced.isBounced(null)).isFalse();
        long logId = world.log.latest(1).get(0).id();
        assertThat(world.bounced.latest(10)).containsExactly(new BouncedAddresses.Bounced(
                "t.harris@northwind.example", MailWorld.NOW, MailWorld.NOW, 1, logId));

        world.bounced.clear("T.HARRIS@northwind.example");

        assertThat(world.bounced.isBounced("t.harris@northwind.example")).isFalse();
        assertThat(world.bounced.latest(10)).isEmpty();
    }

    @Test
    void a_second_bounce_counts_and_keeps_the_first_time() throws Exception {
        Instant earlier = MailWorld.NOW.minusSeconds(86_400);
        world.bounced.record(List.of("t.harris@northwind.example"), earlier, 7);

        receive(POSTFIX_BOUNCE);

        long logId = world.log.latest(1).get(0).id();
        assertThat(world.bounced.latest(10)).containsExactly(new BouncedAddresses.Bounced(
                "t.harris@northwind.example", earlier, MailWorld.NOW, 2, logId));
    }

    @Test
    void a_delayed_delivery_report_marks_nothing() throws Exception {
        assertThat(receive(DELAYED)).isNotEqualTo("mark-bounced");
        assertThat(world.bounced.latest(10)).isEmpty();
    }

    @Test
    void the_table_and_column_names_fit_oracles_limit() throws Exception {
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

        assertThat(names).anyMatch(name -> name.endsWith("_MAIL_BOUNCE")).contains("FIRST_BOUNCE_AT",
                "LAST_BOUNCE_AT", "BOUNCES", "LAST_LOG_ID", "ADDRESS");
        assertThat(names).allSatisfy(name -> assertThat(name.length()).as(name).isLessThanOrEqualTo(30));
    }
}

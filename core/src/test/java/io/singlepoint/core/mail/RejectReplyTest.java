package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RejectReplyTest {

    private static final MailSettings SETTINGS = MailSettings.of(OwnAddresses.of(List.of("servicedesk@example.com")),
            ProjectKeys.of(List.of("SD")));

    @Test
    void a_person_gets_one_answer_an_hour() {
        assertThat(RejectReply.whyNot("tom@northwind.example", SETTINGS, false, 0)).isEmpty();
        assertThat(RejectReply.whyNot("tom@northwind.example", SETTINGS, false, 1))
                .contains(RejectReply.Skip.ALREADY_ANSWERED);
    }

    @Test
    void machines_own_and_dead_mailboxes_get_none() {
        assertThat(RejectReply.whyNot(null, SETTINGS, false, 0)).contains(RejectReply.Skip.NO_ADDRESS);
        assertThat(RejectReply.whyNot("Servicedesk@Example.com", SETTINGS, false, 0))
                .contains(RejectReply.Skip.OWN_ADDRESS);
        for (String machine : List.of("MAILER-DAEMON@mx.example", "postmaster@example.org", "no-reply@shop.example",
                "noreply@shop.example", "donotreply@bank.example", "list-bounces@lists.example")) {
            assertThat(RejectReply.whyNot(machine, SETTINGS, false, 0)).as(machine)
                    .contains(RejectReply.Skip.MACHINE_ADDRESS);
        }
        assertThat(RejectReply.whyNot("tom@northwind.example", SETTINGS, true, 0)).contains(RejectReply.Skip.BOUNCED);
    }
}

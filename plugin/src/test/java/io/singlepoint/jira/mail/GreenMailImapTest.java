package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end over IMAP, as Jira's incoming-mail service does it: mails are delivered to the service desk's mailbox
 * on a real IMAP server (GreenMail), read back with Jakarta Mail, and each handed to the handler with the service's
 * context (a stand-in). The same mails delivered a second time add nothing.
 */
class GreenMailImapTest {

    private static final String MAILBOX = "servicedesk@example.com";

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.notify.ao.NotifySenderEntity.class, MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private final GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    private GreenMailUser user;

    @BeforeEach
    void start() {
        greenMail.start();
        user = greenMail.setUser(MAILBOX, "servicedesk", "secret");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void mails_in_the_mailbox_become_comments_once_however_often_they_are_delivered() throws Exception {
        MailWorld world = new MailWorld(database.activeObjects());
        ServiceDeskMailHandler handler = world.handler();
        List<String> mails = List.of(TestMails.REPLY_WITH_LOG, TestMails.OUT_OF_OFFICE, TestMails.SUBJECT_KEY,
                TestMails.NOT_PERMITTED, TestMails.OWN_ADDRESS);
        for (String mail : mails) {
            user.deliver(TestMails.message(mail));
        }

        List<Boolean> handled = pollInbox(handler, world);

        assertThat(handled).containsOnly(true).hasSize(5);
        assertThat(world.comments).extracting(MailWorld.Commented::issueKey, MailWorld.Commented::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SD-12", "lena"),
                        org.assertj.core.groups.Tuple.tuple("CHG-45", "lena"));
        assertThat(world.comments.get(0).body()).startsWith("Hello,\n\nit happens on the docking station only.")
                .doesNotContain("Could you tell us");
        assertThat(world.attachments).extracting(MailWorld.Attached::name).containsExactly("vpn-client.log");
        assertThat(world.log.latest(10)).extracting(MailLogEntry::decision)
                .containsExactly("ignore", "reject", "comment", "ignore", "comment");

        for (String mail : mails) {
            user.deliver(TestMails.message(mail));
        }
        pollInbox(handler, world);

        assertThat(world.comments).hasSize(2);
        assertThat(world.attachments).hasSize(1);
        assertThat(world.log.latest(20)).extracting(MailLogEntry::decision).filteredOn("duplicate"::equals)
                .hasSize(5);
    }

    /** Reads every mail in the inbox over IMAP and hands it to the handler, as the service's run does. */
    private List<Boolean> pollInbox(ServiceDeskMailHandler handler, MailWorld world) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(greenMail.getImap().getPort()));
        Session session = Session.getInstance(properties);
        List<Boolean> handled = new ArrayList<>();
        Store store = session.getStore("imap");
        store.connect("servicedesk", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message message : inbox.getMessages()) {
                if (!message.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                    boolean ok = handler.handleMessage(message, world.context);
                    handled.add(ok);
                    message.setFlag(jakarta.mail.Flags.Flag.DELETED, ok);
                }
            }
            inbox.close(true);
        } finally {
            store.close();
        }
        return handled;
    }
}

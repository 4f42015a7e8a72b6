package io.singlepoint.core.notify;

import static io.singlepoint.core.fixtures.Issues.WINDOW_END;
import static io.singlepoint.core.fixtures.Issues.WINDOW_START;
import static io.singlepoint.core.fixtures.Times.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.singlepoint.core.fixtures.Issues;
import io.singlepoint.core.fixtures.JiraVelocity;
import io.singlepoint.core.fixtures.People;
import io.singlepoint.core.notify.TemplateSet.Part;
import io.singlepoint.core.rasci.RasciRole;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mails as they leave core, rendered by Velocity 1.7 as Jira renders them, and by a plain engine. */
class MailComposerTest {

    static final ServiceDesk DESK = ServiceDesk.of(Mailbox.parse("IT Service Desk <servicedesk@example.com>"))
            .withReplyTo(EmailAddress.of("servicedesk-replies@example.com"))
            .withZone(ZoneId.of("Europe/Berlin"));
    static final MessageIds IDS = new MessageIds("jira.example.com");
    static final Instant NOW = at("2026-06-29T10:15Z");
    static final RecipientRules EVERYONE = RecipientRules.parse(List.of("R", "A", "C", "I"), true);

    private final IssueFacts change = Issues.change().build();
    private final MailComposer composer = new MailComposer(IDS, JiraVelocity.jira());
    private final NotificationConfig approved = NotificationConfig.of(Stage.CHANGE_APPROVED, EVERYONE)
            .withWindow(WINDOW_START, WINDOW_END);
    private final Intent intent = ((Plan.Record) NotificationPlanner.plan(approved, change,
            TransitionRef.changeGroup(10400), People.BOB.key(), NOW)).intent();

    @Test
    void an_approved_change_reads_as_a_service_manager_would_send_it() {
        OutboundMail mail = compose(intent, change, recipient(People.ANN, RasciRole.ACCOUNTABLE));

        assertThat(mail.subject().text())
                .isEqualTo("[SD-12] Change approved and scheduled: Replace the core switch in building B");
        assertThat(mail.text()).isEqualTo("""
                Hello Ann Archer,

                Change SD-12 has been approved and scheduled:

                    Replace the core switch in building B

                Change window: Thursday, July 2, 2026, 8:00 AM – 10:00 AM CEST

                You are named on this change as Accountable.

                Follow the change here: https://jira.example.com/browse/SD-12

                Questions or anything to add? Reply to this mail and keep [SD-12] in the subject: it reaches the\
                 service desk.

                Kind regards
                IT Service Desk
                """);
        assertThat(mail.html()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<a href=\"https://jira.example.com/browse/SD-12\"", ">Open SD-12 in Jira</a>",
                        "<strong>Thursday, July 2, 2026, 8:00 AM – 10:00 AM CEST</strong>");
        assertThat(mail.language()).isEqualTo("en");
    }

    @Test
    void the_service_desk_sends_never_the_change_owner_who_made_the_transition() {
        OutboundMail mail = compose(intent, change, recipient(People.ANN));

        assertThat(intent.actorKey()).isEqualTo(People.BOB.key());
        assertThat(mail.from()).isEqualTo(DESK.from());
        assertThat(mail.replyTo().value()).isEqualTo("servicedesk-replies@example.com");
        assertThat(mail.to()).isEqualTo(new Mailbox("Ann Archer", EmailAddress.of("ann.archer@example.com")));
        assertThat(mail.toString()).doesNotContain(People.BOB.email());
    }

    @Test
    void every_mail_of_an_issue_refers_to_its_thread_root_and_has_its_own_id() {
        OutboundMail ann = compose(intent, change, recipient(People.ANN));
        OutboundMail carla = compose(intent, change, recipient(People.CARLA));

        assertThat(ann.inReplyTo()).isEqualTo("<sp.10012@jira.example.com>");
        assertThat(ann.references()).containsExactly("<sp.10012@jira.example.com>");
        assertThat(ann.messageId()).matches("<sp\\.10012\\.change-approved\\.[0-9a-f]{16}@jira\\.example\\.com>")
                .isNotEqualTo(carla.messageId());
        assertThat(ann.deliveryKey()).isEqualTo(intent.key().delivery(EmailAddress.of("ann.archer@example.com")));
        assertThat(compose(intent, change, recipient(People.ANN)).messageId()).isEqualTo(ann.messageId());
        assertThat(composer.compose(intent, change, recipient(People.ANN), DESK, TemplateLibrary.defaults(), NOW, 1)
                .messageId()).isNotEqualTo(ann.messageId());
        assertThat(ann.headers()).containsExactly(Map.entry("Auto-Submitted", "auto-generated"),
                Map.entry("X-Auto-Response-Suppress", "OOF, AutoReply"));
    }

    @Test
    void a_german_reader_gets_german_words_and_dates() {
        OutboundMail mail = compose(intent, change, recipient(People.BOB, RasciRole.RESPONSIBLE));

        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.subject().text())
                .isEqualTo("[SD-12] Änderung genehmigt und eingeplant: Replace the core switch in building B");
        assertThat(mail.text()).startsWith("Guten Tag Bob Brandt,\n\ndie Änderung SD-12 ist genehmigt und eingeplant:")
                .contains("Änderungsfenster: Donnerstag, 2. Juli 2026", "08:00 – 10:00 MESZ",
                        "Sie sind bei dieser Änderung eingetragen als Durchführend.")
                .endsWith("Mit freundlichen Grüßen\nIT Service Desk\n");
        assertThat(mail.html()).contains("<html lang=\"de\">", "in Jira öffnen</a>");
    }

    @Test
    void a_reader_in_another_zone_sees_the_window_in_their_own_time() {
        assertThat(compose(intent, change, recipient(People.CARLA)).text())
                .contains("Change window: Thursday, July 2, 2026, 2:00 AM – 4:00 AM EDT");
        Person noZone = new Person("JIRAUSER10600", "Nils", "nils@example.com", null, null, true);
        assertThat(compose(intent, change, recipient(noZone)).text())
                .as("the service desk's zone and language").contains("8:00 AM – 10:00 AM CEST");
    }

    @Test
    void a_window_over_two_days_shows_both_dates_and_none_says_it_will_follow() {
        IssueFacts overnight = change.toBuilder().date(WINDOW_END, at("2026-07-03T02:00Z")).build();
        IssueFacts unscheduled = change.toBuilder().date(WINDOW_START, null).date(WINDOW_END, null).build();

        assertThat(compose(intent, overnight, recipient(People.ANN)).text()).contains("Change window: Thursday, July 2,"
                + " 2026, 8:00 AM CEST – Friday, July 3, 2026, 4:00 AM CEST");
        assertThat(compose(intent, unscheduled, recipient(People.ANN)).text())
                .contains("We will let you know the change window as soon as it is set.")
                .doesNotContain("Change window:");
    }

    @Test
    void a_reader_with_several_roles_is_told_each() {
        assertThat(compose(intent, change, recipient(People.ANN, RasciRole.RESPONSIBLE, RasciRole.ACCOUNTABLE,
                RasciRole.INFORMED)).text()).contains("You are named on this change as Responsible, Accountable,"
                + " Informed.\n");
        assertThat(compose(intent, change, recipient(People.ANN)).text()).doesNotContain("You are named");
    }

    @Test
    void a_reader_of_a_language_without_templates_gets_english() {
        Person french = new Person("JIRAUSER10700", "Zoé", "zoe@example.fr", Locale.FRENCH, null, true);

        OutboundMail mail = compose(intent, change, recipient(french));

        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.text()).startsWith("Hello Zoé,").contains("Thursday, July 2, 2026");
    }

    @Nested
    class A_reminder {

        private final NotificationConfig reminder = NotificationConfig.reminder(EVERYONE, WINDOW_START, WINDOW_END);
        private final Intent due = ((Plan.Record) NotificationPlanner.plan(reminder, change,
                TransitionRef.changeGroup(10400), null, NOW)).intent();

        @Test
        void says_how_long_until_the_window_begins() {
            assertThat(subjectAt("2026-07-01T06:00Z", People.ANN))
                    .isEqualTo("[SD-12] Reminder: the change window begins in about 24 hours – Replace the core switch"
                            + " in building B");
            assertThat(subjectAt("2026-06-28T06:00Z", People.ANN)).contains("begins in about 4 days");
            assertThat(subjectAt("2026-07-02T05:00Z", People.ANN)).contains("begins in about an hour");
            assertThat(subjectAt("2026-07-02T05:31Z", People.ANN)).contains("begins in less than an hour");
            assertThat(subjectAt("2026-07-01T06:00Z", People.BOB)).contains("beginnt in etwa 24 Stunden");
        }

        private String subjectAt(String now, Person person) {
            return composer.compose(due, change, recipient(person), DESK, TemplateLibrary.defaults(), at(now))
                    .subject().text();
        }
    }

    @Nested
    class Hostile_values {

        private final IssueFacts hostile = change.toBuilder()
                .summary("</td><script>alert('x')</script> & \"Co\"\r\nBcc: all@example.com")
                .status("<b>Done</b>")
                .build();
        private final Person mallory = new Person("JIRAUSER666", "Mallory & \"Friends\" O'Hara",
                "mallory@example.com", Locale.ENGLISH, null, true);

        @Test
        void stay_text_in_the_subject_and_the_text_body() {
            OutboundMail mail = compose(intent, hostile, recipient(mallory));

            assertThat(mail.subject().text()).isEqualTo("[SD-12] Change approved and scheduled: </td><script>"
                    + "alert('x')</script> & \"Co\" Bcc: all@example.com");
            assertThat(mail.text()).startsWith("Hello Mallory & \"Friends\" O'Hara,")
                    .contains("\n    </td><script>alert('x')</script> & \"Co\" Bcc: all@example.com\n");
        }

        @Test
        void a_name_posing_as_markup_or_an_address_is_left_out() {
            Person tricky = new Person("JIRAUSER667", "<img src=x onerror=alert(1)> ceo@example.com",
                    "trudy@example.com", Locale.ENGLISH, null, true);

            OutboundMail mail = compose(intent, change, recipient(tricky));

            assertThat(mail.to().name()).isNull();
            assertThat(mail.text()).startsWith("Hello,\n");
        }

        @Test
        void are_escaped_exactly_once_in_html_under_jira_s_engine_and_a_plain_one() {
            for (MailRenderer renderer : List.of(JiraVelocity.jira(), JiraVelocity.plain())) {
                String html = new MailComposer(IDS, renderer).compose(intent, hostile, recipient(mallory), DESK,
                        TemplateLibrary.defaults(), NOW).html();

                assertThat(html).doesNotContain("<script>", "</td><script>", "<b>Done</b>", "&amp;lt;", "&amp;amp;")
                        .contains("&lt;/td&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;",
                                "&lt;b&gt;Done&lt;/b&gt;", "Hello Mallory &amp; &quot;Friends&quot; O&#39;Hara,");
            }
        }
    }

    @Nested
    class Templates {

        @ParameterizedTest(name = "{0} in {1}")
        @MethodSource("io.singlepoint.core.notify.MailComposerTest#stagesAndLanguages")
        void every_default_renders_the_same_under_jira_s_engine_and_a_plain_one(Stage stage, Locale locale) {
            NotificationConfig config = stage == Stage.REMINDER
                    ? NotificationConfig.reminder(EVERYONE, WINDOW_START, WINDOW_END)
                    : NotificationConfig.of(stage, EVERYONE).withWindow(WINDOW_START, WINDOW_END);
            Person reader = new Person("JIRAUSER10800", "Rita Reader", "rita@example.com", locale, null, true);
            Recipient recipient = new Recipient(reader, EmailAddress.of(reader.email()),
                    EnumSet.of(RasciRole.CONSULTED, RasciRole.INFORMED));

            OutboundMail jira = new MailComposer(IDS, JiraVelocity.jira()).preview(config, change, recipient, DESK,
                    TemplateLibrary.defaults(), NOW);
            OutboundMail plain = new MailComposer(IDS, JiraVelocity.plain()).preview(config, change, recipient, DESK,
                    TemplateLibrary.defaults(), NOW);

            assertThat(jira).isEqualTo(plain);
            assertThat(jira.language()).isEqualTo(locale.getLanguage());
            assertThat(jira.subject().text()).startsWith("[SD-12] ").endsWith("Replace the core switch in building B");
            assertThat(List.of(jira.text(), jira.html())).allSatisfy(body -> assertThat(body)
                    .contains("SD-12", "Replace the core switch in building B", "Rita Reader", "IT Service Desk",
                            "https://jira.example.com/browse/SD-12")
                    .doesNotContain("$view", "#if", "#end"));
            assertThat(jira.text()).contains(locale.getLanguage().equals("de") ? "Beratend, Informiert"
                    : "Consulted, Informed");
        }

        @Test
        void a_project_s_override_replaces_one_part_in_one_language() {
            TemplateLibrary library = TemplateLibrary.defaults().withOverrides(Map.of(
                    new TemplateLibrary.Key("change-approved", "de", Part.SUBJECT), "Freigabe: $view.summary()"));

            OutboundMail bob = composer.compose(intent, change, recipient(People.BOB), DESK, library, NOW);
            OutboundMail ann = composer.compose(intent, change, recipient(People.ANN), DESK, library, NOW);

            assertThat(bob.subject().text()).as("the key is put back in front")
                    .isEqualTo("[SD-12] Freigabe: Replace the core switch in building B");
            assertThat(bob.text()).startsWith("Guten Tag Bob Brandt,");
            assertThat(ann.subject().text()).startsWith("[SD-12] Change approved and scheduled: ");
        }

        @Test
        void a_named_template_without_sources_is_the_stage_s_own() {
            TemplateLibrary library = TemplateLibrary.defaults().withOverrides(Map.of(
                    new TemplateLibrary.Key("cab-approval", "en", Part.TEXT), "CAB approved $view.issueKey()."));
            Intent named = ((Plan.Record) NotificationPlanner.plan(approved.withTemplate("cab-approval"), change,
                    TransitionRef.changeGroup(1), null, NOW)).intent();

            OutboundMail ann = composer.compose(named, change, recipient(People.ANN), DESK, library, NOW);
            OutboundMail bob = composer.compose(named, change, recipient(People.BOB), DESK, library, NOW);

            assertThat(ann.text()).isEqualTo("CAB approved SD-12.\n");
            assertThat(ann.subject().text()).startsWith("[SD-12] Change approved and scheduled: ");
            assertThat(bob.text()).startsWith("Guten Tag Bob Brandt,");
        }

        @Test
        void a_broken_override_fails_naming_its_template() {
            TemplateLibrary library = TemplateLibrary.defaults().withOverrides(Map.of(
                    new TemplateLibrary.Key("change-approved", "en", Part.HTML), "<p>#if($view.hasLink()</p>"));

            assertThatThrownBy(() -> compose(intent, change, recipient(People.ANN), library))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("change-approved.en.html.vm");
        }

        @Test
        void a_runaway_override_fails_instead_of_sending_megabytes() {
            TemplateLibrary library = TemplateLibrary.defaults().withOverrides(Map.of(
                    new TemplateLibrary.Key("change-approved", "en", Part.TEXT),
                    "#foreach($i in [1..600000])x#end"));

            assertThatThrownBy(() -> compose(intent, change, recipient(People.ANN), library))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("more than 524288 characters");
        }
    }

    static Stream<Arguments> stagesAndLanguages() {
        return Stream.of(Stage.values()).flatMap(stage -> Stream.of(Locale.ENGLISH, Locale.GERMAN)
                .map(locale -> Arguments.of(stage, locale)));
    }

    private OutboundMail compose(Intent which, IssueFacts facts, Recipient recipient) {
        return compose(which, facts, recipient, TemplateLibrary.defaults());
    }

    private OutboundMail compose(Intent which, IssueFacts facts, Recipient recipient, TemplateLibrary library) {
        return composer.compose(which, facts, recipient, DESK, library, NOW);
    }

    private static Recipient recipient(Person person, RasciRole... roles) {
        return new Recipient(person, EmailAddress.of(person.email()),
                roles.length == 0 ? EnumSet.noneOf(RasciRole.class) : EnumSet.copyOf(List.of(roles)));
    }
}

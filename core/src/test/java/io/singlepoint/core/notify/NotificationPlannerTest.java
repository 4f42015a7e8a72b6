package io.singlepoint.core.notify;

import static io.singlepoint.core.fixtures.Issues.WINDOW_END;
import static io.singlepoint.core.fixtures.Issues.WINDOW_START;
import static io.singlepoint.core.fixtures.Times.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.singlepoint.core.Violation;
import io.singlepoint.core.fixtures.Issues;
import io.singlepoint.core.fixtures.People;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {

    private static final RecipientRules TO_EVERYONE = RecipientRules.parse(List.of("R", "A", "C", "I"), true);
    /** The change's window starts 2026-07-02T06:00Z (08:00 in Berlin). */
    private static final Instant WINDOW = at("2026-07-02T06:00Z");

    private final IssueFacts change = Issues.change().build();

    @Nested
    class A_stage_mail {

        private final NotificationConfig approved = NotificationConfig.of(Stage.CHANGE_APPROVED, TO_EVERYONE)
                .withWindow(WINDOW_START, WINDOW_END);

        @Test
        void is_recorded_due_at_once_with_the_rules_and_the_actor() {
            Instant now = at("2026-06-29T10:15Z");

            Intent intent = recorded(NotificationPlanner.plan(approved, change, TransitionRef.changeGroup(10400),
                    People.ANN.key(), now));

            assertThat(intent.key().value()).isEqualTo("10012/change-approved/c10400/" + approved.fingerprint());
            assertThat(intent.due()).isEqualTo(now);
            assertThat(intent.config()).isEqualTo(approved);
            assertThat(intent.actorKey()).isEqualTo(People.ANN.key());
            assertThat(NotificationPlanner.review(intent, change, now)).isEqualTo(new Review.Send());
        }

        @Test
        void recorded_twice_for_the_same_transition_has_the_same_key_and_for_a_later_one_another() {
            Intent first = recorded(NotificationPlanner.plan(approved, change, TransitionRef.changeGroup(10400), null,
                    at("2026-06-29T10:15Z")));
            Intent retried = recorded(NotificationPlanner.plan(approved, change, TransitionRef.changeGroup(10400),
                    null, at("2026-06-29T10:15:02Z")));
            Intent again = recorded(NotificationPlanner.plan(approved, change, TransitionRef.changeGroup(10877), null,
                    at("2026-06-30T08:00Z")));

            assertThat(retried.key()).isEqualTo(first.key());
            assertThat(again.key()).isNotEqualTo(first.key());
        }

        @Test
        void two_post_functions_on_one_transition_that_send_different_mails_do_not_swallow_each_other() {
            NotificationConfig toReporter = NotificationConfig.of(Stage.CHANGE_APPROVED,
                    RecipientRules.parse(List.of("reporter"), false));

            Intent one = recorded(NotificationPlanner.plan(approved, change, TransitionRef.changeGroup(1), null, WINDOW));
            Intent two = recorded(NotificationPlanner.plan(toReporter, change, TransitionRef.changeGroup(1), null,
                    WINDOW));

            assertThat(one.key()).isNotEqualTo(two.key());
        }

        @Test
        void survives_its_stored_form() {
            Intent intent = recorded(NotificationPlanner.plan(approved, change, TransitionRef.CREATE, null, WINDOW));

            assertThat(Intent.fromJson(intent.toJson())).isEqualTo(intent);
        }
    }

    @Nested
    class A_reminder {

        private final NotificationConfig reminder = NotificationConfig.reminder(TO_EVERYONE, WINDOW_START,
                WINDOW_END);

        @Test
        void is_due_a_day_before_the_window_while_the_issue_stays_in_its_status() {
            Intent intent = recorded(NotificationPlanner.plan(reminder, change, TransitionRef.changeGroup(10400),
                    null, at("2026-06-29T10:15Z")));

            assertThat(intent.due()).isEqualTo(at("2026-07-01T06:00Z"));
            assertThat(intent.windowStart()).isEqualTo(WINDOW);
            assertThat(intent.holdStatuses()).containsExactly("Scheduled");
            assertThat(intent.key().value()).isEqualTo("10012/reminder/due-1782885600/" + reminder.fingerprint());
            assertThat(NotificationPlanner.review(intent, change, at("2026-07-01T05:59:59Z")))
                    .isEqualTo(new Review.Wait(at("2026-07-01T06:00Z")));
            assertThat(NotificationPlanner.review(intent, change, at("2026-07-01T06:00Z")))
                    .isEqualTo(new Review.Send());
        }

        @Test
        void takes_its_offset_and_statuses_from_the_configuration() {
            NotificationConfig custom = reminder.withReminder(new ReminderRule(Duration.ofHours(2), null,
                    List.of("Scheduled", "Awaiting Implementation")));
            Intent intent = recorded(NotificationPlanner.plan(custom, change, TransitionRef.changeGroup(1), null,
                    at("2026-06-29T10:15Z")));
            IssueFacts moved = change.toBuilder().status("awaiting implementation").build();

            assertThat(intent.due()).isEqualTo(at("2026-07-02T04:00Z"));
            assertThat(NotificationPlanner.review(intent, moved, at("2026-07-02T04:00Z"))).isEqualTo(new Review.Send());
        }

        @Test
        void asked_for_after_its_due_instant_but_before_the_window_is_sent_at_once() {
            Instant now = at("2026-07-02T03:00Z");

            Intent intent = recorded(NotificationPlanner.plan(reminder, change, TransitionRef.changeGroup(1), null,
                    now));

            assertThat(intent.due()).isBefore(now);
            assertThat(NotificationPlanner.review(intent, change, now)).isEqualTo(new Review.Send());
        }

        @Test
        void asked_for_once_the_window_has_started_is_not_recorded() {
            assertThat(NotificationPlanner.plan(reminder, change, TransitionRef.changeGroup(1), null, WINDOW))
                    .isEqualTo(new Plan.Skip(Violation.of("singlepoint.notify.plan.skip.windowpassed", WINDOW_START,
                            WINDOW)));
        }

        @Test
        void without_a_date_is_not_recorded() {
            IssueFacts undated = change.toBuilder().date(WINDOW_START, null).build();

            assertThat(NotificationPlanner.plan(reminder, undated, TransitionRef.changeGroup(1), null, WINDOW))
                    .isEqualTo(new Plan.Skip(Violation.of("singlepoint.notify.plan.skip.nodate", WINDOW_START)));
        }

        @Test
        void is_cancelled_when_the_issue_left_the_stage_before_it_was_due() {
            Intent intent = scheduled();
            IssueFacts cancelled = change.toBuilder().status("Cancelled").build();

            assertThat(NotificationPlanner.review(intent, cancelled, at("2026-07-01T06:00Z")))
                    .isEqualTo(new Review.Cancel(Violation.of("singlepoint.notify.review.cancel.leftstage",
                            "Cancelled")));
        }

        @Test
        void is_cancelled_when_the_job_comes_after_the_window_has_started() {
            assertThat(NotificationPlanner.review(scheduled(), change, at("2026-07-02T06:00:01Z")))
                    .isEqualTo(new Review.Cancel(Violation.of("singlepoint.notify.review.cancel.windowpassed",
                            WINDOW)));
        }

        @Test
        void is_cancelled_when_the_date_is_removed() {
            IssueFacts undated = change.toBuilder().date(WINDOW_START, null).build();

            assertThat(NotificationPlanner.review(scheduled(), undated, at("2026-06-30T00:00Z")))
                    .isEqualTo(new Review.Cancel(Violation.of("singlepoint.notify.review.cancel.nodate",
                            WINDOW_START)));
        }

        @Test
        void is_replaced_by_one_with_a_new_key_when_the_window_moves() {
            Intent intent = scheduled();
            IssueFacts postponed = change.toBuilder().date(WINDOW_START, at("2026-07-09T06:00Z")).build();

            Review review = NotificationPlanner.review(intent, postponed, at("2026-06-30T12:00Z"));

            assertThat(review).isInstanceOfSatisfying(Review.Replace.class, replace -> {
                Intent replacement = replace.replacement();
                assertThat(replacement.due()).isEqualTo(at("2026-07-08T06:00Z"));
                assertThat(replacement.key()).isNotEqualTo(intent.key());
                assertThat(replacement.holdStatuses()).isEqualTo(intent.holdStatuses());
                assertThat(NotificationPlanner.review(replacement, postponed, at("2026-06-30T12:00Z")))
                        .isEqualTo(new Review.Wait(at("2026-07-08T06:00Z")));
            });
        }

        @Test
        void moved_back_to_its_first_date_gets_its_first_key_again() {
            Intent intent = scheduled();
            IssueFacts postponed = change.toBuilder().date(WINDOW_START, at("2026-07-09T06:00Z")).build();
            Intent moved = ((Review.Replace) NotificationPlanner.review(intent, postponed, at("2026-06-30T12:00Z")))
                    .replacement();

            Review back = NotificationPlanner.review(moved, change, at("2026-06-30T13:00Z"));

            assertThat(((Review.Replace) back).replacement().key()).isEqualTo(intent.key());
        }

        private Intent scheduled() {
            return recorded(NotificationPlanner.plan(reminder, change, TransitionRef.changeGroup(10400), null,
                    at("2026-06-29T10:15Z")));
        }
    }

    private static Intent recorded(Plan plan) {
        assertThat(plan).isInstanceOf(Plan.Record.class);
        return ((Plan.Record) plan).intent();
    }
}

package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void ids_are_the_stable_names_used_in_configuration_templates_and_message_ids() {
        assertThat(Arrays.stream(Stage.values()).map(Stage::id)).containsExactly("receipt-confirmed",
                "change-approved", "reminder", "change-completed", "lessons-learnt", "custom");
    }

    @Test
    void each_stage_has_its_own_i18n_key() {
        assertThat(Stage.CHANGE_APPROVED.i18nKey()).isEqualTo("singlepoint.notify.stage.change-approved");
        assertThat(Arrays.stream(Stage.values()).map(Stage::i18nKey).distinct()).hasSize(Stage.values().length);
        assertThat(Arrays.stream(Stage.values()))
                .allSatisfy(stage -> assertThat(stage.i18nKey()).isEqualTo("singlepoint.notify.stage." + stage.id()));
    }

    @Test
    void a_stage_is_found_by_its_id_ignoring_case_and_white_space() {
        assertThat(Stage.of(" Lessons-Learnt ")).isEqualTo(Stage.LESSONS_LEARNT);
    }

    @Test
    void an_unknown_stage_is_refused_with_the_list_of_stages() {
        assertThatThrownBy(() -> Stage.of("approved"))
                .hasMessage("\"approved\" is not a stage; the stages are receipt-confirmed, change-approved, reminder,"
                        + " change-completed, lessons-learnt, custom");
    }
}

package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;

import org.junit.jupiter.api.Test;

class ReplyAuthorTest {

    private static final List<RasciAssignment> RASCI = List.of(RasciAssignment.of(Map.of(
            RasciRole.CONSULTED, List.of(Participant.email("Anna.Berg@Partner.example"), Participant.group("vendors")),
            RasciRole.INFORMED, List.of(Participant.user("tom")))));

    @Test
    void aJiraUserWhoMayCommentAnswersAsThemselvesWithOrWithoutRasci() {
        assertThat(ReplyAuthor.decide("lena@customer.example", "lena", true, List.of(), false))
                .isEqualTo(ReplyAuthor.SENDER);
        assertThat(ReplyAuthor.decide("tom@northwind.example", "tom", true, RASCI, true))
                .isEqualTo(ReplyAuthor.SENDER);
    }

    @Test
    void aRasciUserWithoutThePermissionAnswersThroughTheRunAsUser() {
        assertThat(ReplyAuthor.decide("tom@northwind.example", "tom", false, RASCI, true))
                .isEqualTo(ReplyAuthor.ON_BEHALF);
        assertThat(ReplyAuthor.decide("tom@northwind.example", "tom", false, RASCI, false))
                .isEqualTo(ReplyAuthor.NOT_PERMITTED);
    }

    @Test
    void anOutsideAddressOnTheIssueIsComparedWithoutCase() {
        assertThat(ReplyAuthor.decide("anna.berg@partner.EXAMPLE", null, false, RASCI, true))
                .isEqualTo(ReplyAuthor.ON_BEHALF);
        assertThat(ReplyAuthor.decide("other@partner.example", null, false, RASCI, true))
                .isEqualTo(ReplyAuthor.NOT_PERMITTED);
    }

    @Test
    void groupsAndUnnamedUsersDoNotCount() {
        assertThat(ReplyAuthor.decide("vendors", null, false, RASCI, true)).isEqualTo(ReplyAuthor.NOT_PERMITTED);
        assertThat(ReplyAuthor.decide("eve@northwind.example", "eve", false, RASCI, true))
                .isEqualTo(ReplyAuthor.NOT_PERMITTED);
        assertThat(ReplyAuthor.decide(null, null, false, RASCI, true)).isEqualTo(ReplyAuthor.NOT_PERMITTED);
    }
}

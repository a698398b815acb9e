package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.variable.Variables;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/** What a user may submit with a task: the fields of its form in forms/, with their types and rules. */
class TaskFormsTest {

    private final TaskForms forms = new TaskForms(new ObjectMapper());
    private final Map<String, Object> current = new HashMap<>();

    @Test
    void everyFormOfTheModelsIsRead() {
        assertThat(forms.of("triage").fields())
                .containsOnlyKeys("triageDecision", "reason", "originalTrackingNumber", "comment");
        assertThat(forms.of("approve-reply").fields()).containsOnlyKeys("replyApproved", "comment");
        assertThat(forms.of("supervision-order").fields()).containsOnlyKeys("instructions", "workingDays");
    }

    @Test
    void theFormsOwnFieldsAreAccepted() {
        assertThatCode(() -> check("approve-reply", Map.of("replyApproved", true, "comment", "同意")))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(
                        "approve-reply",
                        Map.of(
                                "replyApproved",
                                Variables.booleanValue(false),
                                "comment",
                                Variables.stringValue("请补充", true))))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("supervision-order", Map.of("instructions", "限期办结", "workingDays", 5)))
                .doesNotThrowAnyException();
    }

    @Test
    void aVariableTheFormDoesNotDeclareIsRefusedByName() {
        assertRefused(
                "handle-and-reply",
                Map.of("replyText", "答复", "bureau", "psb-640104,handler@psb-640104"),
                "bureau",
                "constraint.not-a-form-field");
    }

    @Test
    void aChoiceMustBeOneOfTheOptions() {
        assertRefused("callback", Map.of("callbackResult", "DELIGHTED"), "callbackResult", "constraint.not-an-option");
        assertRefused("approve-reply", Map.of("replyApproved", "maybe"), "replyApproved", "constraint.not-an-option");
    }

    @Test
    void textMustBeText() {
        assertRefused("handle-and-reply", Map.of("replyText", 42), "replyText", "constraint.unreadable");
    }

    @Test
    void aNumberMustBeANumberWithinItsBounds() {
        assertRefused(
                "supervision-order", Map.of("instructions", "办", "workingDays", 21), "workingDays", "constraint.Max");
        assertRefused(
                "supervision-order",
                Map.of("instructions", "办", "workingDays", "soon"),
                "workingDays",
                "constraint.unreadable");
    }

    @Test
    void aCheckboxTakesYesOrNo() {
        assertRefused(
                "approve-extension",
                Map.of("extensionApproved", true, "override", "perhaps"),
                "override",
                "constraint.unreadable");
    }

    @Test
    void aReadOnlyFieldMayBeSentBackUnchangedOnly() {
        current.put("proposedBureau", "psb-640104");

        assertThatCode(() -> check("dispatch", Map.of("proposedBureau", "psb-640104")))
                .doesNotThrowAnyException();
        assertRefused("dispatch", Map.of("proposedBureau", "psb-640106"), "proposedBureau", "constraint.read-only");
    }

    @Test
    void aTaskWithoutAFormTakesNoInput() {
        assertRefused(null, Map.of("anything", 1), "anything", "constraint.not-a-form-field");
    }

    private void check(String form, Map<String, Object> submitted) {
        forms.of(form).check(submitted, current::get);
    }

    private void assertRefused(String form, Map<String, Object> submitted, String field, String code) {
        assertThatThrownBy(() -> check(form, submitted))
                .isInstanceOfSatisfying(
                        PetitionException.class,
                        refusal -> assertThat(refusal.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code)));
    }
}

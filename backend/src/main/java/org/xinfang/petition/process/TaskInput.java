package org.xinfang.petition.process;

import java.math.BigDecimal;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * Reads what a user entered when completing a task, from our API or from the engine's Tasklist alike, and
 * names the form field at fault when it is wrong. Free text is taken out of the process once it is read:
 * it belongs in our tables, not in process variables.
 */
public final class TaskInput {

    private final DelegateTask task;

    private TaskInput(DelegateTask task) {
        this.task = task;
    }

    public static TaskInput of(DelegateTask task) {
        return new TaskInput(task);
    }

    /** A choice from a fixed set; {@code field} names it in the error. */
    public <E extends Enum<E>> E choice(String variable, Class<E> type, String field) {
        Object value = task.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            throw PetitionException.invalid(field, "constraint.NotNull");
        }
        try {
            return Enum.valueOf(type, value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw PetitionException.invalid(field, "constraint.unreadable");
        }
    }

    public boolean yesNo(String variable, String field) {
        Object value = task.getVariable(variable);
        if (value instanceof Boolean answer) {
            return answer;
        }
        if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
            return Boolean.parseBoolean(value.toString());
        }
        throw PetitionException.invalid(field, value == null ? "constraint.NotNull" : "constraint.unreadable");
    }

    /**
     * Free text, stripped, or null when blank; removed from the process. Plain text of lines, as our API's request
     * bodies ({@link PlainText}): Tasklist's forms may not store what the API refuses.
     */
    public String text(String variable, String field, int maxLength) {
        Object value = task.getVariable(variable);
        task.removeVariable(variable);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw PetitionException.invalid(field, "constraint.Size", maxLength, 1);
        }
        PlainText.Rule.check(field, text, true);
        return text;
    }

    /** Free text that this decision requires. */
    public String requiredText(String variable, String field, int maxLength) {
        String text = text(variable, field, maxLength);
        if (text == null) {
            throw PetitionException.invalid(field, "constraint.required-for-decision");
        }
        return text;
    }

    /** A whole number within bounds, or null when none was entered; removed from the process. */
    public Integer wholeNumber(String variable, String field, int min, int max) {
        Object value = task.getVariable(variable);
        task.removeVariable(variable);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        int number;
        try {
            number = new BigDecimal(value.toString().strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw PetitionException.invalid(field, "constraint.unreadable");
        }
        if (number < min) {
            throw PetitionException.invalid(field, "constraint.Min", min);
        }
        if (number > max) {
            throw PetitionException.invalid(field, "constraint.Max", max);
        }
        return number;
    }

    public String businessKey() {
        return task.getExecution().getProcessBusinessKey();
    }
}

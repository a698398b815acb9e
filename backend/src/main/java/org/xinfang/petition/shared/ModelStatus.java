package org.xinfang.petition.shared;

import org.operaton.bpm.engine.delegate.DelegateExecution;

/**
 * A status the models declare on their user tasks, end events and event-based gateways as the extension property {@link #property()}:
 * entering such an activity applies it to the record the process is about ({@link ModelStatusSync}). So the
 * status of a case, a consultation or an extension request follows its model and no Java decides which status
 * follows which.
 *
 * @param <S> the record's status type; the model's values are its constants' names, checked when it is parsed
 */
public abstract class ModelStatus<S extends Enum<S>> {

    private final String property;
    private final Class<S> type;

    protected ModelStatus(String property, Class<S> type) {
        this.property = property;
        this.type = type;
    }

    /** The extension property's name in the models, e.g. {@code caseStatus}. */
    public final String property() {
        return property;
    }

    final S parse(String declared) {
        return Enum.valueOf(type, declared);
    }

    /** The process of {@code execution} entered an activity that declares {@code status}. */
    protected abstract void apply(DelegateExecution execution, S status);
}

package org.xinfang.petition.messaging;

import java.util.List;

/** The complainant's choice of channels for messages about the case; SMS unless they ask otherwise. */
public enum NotifyBy {
    SMS(List.of(MessageChannel.SMS)),
    EMAIL(List.of(MessageChannel.EMAIL)),
    BOTH(List.of(MessageChannel.SMS, MessageChannel.EMAIL));

    @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...), which cannot be changed
    private final List<MessageChannel> channels;

    NotifyBy(List<MessageChannel> channels) {
        this.channels = channels;
    }

    public List<MessageChannel> channels() {
        return channels;
    }

    public boolean needsEmail() {
        return channels.contains(MessageChannel.EMAIL);
    }
}

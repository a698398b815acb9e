package org.xinfang.petition.screening;

import java.time.Instant;
import java.util.List;

/**
 * A case's screening flags as staff see them: the flags, the number of persons (null when unknown), who set them
 * last ({@code intake} when nobody changed them since filing), when and why.
 */
public record FlagsView(List<Flag> flags, Integer persons, String setBy, Instant setAt, String reason) {

    static final FlagsView NONE = new FlagsView(List.of(), null, null, null, null);

    static FlagsView of(CaseFlags flags) {
        return new FlagsView(
                List.copyOf(flags.flags()), flags.getPersons(), flags.getSetBy(), flags.getSetAt(), flags.getReason());
    }
}

package org.xinfang.petition.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The police service an imported service user used, as a list may name it (the constant, the number, the word). */
@SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
enum PoliceService {
    /** 110 报警. */
    CALL_110("110"),
    /** 119 火警. */
    CALL_119("119"),
    /** 122 交通事故报警. */
    CALL_122("122"),
    /** 窗口办事. */
    WINDOW("窗口", "窗口办事");

    private final List<String> names;

    PoliceService(String... names) {
        this.names = List.of(names);
    }

    static Optional<PoliceService> named(String cell) {
        String name = cell.strip();
        return Arrays.stream(values())
                .filter(service -> service.name().equals(name.toUpperCase(Locale.ROOT)) || service.names.contains(name))
                .findFirst();
    }
}

package org.xinfang.petition.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of an imported list of service users, found by its header in the first row, in Chinese or English; each is
 * required. {@code field} is how a refusal names the column of a row ({@code rows[5].phone}).
 */
@SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
enum ImportColumn {
    NAME("name", "姓名", "name"),
    PHONE("phone", "电话", "电话号码", "联系电话", "phone"),
    UNIT("unitCode", "单位代码", "单位", "unit", "unitcode"),
    SERVICE("service", "服务类型", "业务", "service"),
    SERVED_ON("servedOn", "服务日期", "日期", "date", "servedon", "served on");

    private final String field;
    private final List<String> headers;

    ImportColumn(String field, String... headers) {
        this.field = field;
        this.headers = List.of(headers);
    }

    String field() {
        return field;
    }

    /** The header to write in a file: the Chinese one and the English one. */
    String header() {
        return headers.get(0) + " (" + headers.get(headers.size() - 1) + ")";
    }

    static Optional<ImportColumn> ofHeader(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(column -> column.headers.contains(wanted))
                .findFirst();
    }
}

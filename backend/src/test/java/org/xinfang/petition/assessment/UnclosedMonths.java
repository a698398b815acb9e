package org.xinfang.petition.assessment;

import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month long past that no one has closed yet, drawn among the weights' first years (2001–2019), where no test writes
 * any case: closing it scores every bureau with nothing in it.
 */
public final class UnclosedMonths {

    private UnclosedMonths() {}

    public static String any(JdbcTemplate jdbc) {
        while (true) {
            String month = YearMonth.of(2001, 1)
                    .plusMonths(ThreadLocalRandom.current().nextInt(19 * 12))
                    .toString();
            Integer closed = jdbc.queryForObject(
                    "select count(*) from assessment_month where assessed_month = ?", Integer.class, month);
            if (closed == 0) {
                return month;
            }
        }
    }
}

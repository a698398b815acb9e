package org.xinfang.petition.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * Distinct, valid complainants for the intake simulation: citizen {@code n} has an ID number of their own (the
 * checksum of GB 11643-1999 right), a mobile number, an address and a client address, and lives in one of the
 * demo province's six counties, whose bureau's staff later work the case.
 */
final class Citizens {

    /** The demo counties: region code and the login suffix of their bureau's staff (README, demo logins). */
    record County(String region, String staff) {

        /** The login of the county bureau's handler. */
        String handler() {
            return "handler." + staff;
        }

        /** The login of the county bureau's leader. */
        String leader() {
            return "leader." + staff;
        }
    }

    static final List<County> COUNTIES = List.of(
            new County("640104", "xingqing"),
            new County("640105", "xixia"),
            new County("640106", "jinfeng"),
            new County("640202", "dawukou"),
            new County("640205", "huinong"),
            new County("640221", "pingluo"));

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1950, 1, 1);

    private Citizens() {}

    static County county(long n) {
        return COUNTIES.get((int) (n % COUNTIES.size()));
    }

    static String complaintJson(long n) {
        County county = county(n);
        return """
        {"complainant": {"name": "张伟", "idNumber": "%s", "phone": "%s", "address": "宁夏银川市兴庆区解放街%d号"},
         "category": "POLICE_CONDUCT", "region": "%s", "subject": "民警执法态度问题",
         "content": "3月5日在某派出所办理业务时民警态度恶劣。编号%d。"}
        """.formatted(idNumber(n), phone(n), n % 500 + 1, county.region(), n);
    }

    /** A client address of its own for every filing (10.0.0.0/8), sent as X-Forwarded-For. */
    static String clientAddress(long n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    static String idNumber(long n) {
        LocalDate birthday = FIRST_BIRTHDAY.plusDays(n / 1000 % 18_000);
        String first17 = "640104" + birthday.toString().replace("-", "") + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    private static String phone(long n) {
        return "138" + String.format("%08d", n % 100_000_000);
    }
}

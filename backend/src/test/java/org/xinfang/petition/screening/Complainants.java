package org.xinfang.petition.screening;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.xinfang.petition.support.Complaints;

/**
 * Complaints by complainants no other test uses: every call makes a new, valid resident ID number (GB 11643), so
 * that a complainant's earlier cases are only the ones the test filed.
 */
public final class Complainants {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Complainants() {}

    /** A new complainant's resident ID number: born on a different day for every call. */
    public static String newIdNumber() {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(NEXT.incrementAndGet());
        String body = "640104" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "123";
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    /** A web complaint in region 640104 by the complainant with this ID number, about this matter. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> complaint(String idNumber, String subject, String content) {
        Map<String, Object> complaint = Complaints.webComplaint();
        ((Map<String, Object>) complaint.get("complainant")).put("idNumber", idNumber);
        complaint.put("subject", subject);
        complaint.put("content", content);
        return new HashMap<>(complaint);
    }
}

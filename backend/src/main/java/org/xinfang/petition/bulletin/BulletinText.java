package org.xinfang.petition.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.xinfang.petition.assessment.PublishedResults.PublishedBureau;
import org.xinfang.petition.organization.AdminLevel;

/**
 * The bulletin's words, in Chinese as it is published: the columns of its tables and how each value reads. The PDF
 * and the workbook say the same things in the same words.
 */
final class BulletinText {

    static final String NONE = "—";
    static final String INELIGIBLE = "取消评先资格";

    static final List<String> RANKING_COLUMNS = List.of("排名", "单位", "层级", "综合得分", "等次", "得分较上月", "名次较上月", "评先资格");

    static final List<String> INDICATOR_COLUMNS = List.of(
            "单位", "交办量", "签收受理", "退回", "及时签收率", "按时办结率", "回退率", "重办率", "重复信访率", "解决率", "回访满意率", "好差评满意率", "超期件数", "延期",
            "督办单", "问责", "公众评价", "工作指标", "扣分");

    static final List<String> EXCLUSION_COLUMNS = List.of("编号", "单位", "剔除理由", "申请人", "批准人", "批准时间");

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private BulletinText() {}

    static String level(AdminLevel level) {
        return switch (level) {
            case PROVINCE -> "省级";
            case CITY -> "市级";
            case COUNTY -> "县级";
        };
    }

    /** 优秀 / 合格 / 不合格, or a dash when not scored. */
    static String grade(String grade) {
        if (grade == null) {
            return NONE;
        }
        return switch (grade) {
            case "EXCELLENT" -> "优秀";
            case "QUALIFIED" -> "合格";
            case "UNQUALIFIED" -> "不合格";
            default -> grade;
        };
    }

    /** The place, or why there is none. */
    static String rank(PublishedBureau bureau) {
        if (bureau.rank() != null) {
            return bureau.rank().toString();
        }
        return "too-few-cases".equals(bureau.notRanked()) ? "不排名（办件不足）" : "不排名（无得分）";
    }

    static String score(BigDecimal score) {
        return score == null ? NONE : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** +3.50, -1.20, 0.00, or a dash when there is nothing to compare. */
    static String scoreChange(BigDecimal change) {
        if (change == null) {
            return NONE;
        }
        return (change.signum() > 0 ? "+" : "")
                + change.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** ↑2 (risen two places), ↓1, 持平, or a dash. */
    static String rankChange(Integer change) {
        if (change == null) {
            return NONE;
        }
        if (change == 0) {
            return "持平";
        }
        return (change > 0 ? "↑" : "↓") + Math.abs(change);
    }

    static String honours(PublishedBureau bureau) {
        return bureau.ineligibleForHonours() ? INELIGIBLE : "";
    }

    static String percent(Double share) {
        return share == null ? NONE : "%.2f%%".formatted(share * 100);
    }

    static String time(Instant instant) {
        return MINUTE.format(instant);
    }
}

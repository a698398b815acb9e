package org.xinfang.petition.bulletin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param font the Chinese font the bulletin is set in and embeds: a TrueType or OpenType file, or a collection
 *     ({@code .ttc}) with the face's index after a comma ({@code /path/NotoSansCJK-Regular.ttc,2}); when unset, the
 *     standard places of Noto Sans CJK (Debian's {@code fonts-noto-cjk} and others) are searched and a collection's
 *     Simplified Chinese face is taken
 * @param schedule when the monthly job looks for closed months without a bulletin (a cron expression, Beijing time;
 *     {@code -} turns it off)
 * @param catchUpMonths how many months back the monthly job looks for closed months that have no bulletin yet
 */
@ConfigurationProperties("petition.bulletin")
record BulletinProperties(
        String font,
        @DefaultValue("0 30 2 * * *") String schedule,
        @DefaultValue("3") int catchUpMonths) {}

package org.xinfang.petition.screening;

/** What screening marks a case as. */
public enum Flag {
    /** 联名: more than one person complains together. */
    JOINT,
    /** 集体: a group complaint, from {@code petition.screening.group-threshold} persons (5 by default). */
    GROUP,
    /** 越级: brought to a level above the one responsible and the one above it, skipping them. */
    SKIP_LEVEL
}

package org.xinfang.petition.complaint;

/** 性别, as the resident ID number tells it: the 17th digit is odd for a man, even for a woman. */
public enum Sex {
    MALE,
    FEMALE
}

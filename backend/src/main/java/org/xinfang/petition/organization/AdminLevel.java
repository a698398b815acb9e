package org.xinfang.petition.organization;

/** The administrative level of a region or unit (省 / 市 / 县). */
public enum AdminLevel {
    PROVINCE,
    CITY,
    COUNTY;

    /** How many leading digits of a region code identify a region of this level (GB/T 2260). */
    public int codePrefixLength() {
        return switch (this) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case COUNTY -> 6;
        };
    }
}

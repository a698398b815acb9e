package org.xinfang.petition.complaint;

/**
 * A complaint was filed, in the filing's transaction: its tracking number and the number of co-complainants
 * (联名人) the filing declared, null when it declared none.
 */
public record ComplaintFiled(String trackingNumber, Integer coComplainants) {}

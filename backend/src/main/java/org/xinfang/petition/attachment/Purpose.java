package org.xinfang.petition.attachment;

/**
 * Why a file was attached: with the complaint, with the bureau's reply, as supplied material, or a recording. The
 * complainant's own files (the filing's evidence, supplied material, the operator's call recording or scanned
 * letter) carry their identity and are handed out only to those who may know the complainant in full; the
 * bureau's reply material is the bureau's own writing and goes to whoever may see the case, like the reply's text.
 */
public enum Purpose {
    INTAKE(true),
    REPLY(false),
    SUPPLEMENT(true),
    RECORDING(true);

    private final boolean carriesIdentity;

    Purpose(boolean carriesIdentity) {
        this.carriesIdentity = carriesIdentity;
    }

    /** Whether files of this purpose come from the complainant and so carry their identity. */
    boolean carriesIdentity() {
        return carriesIdentity;
    }
}

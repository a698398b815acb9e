package org.xinfang.petition.handling;

import org.springframework.stereotype.Component;

/**
 * 延期以一次为限: a case's handling limit is extended once; the petition office may approve a second extension
 * only by an explicit override. The office's approval outside this rule is refused (409 {@code extension.only-once}).
 */
@Component
class SecondExtensionPolicy {

    /** Whether the office may approve an extension of a limit already extended by {@code extendedSoFar} units. */
    boolean allows(int extendedSoFar, boolean override) {
        return extendedSoFar == 0 || override;
    }
}

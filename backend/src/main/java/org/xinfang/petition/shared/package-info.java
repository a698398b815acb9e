/**
 * What every module may use: the problem-detail errors, bilingual messages and the one clock.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.xinfang.petition.shared;

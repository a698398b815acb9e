@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.xinfang.modulesfixture.beta;

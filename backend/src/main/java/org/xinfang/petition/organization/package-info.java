/**
 * The organisation tree (组织机构): regions (province → city → county), the units in them (public-security
 * bureaus and the petition office), and the staff who belong to a unit and hold roles.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"shared"})
package org.xinfang.petition.organization;

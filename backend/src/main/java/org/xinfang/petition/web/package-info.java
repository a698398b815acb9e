/**
 * The pages' common ground: the layout every page shares, the language (Simplified Chinese first, English by a
 * switch), the staff login page and the workbench's home and menu by role, and the rendering of the user tasks' forms
 * from {@code forms/}. The portal, the workbench's sections and the monitoring screen build on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web pages",
        allowedDependencies = {"organization", "security", "shared"})
package org.xinfang.petition.web;

package org.xinfang.petition.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.xinfang.petition.security.PageSecurity;

/** The staff login page and the workbench's home, which shows the sections of the signed-in user's roles. */
@PageController
class WorkbenchPages {

    @GetMapping(PageSecurity.LOGIN)
    String login() {
        return "workbench/login";
    }

    @GetMapping(PageSecurity.WORKBENCH)
    String home() {
        return "workbench/home";
    }
}

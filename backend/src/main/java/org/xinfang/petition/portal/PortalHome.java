package org.xinfang.petition.portal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinfang.petition.deadline.ServiceCommitments;
import org.xinfang.petition.web.PageController;

/** The portal's home: what may be filed here and what may not, the service commitments, the ways in. */
@PageController
class PortalHome {

    private final ServiceCommitments commitments;

    PortalHome(ServiceCommitments commitments) {
        this.commitments = commitments;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("commitments", commitments.all());
        return "portal/home";
    }
}

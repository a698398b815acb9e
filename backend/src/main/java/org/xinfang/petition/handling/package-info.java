/**
 * The bureau's work (承办): sign for or return a misrouted case, handle it and draft the reply, the leader's
 * approval, and sending the approved reply to the complainant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Handling")
package org.xinfang.petition.handling;

/**
 * The citizens' portal (群众门户), without an account: what may be filed here and the service commitments (服务承诺),
 * filing a real-name complaint, the confirmation with the query code, the lookup with supplying material, rating
 * the reply and withdrawing, asking a consultation question and the published answers. Its pages call the services the API
 * calls (intake, selfservice, consultation) and show their refusals next to the fields; they work without
 * JavaScript, which only checks fields as they are typed and shows the upload's progress.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Citizens' portal",
        allowedDependencies = {
            "attachment",
            "complaint",
            "consultation",
            "deadline",
            "disclosure",
            "evaluation",
            "intake",
            "messaging",
            "organization",
            "security",
            "selfservice",
            "shared",
            "web"
        })
package org.xinfang.petition.portal;

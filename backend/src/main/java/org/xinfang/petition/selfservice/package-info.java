/**
 * The citizen's own actions on their case (群众自助), with the tracking number and query code and no account: the
 * status lookup (进度查询), supplying the material the bureau asked for (补充材料) and withdrawing the complaint
 * (撤回), rating the reply (评价), asking for a review (复查 / 复核), each throttled against guessing the code.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Self-service",
        allowedDependencies = {
            "abuse",
            "attachment",
            "complaint",
            "deadline",
            "evaluation",
            "handling",
            "intake",
            "ownership",
            "process",
            "review",
            "shared"
        })
package org.xinfang.petition.selfservice;

/**
 * Intake (登记): filing a real-name complaint online or through an operator, the tracking number and one-time
 * query code, and the citizen's public status lookup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.xinfang.petition.intake;

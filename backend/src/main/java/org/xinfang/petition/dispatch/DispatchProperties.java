package org.xinfang.petition.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param designateAfterDispatches after this many dispatches (each returned as misrouted) the next dispatch
 *     designates the unit (指定办理), which may not return it again.
 */
@ConfigurationProperties("petition.dispatch")
record DispatchProperties(@DefaultValue("3") int designateAfterDispatches) {}

package org.xinfang.petition.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an entity that only reads it, so that other modules may call it although its name does not
 * say so (getters, {@code is…} and {@code has…} need no mark). Every other method of an entity changes it and is
 * for its own module alone; {@code ModularityTests} holds every module to that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EntityQuery {}

package org.xinfang.petition.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a list endpoint's {@code Pageable}: the properties its {@code sort} parameter may name
 * ({@code sort=receivedAt,desc}); any other is refused (400) by {@link PagingRules}. A list without it takes no
 * {@code sort} at all. Only what the list shows may order it: sorting by a hidden column (a hash, an encrypted
 * field) would tell its values by their order.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SortableBy {

    String[] value();
}

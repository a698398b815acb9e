/**
 * A tiny application of two modules for {@code ModuleRulesTest}: {@code beta} misuses {@code alpha} in every way the
 * module rules forbid, {@code alpha} uses itself freely. Outside {@code org.xinfang.petition}, so that neither the
 * application's scans nor its module model see it.
 */
package org.xinfang.modulesfixture;

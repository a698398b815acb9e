/**
 * Load tests of the petition system and the baselines they are measured against (bench/README.md).
 */
package org.xinfang.petition.bench;

/**
 * Dated facts that the other records do not hold: operations, exercises, summits,
 * decisions, forces.
 */
@NullMarked
package org.allianceregistry.event;

import org.jspecify.annotations.NullMarked;

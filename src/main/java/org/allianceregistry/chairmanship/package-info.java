/**
 * Chairmanship terms: which member state chaired an alliance's council, from which
 * hand-over to which.
 */
@NullMarked
package org.allianceregistry.chairmanship;

import org.jspecify.annotations.NullMarked;

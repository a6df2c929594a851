/**
 * Secretaries-General: who held an alliance's secretariat, acting holders included, from
 * which day to which, as the sources know it.
 */
@NullMarked
package org.allianceregistry.secretarygeneral;

import org.jspecify.annotations.NullMarked;

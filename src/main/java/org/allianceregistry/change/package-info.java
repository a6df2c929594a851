/**
 * The audit trail: every change through the API, with who made it, when, and the record
 * before and after.
 */
@NullMarked
package org.allianceregistry.change;

import org.jspecify.annotations.NullMarked;

/**
 * Treaties, charters, protocols and other documents of an alliance, with signatories and
 * key provisions.
 */
@NullMarked
package org.allianceregistry.treaty;

import org.jspecify.annotations.NullMarked;

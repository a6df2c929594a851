/**
 * Plain types every feature shares: the registry's exceptions, languages and verification
 * levels.
 */
@NullMarked
package org.allianceregistry.shared;

import org.jspecify.annotations.NullMarked;

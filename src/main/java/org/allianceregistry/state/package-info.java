/**
 * States known to the registry: every ISO 3166-1 state and the former states that
 * belonged to an alliance.
 */
@NullMarked
package org.allianceregistry.state;

import org.jspecify.annotations.NullMarked;

/** The registry's data revision: a counter and timestamp that every write bumps, from which feeds derive Last-Modified. */
@NullMarked
package org.allianceregistry.revision;

import org.jspecify.annotations.NullMarked;

/**
 * Reads that cost close to nothing: rendered responses cached by data revision, strong
 * ETags, 304s.
 */
@NullMarked
package org.allianceregistry.readcache;

import org.jspecify.annotations.NullMarked;

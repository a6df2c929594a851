/**
 * The registry's data revision, which every change bumps and every cache and ETag
 * follows.
 */
@NullMarked
package org.allianceregistry.revision;

import org.jspecify.annotations.NullMarked;

/**
 * Research datasets beside the curated registry: ATOP and COW alliance data imported from
 * the files an editor supplies, each row traceable to its file and line.
 */
@NullMarked
package org.allianceregistry.dataset;

import org.jspecify.annotations.NullMarked;

/**
 * The public sources every curated record cites, and the citations of a page of records.
 */
@NullMarked
package org.allianceregistry.source;

import org.jspecify.annotations.NullMarked;

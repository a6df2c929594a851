/** The API's index document: where everything is. */
@NullMarked
package org.allianceregistry.index;

import org.jspecify.annotations.NullMarked;

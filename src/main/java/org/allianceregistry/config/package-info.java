/** Application-wide configuration: the clock and the OpenAPI description. */
@NullMarked
package org.allianceregistry.config;

import org.jspecify.annotations.NullMarked;

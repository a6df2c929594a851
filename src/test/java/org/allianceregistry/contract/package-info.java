/**
 * The published contract checked on every response the integration tests get: the
 * description served at /v3/api-docs is the wire.
 */
@NullMarked
package org.allianceregistry.contract;

import org.jspecify.annotations.NullMarked;

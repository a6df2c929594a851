/**
 * Who may write: public reads, HTTP Basic editors for every write, CORS and the security
 * headers.
 */
@NullMarked
package org.allianceregistry.security;

import org.jspecify.annotations.NullMarked;

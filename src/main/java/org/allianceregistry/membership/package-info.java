/**
 * Membership periods of states in alliances, the acts that end or restrict them, and who
 * was a member on a date.
 */
@NullMarked
package org.allianceregistry.membership;

import org.jspecify.annotations.NullMarked;

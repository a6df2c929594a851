/** The read API of withdrawals, non-renewals, suspensions and frozen participations. */
@NullMarked
package org.allianceregistry.withdrawal;

import org.jspecify.annotations.NullMarked;

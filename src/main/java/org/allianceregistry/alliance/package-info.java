/** Alliances: their names, founding treaty, dates, seat, goals and principles. */
@NullMarked
package org.allianceregistry.alliance;

import org.jspecify.annotations.NullMarked;

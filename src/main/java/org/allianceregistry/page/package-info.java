/**
 * The pages for people: the registry in a browser, in English, Russian and Arabic,
 * rendered on the server from the same services as the API.
 */
@NullMarked
package org.allianceregistry.page;

import org.jspecify.annotations.NullMarked;
